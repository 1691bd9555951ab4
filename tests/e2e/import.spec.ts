import { readFileSync } from 'node:fs';
import { card, cards, debate, expect, openMap, test, showTools } from './fixtures';

const fixture = (path: string) => `tests/fixtures/io/${path}`;
const dialog = (page: import('@playwright/test').Page) => page.locator('[data-import-dialog]');

test('a Kialo file opens as a map that is explored and evaluated like the bundled one', async ({
	page
}) => {
	await openMap(page);
	await page.getByRole('button', { name: 'Open…' }).click();
	await dialog(page).locator('input[type=file]').setInputFiles(fixture('kialo/crlf-market.txt'));
	await expect(page.locator('[data-imported]')).toContainText('Opened crlf-market.txt');
	await expect(dialog(page)).not.toBeVisible();
	await expect(cards(page)).toHaveCount(5);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Should the town pedestrianise the market square?'
	);
	await expect(page.locator('.map [data-standing]')).toHaveCount(5);
	await showTools(page);
	await page.getByRole('checkbox', { name: 'Against' }).check();
	await expect(cards(page)).toHaveCount(4);
	await page.getByRole('button', { name: 'Outline' }).click();
	await expect(page.locator('[data-outline-id]')).toHaveCount(4);

	await page.getByRole('button', { name: 'Back to the bundled debate' }).click();
	await expect(cards(page)).toHaveCount(debate.claims.length);
	// The bundled map has its address again: a selection is written to it.
	await card(page, 'kratsios-terminate').click();
	await expect(page).toHaveURL(/[?&]claim=kratsios-terminate/);
});

test('a broken file lists its errors with their lines and leaves the map as it was', async ({
	page
}) => {
	await openMap(page, '/?claim=kivelson-quantum');
	await page.getByRole('button', { name: 'Open…' }).click();
	await dialog(page).locator('input[type=file]').setInputFiles(fixture('aif/broken.json'));
	const errors = dialog(page).locator('[data-import-errors] li');
	await expect(errors.first()).toContainText(/broken\.json:\d+:\d+: not valid JSON/);
	await expect(dialog(page).getByRole('alert')).toContainText('The map on screen is unchanged');
	await dialog(page).getByRole('button', { name: 'Close' }).click();
	await expect(cards(page)).toHaveCount(debate.claims.length);
	await expect(card(page, 'kivelson-quantum')).toHaveAttribute('data-selected', 'true');
});

test('pasted Argdown opens, and markup in claim text stays text', async ({ page }) => {
	page.on('dialog', (d) => {
		throw new Error(`a dialog opened: ${d.message()}`);
	});
	await openMap(page);
	await page.getByRole('button', { name: 'Open…' }).click();
	await dialog(page)
		.getByRole('textbox')
		.fill(
			[
				'[Renew]: We should renew the pact.',
				'  + [Science]: Joint science pays <img src=x onerror="window.__pwned=1">.',
				'  - [Theft]: It enables theft <script>window.__pwned=1</script>.',
				'    - [Checks]: Checks are in place.'
			].join('\n')
		);
	await dialog(page).getByRole('button', { name: 'Open pasted text' }).click();
	await expect(cards(page)).toHaveCount(4);
	await card(page, 'Science').click();
	await expect(page.getByRole('complementary', { name: 'Selected claim' })).toContainText(
		'<img src=x onerror="window.__pwned=1">'
	);
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
	).toBeUndefined();
});

test('a file dropped on the page opens', async ({ page }) => {
	await openMap(page);
	const text = readFileSync(fixture('kialo/crlf-market.txt'), 'utf8');
	await page.evaluate((content) => {
		const data = new DataTransfer();
		data.items.add(new File([content], 'dropped.txt', { type: 'text/plain' }));
		window.dispatchEvent(
			new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true })
		);
	}, text);
	await expect(page.locator('[data-imported]')).toContainText('Opened dropped.txt');
	await expect(cards(page)).toHaveCount(5);
});

test('a 1,500-claim Kialo discussion is laid out in a Web Worker and opens', async ({ page }) => {
	await openMap(page);
	const lines = ['Discussion Title: A large discussion', '', '1. The thesis holds.'];
	for (let i = 1; i <= 1_499; i++) {
		const parent = i <= 30 ? '1' : `1.${((i - 1) % 30) + 1}`;
		lines.push(`${parent}.${i}. ${i % 3 ? 'Pro' : 'Con'}: Claim number ${i} says something.`);
	}
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await page.getByRole('button', { name: 'Open…' }).click();
	await dialog(page)
		.locator('input[type=file]')
		.setInputFiles({
			name: 'large.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from(lines.join('\n'))
		});
	await expect(page.locator('[data-imported]')).toContainText('Opened large.txt', {
		timeout: 30_000
	});
	// A map this large is drawn on a canvas, every claim in the scene at fit (two levels deep, it
	// has nothing to collapse).
	await expect(page.locator('canvas.map')).toHaveAttribute('data-claims-drawn', '1500');
	expect(workers.some((url) => url.includes('open-worker'))).toBe(true);
});

test('the map exports as Crux JSON, AIF and Argdown', async ({ page }) => {
	await openMap(page);
	for (const [format, check] of [
		['json', (text: string) => JSON.parse(text).claims.length === debate.claims.length],
		[
			'aif',
			(text: string) => JSON.parse(text).nodes.some((n: { type: string }) => n.type === 'CA')
		],
		['argdown', (text: string) => text.includes('[kivelson-quantum]')]
	] as const) {
		await page.getByText('Export', { exact: true }).click();
		const download = page.waitForEvent('download');
		await page.locator(`[data-export="${format}"]`).click();
		const file = await download;
		const text = readFileSync((await file.path())!, 'utf8');
		expect(check(text), `${format} export`).toBe(true);
	}
});
