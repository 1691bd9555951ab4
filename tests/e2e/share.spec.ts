import { readFile } from 'node:fs/promises';
import { card, cards, debate, expect, openMap, test } from './fixtures';
import { generateDebate } from '../support/generate';

const dialog = (page: import('@playwright/test').Page) => page.locator('[data-import-dialog]');

test('a map opened from a file travels whole in its link, with the view', async ({
	page,
	context,
	browser
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openMap(page);
	await page.getByRole('button', { name: 'Open…' }).click();
	await dialog(page)
		.locator('input[type=file]')
		.setInputFiles('tests/fixtures/io/kialo/crlf-market.txt');
	await expect(cards(page)).toHaveCount(5);
	const claim = await cards(page).nth(2).getAttribute('data-claim-id');
	await card(page, claim!).click();
	await expect(card(page, claim!)).toHaveAttribute('data-selected', 'true');
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByText('Link to the whole map copied')).toBeVisible();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	// The map is in the fragment, which a static host never receives.
	expect(new URL(link).hash).toMatch(/^#map=1\./);
	expect(new URL(link).search).toBe('');

	// Another reader, with nothing of this browser's: the same map and the same view.
	const other = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	const reader = await other.newPage();
	const problems: string[] = [];
	reader.on('pageerror', (error) => problems.push(error.message));
	await reader.goto(link);
	await expect(reader.locator('[data-imported]')).toContainText('Opened a map from a link');
	await expect(cards(reader)).toHaveCount(5);
	await expect(reader.getByRole('heading', { level: 1 })).toHaveText(
		'Should the town pedestrianise the market square?'
	);
	await expect(card(reader, claim!)).toHaveAttribute('data-selected', 'true');
	// The link stays in the address: a reload opens the same map.
	await reader.reload();
	await expect(cards(reader)).toHaveCount(5);
	// Read-only until saved: an edit is refused, saying how to edit it, and changes nothing.
	await reader.keyboard.press('a');
	await reader.keyboard.type('An edit of a map from a link.');
	await reader.keyboard.press('Enter');
	await expect(reader.locator('[data-refusal="map"]')).toContainText('save it to your maps');
	await expect(cards(reader)).toHaveCount(5);
	// Kept as a new map of the library, under an id of its own, which the address then names.
	await reader.getByRole('button', { name: 'Save to my maps' }).click();
	await expect(reader).toHaveURL(/\?map=[\w-]{12}&/);
	expect(new URL(reader.url()).hash).toBe('');
	await expect(reader.locator('[data-keep-status]')).toHaveText('Saved in My maps');
	await expect(reader.getByRole('button', { name: 'Save to my maps' })).toHaveCount(0);
	// The view came along: the same claim is selected.
	await expect(card(reader, claim!)).toHaveAttribute('data-selected', 'true');
	const kept = await reader.evaluate(
		() =>
			new Promise<{ id: string; title: string; origin: unknown }[]>((resolve, reject) => {
				const opening = indexedDB.open('crux-library');
				opening.onerror = () => reject(opening.error);
				opening.onsuccess = () => {
					const all = opening.result.transaction('maps').objectStore('maps').getAll();
					all.onsuccess = () => resolve(all.result);
					all.onerror = () => reject(all.error);
				};
			})
	);
	expect(kept.map(({ title, origin }) => ({ title, origin }))).toEqual([
		{
			title: 'Should the town pedestrianise the market square?',
			origin: { kind: 'imported', file: 'a shared link' }
		}
	]);
	expect(kept[0]?.id).toBe(new URL(reader.url()).searchParams.get('map'));
	// A reload opens the kept map, now editable.
	await reader.reload();
	await expect(cards(reader)).toHaveCount(5);
	await expect(card(reader, claim!)).toHaveAttribute('data-selected', 'true');
	// A damaged link pasted into the same tab changes only the fragment; it is read all the same.
	await reader.evaluate(() => (location.hash = '#map=1.AAAAbroken'));
	await expect(reader.locator('[data-link-problem]')).toBeVisible();
	await expect(cards(reader)).toHaveCount(debate.claims.length);
	expect(problems).toEqual([]);
	await other.close();
});

test('a damaged map link opens the bundled debate and says what was wrong', async ({ page }) => {
	await page.goto('/#map=1.AAAAnotadeflatedmap');
	await expect(page.locator('[data-link-problem]')).toContainText(
		'The map in this link could not be opened'
	);
	await expect(cards(page)).toHaveCount(debate.claims.length);
	await expect(page).not.toHaveURL(/#map=/);
});

test('a link from a newer Crux says so, and nothing of it runs', async ({ page }) => {
	await page.goto('/#map=9.AAAA');
	await expect(page.locator('[data-link-problem]')).toBeVisible();
	await expect(cards(page)).toHaveCount(debate.claims.length);
});

test('a map too large for a link says so and points to the file, which keeps the view', async ({
	page,
	context,
	browser
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	// Drawn in SVG, so that a card on screen can be picked by its element.
	await page.addInitScript(() => localStorage.setItem('crux:renderer', '"svg"'));
	await openMap(page);
	const large = generateDebate(500, 1, { quotes: true });
	await page.getByRole('button', { name: 'Open…' }).click();
	await dialog(page)
		.locator('input[type=file]')
		.setInputFiles({
			name: 'large.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(large))
		});
	// A map this large opens collapsed around its resolution: all 500 claims are there.
	await expect(page.getByRole('button', { name: /^Filters and legend/ })).toContainText(
		'of 500 shown',
		{ timeout: 30_000 }
	);
	// A generated map has warnings (claims on both sides): the dialog lists them over the map.
	const showMap = page.getByRole('button', { name: 'Show the map' });
	if (await showMap.isVisible()) await showMap.click();
	await page.evaluate(() => navigator.clipboard.writeText('untouched'));
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByText(/too large for a link .* send it as a file/)).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('untouched');
	// The view moves after the file was offered: the file holds the view at the download.
	// A large map opens folded: a claim on screen, not any claim of the file.
	const claim = (await cards(page).nth(7).getAttribute('data-claim-id'))!;
	await card(page, claim).click();
	await expect(card(page, claim)).toHaveAttribute('data-selected', 'true');
	// The file is the map and its view in Crux JSON, which Open… reads back whole.
	const saving = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download .crux.json' }).click();
	const file = await saving;
	expect(file.suggestedFilename()).toBe(`${large.id}.crux.json`);
	const text = await readFile((await file.path())!, 'utf8');
	const kept = JSON.parse(text);
	expect(kept.claims).toHaveLength(500);
	expect(new URLSearchParams(kept.view).get('claim')).toBe(claim);

	// Another reader opens the file: the same map, on the same view.
	const reader = await browser.newPage({ viewport: { width: 1440, height: 900 } });
	await reader.addInitScript(() => localStorage.setItem('crux:renderer', '"svg"'));
	await openMap(reader);
	await reader.getByRole('button', { name: 'Open…' }).click();
	await dialog(reader)
		.locator('input[type=file]')
		.setInputFiles({
			name: file.suggestedFilename(),
			mimeType: 'application/json',
			buffer: Buffer.from(text)
		});
	await expect(reader.locator('[data-imported]')).toBeVisible({ timeout: 30_000 });
	const showIt = reader.getByRole('button', { name: 'Show the map' });
	if (await showIt.isVisible()) await showIt.click();
	await expect(card(reader, claim)).toHaveAttribute('data-selected', 'true');
	await reader.close();
});

test('a QR code of the view, for a projector, and Escape closes it', async ({ page }) => {
	await openMap(page, '/?claim=kivelson-quantum');
	const button = page.getByRole('button', { name: 'QR code' });
	await button.click();
	const qr = page.locator('[data-qr-dialog]');
	await expect(qr.getByRole('img', { name: /QR code/ })).toBeVisible();
	// A real code: many dark modules, in a square grid.
	const path = await qr.locator('svg path').getAttribute('d');
	expect(path!.match(/M/g)!.length).toBeGreaterThan(200);
	await page.keyboard.press('Escape');
	await expect(qr).not.toBeVisible();
	await expect(button).toBeFocused();
});
