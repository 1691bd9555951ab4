import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, debianChromium } from '../../tests/support/chromium';
import { generateDebate } from '../../tests/support/generate';
import { longestTask, serveBuild, type TraceEvent, type TracedTask } from './page-load';

const PORT = Number(process.env.CRUX_BENCH_PORT ?? 4319);

export interface EditInBrowser {
	claims: number;
	/** The page's longest main-thread task from Enter until the edited map is laid out. */
	longest: TracedTask;
	/** From the key press that saves the claim until the map shows it laid out. */
	laidOutMs: number;
	/** Whether the page laid the map out in a Web Worker. */
	worker: boolean;
}

/**
 * A rebuttal of the resolution added in the browser to a generated map of each size (opened as a
 * Crux JSON file), on the production build: the page's longest main-thread task while the edit is
 * applied and the map laid out again (a Chromium trace, `toplevel` category), and the time until
 * the map shows it.
 */
export async function measureEditsInBrowser(sizes: readonly number[]): Promise<EditInBrowser[]> {
	const server = await serveBuild();
	try {
		const browser = await chromium.launch({ executablePath: debianChromium, args: CHROMIUM_ARGS });
		const rows: EditInBrowser[] = [];
		for (const claims of sizes) {
			const context = await browser.newContext({
				viewport: { width: 1440, height: 900 },
				serviceWorkers: 'block'
			});
			const page = await context.newPage();
			let worker = false;
			page.on('worker', (w) => (worker ||= w.url().includes('relayout-worker')));
			await open(page, claims);
			const session = await context.newCDPSession(page);
			const events: TraceEvent[] = [];
			session.on('Tracing.dataCollected', ({ value }) =>
				events.push(...(value as unknown as TraceEvent[]))
			);
			const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
			await page.evaluate(() => {
				const w = window as unknown as { __laidOut: Promise<number> };
				const map = document.querySelector('.map')!;
				w.__laidOut = new Promise((resolve) => {
					const start = { at: 0 };
					addEventListener('keydown', () => (start.at ||= performance.now()), { capture: true });
					new MutationObserver(() => {
						if (start.at && map.getAttribute('aria-busy') === 'false') {
							resolve(performance.now() - start.at);
						}
					}).observe(map, { attributes: true, attributeFilter: ['aria-busy'] });
				});
			});
			await session.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel'] } });
			await page.keyboard.press('Enter');
			const laidOutMs = await page.evaluate(
				() => (window as unknown as { __laidOut: Promise<number> }).__laidOut
			);
			await page.waitForTimeout(300);
			await session.send('Tracing.end');
			await complete;
			rows.push({ claims, longest: longestTask(events), laidOutMs, worker });
			await context.close();
		}
		await browser.close();
		return rows;
	} finally {
		server.stop();
	}
}

/** Opens a generated map of `claims` claims and writes a rebuttal of its resolution, unsaved. */
async function open(page: Page, claims: number) {
	await page.goto(`http://localhost:${PORT}/`);
	await page.locator('.app[data-ready="true"]').waitFor();
	await page.getByRole('button', { name: 'Open…' }).click();
	await page.locator('[data-import-dialog] input[type=file]').setInputFiles({
		name: `generated-${claims}.json`,
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(generateDebate(claims, 1)))
	});
	// A map over 100 claims opens folded around its resolution, where the edit is made.
	await page.locator('[data-imported]').waitFor({ timeout: 60_000 });
	await page
		.locator('.map[data-claims-drawn]:not([data-claims-drawn="0"])')
		.waitFor({ timeout: 60_000 });
	// A generated map has claims on both sides, which the import warns about.
	const show = page.getByRole('button', { name: 'Show the map' });
	if (await show.isVisible()) await show.click();
	await page.getByRole('button', { name: 'Outline', exact: true }).click();
	await page.locator('[data-outline-id]').first().click();
	await page.getByRole('button', { name: 'Map', exact: true }).click();
	await page.keyboard.press('r');
	const text = page.getByRole('textbox', { name: /Text of the new rebuttal/ });
	await text.waitFor();
	await page.waitForFunction(() => document.activeElement?.matches('textarea[name=text]'));
	await text.pressSequentially('A new objection written by the author.');
}
