import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, debianChromium } from '../../tests/support/chromium';
import { kialoDiscussion } from '../../tests/support/generate';
import { serveBuild } from './page-load';

/**
 * Large maps as a reader meets them: a generated Kialo export opened through Open… in the built
 * app, then the map dragged and zoomed with the wheel. Each renderer is asked for through the
 * `crux:renderer` setting in localStorage (see src/lib/view/stored.ts), so both are measured on
 * the same maps in the same run.
 */
export type RendererName = 'svg' | 'canvas';

export interface LargeMapFigures {
	claims: number;
	asked: RendererName;
	/** What the page drew: a canvas, or SVG cards. */
	drawn: RendererName | null;
	/** Why nothing was measured, when nothing was. */
	failed?: string;
	/** The claims in the scene once opened (a large map opens collapsed around its resolution). */
	claimsDrawn: number;
	openMs: number;
	longestTaskMs: number;
	blockingMs: number;
	panP95Ms: number;
	zoomP95Ms: number;
	heapMB: number;
	domNodes: number;
	/** The same after Expand all, with every claim on the map. */
	whole: {
		claimsDrawn: number;
		expandMs: number;
		longestTaskMs: number;
		panP95Ms: number;
		zoomP95Ms: number;
		heapMB: number;
		domNodes: number;
	} | null;
	/** The page reloaded on the expanded map, which My maps keeps: opened again from the library. */
	reopened: { openMs: number; longestTaskMs: number; blockingMs: number } | null;
}

const PORT = Number(process.env.CRUX_BENCH_PORT ?? 4319);
/** Past this a map is reported as not opened: a frozen page would hold the bench for minutes. */
export const OPEN_TIMEOUT_MS = 120_000;

/** What the init script keeps on the page. */
interface Probe {
	__tasks: { start: number; duration: number }[];
	__frames: number[];
	__recording: boolean;
}

/** The value at or below which `share` of the values fall (nearest rank). */
const percentile = (values: number[], share: number) =>
	values.length
		? [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil(share * values.length) - 1)]!
		: NaN;

export async function measureLargeMaps(
	sizes: number[],
	renderers: RendererName[]
): Promise<LargeMapFigures[]> {
	const server = await serveBuild();
	const folder = mkdtempSync(join(tmpdir(), 'crux-large-maps-'));
	try {
		const figures: LargeMapFigures[] = [];
		for (const claims of sizes) {
			// A file on disk, as a reader picks one: handed over by path, the browser reads it itself
			// (a buffer would be written into the page by Playwright's own script, a long task of
			// its own that no reader's browser has).
			const file = join(folder, `discussion-${claims}.txt`);
			writeFileSync(file, kialoDiscussion(claims, 1));
			for (const renderer of renderers) figures.push(await measureOne(claims, file, renderer));
		}
		return figures;
	} finally {
		server.stop();
		rmSync(folder, { recursive: true, force: true });
	}
}

async function measureOne(
	claims: number,
	file: string,
	renderer: RendererName
): Promise<LargeMapFigures> {
	// A browser per map: what one map leaves behind (heap, compiled code) does not weigh on the next.
	const browser = await chromium.launch({ executablePath: debianChromium, args: CHROMIUM_ARGS });
	const figures: LargeMapFigures = {
		claims,
		asked: renderer,
		drawn: null,
		claimsDrawn: NaN,
		openMs: NaN,
		longestTaskMs: NaN,
		blockingMs: NaN,
		panP95Ms: NaN,
		zoomP95Ms: NaN,
		heapMB: NaN,
		domNodes: NaN,
		whole: null,
		reopened: null
	};
	try {
		const context = await browser.newContext({
			viewport: { width: 1440, height: 900 },
			serviceWorkers: 'block'
		});
		const page = await context.newPage();
		// Page scripts as text: tsx names the functions it compiles with a helper the page lacks.
		await page.addInitScript(`
			localStorage.setItem('crux:renderer', ${JSON.stringify(JSON.stringify(renderer))});
			window.__tasks = [];
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) window.__tasks.push({ start: e.startTime, duration: e.duration });
			}).observe({ type: 'longtask', buffered: true });
			window.__record = () => {
				window.__frames = [];
				window.__recording = true;
				let last = performance.now();
				requestAnimationFrame(function loop(now) {
					window.__frames.push(now - last);
					last = now;
					if (window.__recording) requestAnimationFrame(loop);
				});
			};
		`);
		await page.goto(`http://localhost:${PORT}/`);
		await page.locator('.app[data-ready="true"]').waitFor();
		await page.getByRole('button', { name: 'Open…' }).click();
		const input = page.locator('[data-import-dialog] input[type=file]');
		await input.waitFor({ state: 'attached' });

		const start = await page.evaluate(() => performance.now());
		await input.setInputFiles(file);
		const opened = page
			.waitForFunction(
				() =>
					!!document.querySelector('[data-imported]') &&
					!!document.querySelector('.map[data-claims-drawn]:not([data-claims-drawn="0"])'),
				null,
				{ polling: 100, timeout: OPEN_TIMEOUT_MS }
			)
			.then(() =>
				// The map is on screen once a frame has been drawn with it.
				page.evaluate(
					() =>
						new Promise<number>((resolve) =>
							requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))
						)
				)
			);
		const end = await opened.catch(() => null);
		if (end === null) {
			figures.failed = `did not open within ${OPEN_TIMEOUT_MS / 1000} s`;
			return figures;
		}
		figures.openMs = end - start;
		figures.drawn = (await page.locator('canvas[data-claims-drawn]').count()) ? 'canvas' : 'svg';
		figures.claimsDrawn = Number(await page.locator('.map').getAttribute('data-claims-drawn'));
		// What the page does right after the map appears (idle work, late derivations) is part of opening.
		await page.waitForTimeout(1500);
		const tasks = await page.evaluate(
			(start) => (window as unknown as Probe).__tasks.filter((t) => t.start >= start - 1),
			start
		);
		figures.longestTaskMs = Math.max(0, ...tasks.map((t) => t.duration));
		figures.blockingMs = tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);

		const session = await context.newCDPSession(page);
		await session.send('Performance.enable');
		const heapMB = async () => {
			await session.send('HeapProfiler.collectGarbage');
			const { metrics } = await session.send('Performance.getMetrics');
			const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
			return { heap: metric('JSHeapUsedSize') / 2 ** 20, nodes: metric('Nodes') };
		};
		({ heap: figures.heapMB, nodes: figures.domNodes } = await heapMB());
		({ panP95Ms: figures.panP95Ms, zoomP95Ms: figures.zoomP95Ms } = await panAndZoom(page));

		// The whole map: every claim laid out and drawn, as the reader sees it after Expand all.
		const expand = page.getByRole('button', { name: /^Expand all/ });
		if (!(await expand.count())) return figures;
		const pressed = await page.evaluate(() => performance.now());
		await expand.click();
		await page.getByRole('button', { name: /^Fold to/ }).waitFor({ timeout: OPEN_TIMEOUT_MS });
		const shown = await page.evaluate(
			() =>
				new Promise<number>((resolve) =>
					requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))
				)
		);
		await page.waitForTimeout(1500);
		const expanding = await page.evaluate(
			(from) => (window as unknown as Probe).__tasks.filter((t) => t.start >= from - 1),
			pressed
		);
		const claimsDrawn = Number(await page.locator('.map').getAttribute('data-claims-drawn'));
		const { heap, nodes } = await heapMB();
		figures.whole = {
			claimsDrawn,
			expandMs: shown - pressed,
			longestTaskMs: Math.max(0, ...expanding.map((t) => t.duration)),
			...(await panAndZoom(page)),
			heapMB: heap,
			domNodes: nodes
		};

		await page.reload();
		await page.waitForFunction(
			(claims) =>
				document.querySelector('.map')?.getAttribute('data-claims-drawn') === String(claims),
			claims,
			{ polling: 100, timeout: OPEN_TIMEOUT_MS }
		);
		const reopenMs = await page.evaluate(
			() =>
				new Promise<number>((resolve) =>
					requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))
				)
		);
		await page.waitForTimeout(1500);
		const reopening = await page.evaluate(() => (window as unknown as Probe).__tasks);
		figures.reopened = {
			openMs: reopenMs,
			longestTaskMs: Math.max(0, ...reopening.map((t) => t.duration)),
			blockingMs: reopening.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0)
		};
		return figures;
	} catch (error) {
		figures.failed = error instanceof Error ? error.message.split('\n')[0] : String(error);
		return figures;
	} finally {
		await browser.close();
	}
}

/** Frame p95 while the map is dragged from its top left corner, then wheel-zoomed at its middle. */
async function panAndZoom(page: Page): Promise<{ panP95Ms: number; zoomP95Ms: number }> {
	const frame = (await page.locator('.map-frame').boundingBox())!;
	// The map's top left corner is margin (the fitted map is letterboxed): a press there pans.
	const panP95Ms = await frames(page, async () => {
		await page.mouse.move(frame.x + 12, frame.y + 12);
		await page.mouse.down();
		for (let i = 1; i <= 40; i++) await page.mouse.move(frame.x + 12 + 8 * i, frame.y + 12 + 4 * i);
		await page.mouse.up();
	});
	const zoomP95Ms = await frames(page, async () => {
		await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2);
		for (const delta of [...Array(10).fill(-120), ...Array(10).fill(120)]) {
			await page.mouse.wheel(0, delta);
			await page.waitForTimeout(30);
		}
	});
	return { panP95Ms, zoomP95Ms };
}

/** The time between frames while `gesture` runs, 95th percentile: what the reader sees of it. */
async function frames(page: Page, gesture: () => Promise<void>): Promise<number> {
	await page.evaluate('window.__record()');
	await gesture();
	const times = await page.evaluate(
		() =>
			new Promise<number[]>((resolve) =>
				requestAnimationFrame(() => {
					const probe = window as unknown as Probe;
					probe.__recording = false;
					// The first frame waited for the gesture to begin, not on the page.
					resolve(probe.__frames.slice(1));
				})
			)
	);
	return percentile(times, 0.95);
}
