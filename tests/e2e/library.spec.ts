import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { card, cards, debate, expect, openMap, test } from './fixtures';

const resolution = debate.resolution ?? debate.claims[0]!.id;
const panel = (page: Page) => page.locator('aside.panel');
const status = (page: Page) => page.locator('[data-keep-status]');
const mapIdIn = (page: Page) => new URL(page.url()).searchParams.get('map');

/** Makes a map with New map, by keyboard alone; resolves to its id once the library has it. */
async function newMap(page: Page, question: string): Promise<string> {
	await page.getByRole('button', { name: 'New map' }).focus();
	await page.keyboard.press('Enter');
	const field = page.getByRole('textbox', { name: 'The question or resolution' });
	await expect(field).toBeFocused();
	await page.keyboard.type(question);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(question);
	await expect(page).toHaveURL(/[?&]map=[\w-]{12}/);
	await expect(cards(page)).toHaveCount(1);
	return mapIdIn(page)!;
}

/** Adds claims by keyboard: each answers the one before (A a support, R a rebuttal). */
async function answer(page: Page, steps: [key: 'a' | 'r', text: string][]) {
	for (const [key, text] of steps) {
		await page.keyboard.press(key);
		await expect(page.getByRole('textbox', { name: /Text of the new/ })).toBeFocused();
		await page.keyboard.type(text);
		await page.keyboard.press('Enter');
		await expect(panel(page).locator('h2')).toHaveText(text);
	}
}

test('a map made with New map and built by keyboard alone is there after a reload, and in My maps', async ({
	page
}) => {
	await openMap(page);
	const question = 'Should the school day start at ten?';
	const id = await newMap(page, question);
	// The new map opens with its one claim selected, so the keys apply to it at once.
	await expect(panel(page).locator('h2')).toHaveText(question);
	const texts: [key: 'a' | 'r', text: string][] = [
		['a', 'Teenagers sleep later than adults do.'],
		['r', 'Bus timetables are set for the whole town.'],
		['a', 'The bus company has refused to change them.'],
		['r', 'The council can pay for a later route.'],
		['a', 'It paid for the swimming pool route last year.']
	];
	await answer(page, texts);
	await expect(cards(page)).toHaveCount(6);
	await expect(status(page)).toHaveAttribute('data-keep-status', 'saved');

	await page.reload();
	await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
	expect(mapIdIn(page)).toBe(id);
	await expect(cards(page)).toHaveCount(6);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(question);
	for (const [, text] of texts) await expect(page.locator('.map')).toContainText(text);
	// The view came back too: the last claim added is still selected.
	await expect(panel(page).locator('h2')).toHaveText(texts.at(-1)![1]);

	await page.getByRole('link', { name: 'My maps' }).click();
	const item = page.locator(`[data-map-id="${id}"]`);
	await expect(item).toContainText(question);
	await expect(item.locator('[data-size]')).toHaveText('6 claims');
	// Keeping a map asked the browser not to evict the library; the page says what it answered.
	const persistent = await page.evaluate(() => navigator.storage.persisted());
	const where = page.locator('.where');
	await expect(where).toHaveAttribute('data-persistent', String(persistent));
	if (!persistent)
		await expect(where).toContainText('may delete them itself when the disk runs low');
	await item.getByRole('link', { name: question }).click();
	await expect(cards(page)).toHaveCount(6);
	expect(mapIdIn(page)).toBe(id);
});

test('New map refuses an empty question at its field', async ({ page }) => {
	await openMap(page);
	await page.getByRole('button', { name: 'New map' }).click();
	const field = page.getByRole('textbox', { name: 'The question or resolution' });
	await field.fill('   ');
	await page.getByRole('button', { name: 'Create map' }).click();
	await expect(page.locator('[data-new-map-problem]')).toHaveText(
		'write the question or resolution'
	);
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expect(field).toBeFocused();
	expect(mapIdIn(page)).toBeNull();
});

test('editing a bundled debate keeps a copy named so, and the address names the copy', async ({
	page
}) => {
	await openMap(page, `/?claim=${resolution}`);
	expect(mapIdIn(page)).toBeNull();
	await answer(page, [['a', 'A support written on the bundled debate.']]);
	await expect(page).toHaveURL(/[?&]map=[\w-]{12}/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Copy of /);
	await expect(status(page)).toHaveAttribute('data-keep-status', 'saved');
	await page.reload();
	await expect(cards(page)).toHaveCount(debate.claims.length + 1);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Copy of /);
	// The original is untouched.
	await openMap(page, '/');
	await expect(cards(page)).toHaveCount(debate.claims.length);
});

test('an address naming a map this browser does not have opens the bundled debate and says so', async ({
	page
}) => {
	await openMap(page, '/?map=NotHere12345&claim=nowhere');
	await expect(page.locator('[data-link-problem]')).toContainText('"NotHere12345"');
	await expect(cards(page)).toHaveCount(debate.claims.length);
	await expect.poll(() => mapIdIn(page)).toBeNull();
});

test('storage that is full is told at once, the map on screen stays, and it can be downloaded', async ({
	page
}) => {
	await page.addInitScript(() => {
		IDBObjectStore.prototype.put = () => {
			throw new DOMException('the disk is full', 'QuotaExceededError');
		};
	});
	await openMap(page, `/?claim=${resolution}`);
	await answer(page, [['a', 'Written while the disk is full.']]);
	const failure = page.locator('[data-keep-failure="quota"]');
	await expect(failure).toContainText('storage is full');
	await expect(status(page)).toHaveText('Not saved');
	// The edit is on screen, and the next one too.
	await expect(cards(page)).toHaveCount(debate.claims.length + 1);
	await answer(page, [['r', 'And a rebuttal of it.']]);
	await expect(cards(page)).toHaveCount(debate.claims.length + 2);
	await expect(failure).toBeVisible();

	const downloading = page.waitForEvent('download');
	await failure.getByRole('button', { name: 'Download .crux.json' }).click();
	const file = await downloading;
	expect(file.suggestedFilename()).toMatch(/\.crux\.json$/);
	const saved = JSON.parse(await readFile((await file.path())!, 'utf8'));
	expect(saved.claims.map((c: { text: string }) => c.text)).toEqual(
		expect.arrayContaining(['Written while the disk is full.', 'And a rebuttal of it.'])
	);
	expect(saved.title).toMatch(/^Copy of /);

	// Leaving would lose the edits: the reader is asked first, in the page and as the tab closes.
	const asked: string[] = [];
	page.on('dialog', (dialog) => {
		asked.push(`${dialog.type()}: ${dialog.message()}`);
		void dialog.dismiss();
	});
	await page.getByRole('link', { name: 'My maps' }).click();
	await expect
		.poll(() => asked)
		.toEqual([expect.stringMatching(/^confirm: Your edits to “Copy of .*storage is full/)]);
	await expect(cards(page)).toHaveCount(debate.claims.length + 2);
	await page.close({ runBeforeUnload: true });
	await expect.poll(() => asked.length).toBe(2);
	expect(asked[1]).toMatch(/^beforeunload/);
});

test('storage that cannot be used at all (private mode) is told, in the map and in My maps', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined });
	});
	await openMap(page);
	await page.getByRole('button', { name: 'New map' }).click();
	await page
		.getByRole('textbox', { name: 'The question or resolution' })
		.fill('A map nowhere kept?');
	await page.getByRole('button', { name: 'Create map' }).click();
	await expect(page.locator('[data-keep-failure="unavailable"]')).toContainText(
		'storage cannot be used'
	);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('A map nowhere kept?');
	await expect(cards(page)).toHaveCount(1);
	await page.getByRole('link', { name: 'My maps' }).click();
	await expect(page.locator('[data-library-failure="unavailable"]')).toBeVisible();
});

test('two tabs editing one map: the later is told at once, overwrites nothing, and can keep a copy', async ({
	page,
	context
}) => {
	await openMap(page);
	const id = await newMap(page, 'Should the library open on Sundays?');
	const other = await context.newPage();
	await openMap(other, `/?map=${id}`);
	await expect(cards(other)).toHaveCount(1);

	await answer(page, [['a', 'Students revise at weekends.']]);
	await expect(status(page)).toHaveAttribute('data-keep-status', 'saved');
	// The other tab is told before it edits, and its edit is not written over the first tab's.
	const conflict = other.locator('[data-keep-failure="conflict"]');
	await expect(conflict).toContainText('changed in another tab');
	await other.locator(`.map [data-claim-id]`).first().click();
	await answer(other, [['r', 'Staff would need paying at weekend rates.']]);
	await expect(conflict).toBeVisible();
	await page.reload();
	await expect(cards(page)).toHaveCount(2);
	await expect(page.locator('.map')).not.toContainText('weekend rates');

	await conflict.getByRole('button', { name: 'Save as a copy' }).click();
	await expect(conflict).toBeHidden();
	await expect(other.getByRole('heading', { level: 1 })).toHaveText(
		'Copy of Should the library open on Sundays?'
	);
	await expect(other).toHaveURL(/[?&]map=[\w-]{12}/);
	const copy = mapIdIn(other);
	expect(copy).not.toBe(id);
	await other.goto('/maps');
	await expect(other.locator('[data-map-id]')).toHaveCount(2);
	await expect(other.locator(`[data-map-id="${copy}"] [data-size]`)).toHaveText('2 claims');
});

test('the later tab can reload the map another tab saved, and edit on from it', async ({
	page,
	context
}) => {
	await openMap(page);
	const id = await newMap(page, 'Should the canteen serve breakfast?');
	const other = await context.newPage();
	await openMap(other, `/?map=${id}`);
	await answer(page, [['a', 'Pupils learn better fed.']]);
	await expect(status(page)).toHaveAttribute('data-keep-status', 'saved');
	const conflict = other.locator('[data-keep-failure="conflict"]');
	await conflict.getByRole('button', { name: 'Reload it' }).click();
	await expect(conflict).toBeHidden();
	await expect(cards(other)).toHaveCount(2);
	expect(mapIdIn(other)).toBe(id);
	// From the version it reloaded, its edits are saved; now the first tab is the later one.
	await other.locator('.map [data-claim-id]').first().click();
	await answer(other, [['r', 'Breakfast clubs exist already.']]);
	await expect(status(other)).toHaveAttribute('data-keep-status', 'saved');
	await expect(page.locator('[data-keep-failure="conflict"]')).toBeVisible();
});

test('a map opened from a file is kept: the address names it and a reload opens it', async ({
	page
}) => {
	await openMap(page);
	await page.getByRole('button', { name: 'Open…' }).click();
	await page
		.locator('[data-import-dialog] input[type=file]')
		.setInputFiles('tests/fixtures/io/kialo/crlf-market.txt');
	await expect(page.locator('[data-imported]')).toContainText('kept in My maps');
	await expect(page).toHaveURL(/[?&]map=[\w-]{12}/);
	const id = mapIdIn(page);
	await page.reload();
	await expect(cards(page)).toHaveCount(5);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Should the town pedestrianise the market square?'
	);
	await page.getByRole('link', { name: 'My maps' }).click();
	await expect(page.locator(`[data-map-id="${id}"] [data-size]`)).toHaveText('5 claims');
});

test('a kept map damaged in storage is listed, and opening it says what is wrong and where', async ({
	page
}) => {
	await openMap(page);
	const id = await newMap(page, 'Is this map whole?');
	// Something other than Crux (another version, an extension, the developer tools) breaks it.
	await page.evaluate(
		(key) =>
			new Promise<void>((resolve, reject) => {
				const opening = indexedDB.open('crux-library');
				opening.onerror = () => reject(opening.error);
				opening.onsuccess = () => {
					const maps = opening.result.transaction('maps', 'readwrite').objectStore('maps');
					const reading = maps.get(key);
					reading.onsuccess = () => {
						const record = reading.result;
						record.debate.claims[0].text = '';
						maps.put(record, key).onsuccess = () => resolve();
					};
				};
			}),
		id
	);
	await page.goto('/maps');
	const row = page.locator(`[data-map-id="${id}"]`);
	await expect(row).toContainText('Is this map whole?');
	await row.getByRole('link', { name: 'Is this map whole?' }).click();
	await expect(page.locator('[data-link-problem]')).toContainText(
		/claims\[0\]\.text|claims\.0\.text/
	);
	await expect(cards(page)).toHaveCount(debate.claims.length);
});

test('My maps renames, duplicates, exports and deletes, and a delete can be undone', async ({
	page
}) => {
	await page.goto('/maps');
	await expect(page.locator('[data-empty]')).toContainText('New map');
	await page.getByRole('button', { name: 'New map' }).click();
	await page
		.getByRole('textbox', { name: 'The question or resolution' })
		.fill('Is homework useful?');
	await page.getByRole('button', { name: 'Create map' }).click();
	await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
	const id = mapIdIn(page)!;
	await page.getByRole('link', { name: 'My maps' }).click();

	const item = page.locator(`[data-map-id="${id}"]`);
	await item.getByRole('button', { name: 'Rename' }).click();
	const title = item.getByRole('textbox', { name: 'Title' });
	await expect(title).toBeFocused();
	await title.fill('  ');
	await title.press('Enter');
	await expect(item.getByRole('alert')).toHaveText('a map needs a title');
	await expect(title).toHaveAttribute('aria-invalid', 'true');
	await title.fill('Is homework worth it?');
	await title.press('Enter');
	await expect(item.getByRole('link', { name: 'Is homework worth it?' })).toBeVisible();

	await item.getByRole('button', { name: 'Duplicate' }).click();
	await expect(page.locator('[data-map-id]')).toHaveCount(2);
	await expect(page.getByRole('link', { name: 'Copy of Is homework worth it?' })).toBeVisible();

	const downloading = page.waitForEvent('download');
	await item.getByRole('button', { name: 'Export' }).click();
	const file = await downloading;
	expect(file.suggestedFilename()).toMatch(/\.crux\.json$/);
	const exported = JSON.parse(await readFile((await file.path())!, 'utf8'));
	expect(exported.title).toBe('Is homework worth it?');

	await item.getByRole('button', { name: 'Delete' }).click();
	await expect(item).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(item).toBeVisible();
	await expect(page.locator('[data-map-id]')).toHaveCount(2);
});

test('offline, My maps and a kept map open, once Crux has been opened', async ({
	page,
	context
}) => {
	await openMap(page, `/?claim=${resolution}`);
	await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
	await answer(page, [['a', 'Kept for a classroom with no network.']]);
	await expect(status(page)).toHaveAttribute('data-keep-status', 'saved');
	const id = mapIdIn(page)!;
	await page.getByRole('link', { name: 'My maps' }).click();
	await expect(page.locator(`[data-map-id="${id}"]`)).toBeVisible();

	await context.setOffline(true);
	await page.reload();
	const item = page.locator(`[data-map-id="${id}"]`);
	await expect(item).toBeVisible();
	await item.getByRole('link').click();
	await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
	await expect(cards(page)).toHaveCount(debate.claims.length + 1);
	await expect(page.locator('.map')).toContainText('Kept for a classroom');
	await page.reload();
	await expect(cards(page)).toHaveCount(debate.claims.length + 1);
	await expect(card(page, resolution)).toBeVisible();
});

test('My maps and the New map dialog have no serious accessibility violations', async ({
	page
}) => {
	const serious = async () =>
		(await new AxeBuilder({ page }).analyze()).violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
	await page.goto('/maps');
	await expect(page.locator('[data-empty]')).toBeVisible();
	expect(await serious()).toEqual([]);
	await page.getByRole('button', { name: 'New map' }).click();
	await page.getByRole('button', { name: 'Create map' }).click();
	await expect(page.locator('[data-new-map-problem]')).toBeVisible();
	expect(await serious()).toEqual([]);
	await page.getByRole('textbox', { name: 'The question or resolution' }).fill('Is chess a sport?');
	await page.keyboard.press('Enter');
	await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
	await page.getByRole('link', { name: 'My maps' }).click();
	await expect(page.locator('[data-map-id]')).toHaveCount(1);
	expect(await serious()).toEqual([]);
});

test('on a phone My maps fits the width', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	await page.goto('/maps');
	// The page answers once it has read the library (here: none yet).
	await expect(page.locator('[data-empty]')).toBeVisible();
	await page.getByRole('button', { name: 'New map' }).click();
	await page
		.getByRole('textbox', { name: 'The question or resolution' })
		.fill('Should every school have a debating club open to all year groups?');
	await page.keyboard.press('Enter');
	await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
	await page.getByRole('link', { name: 'My maps' }).click();
	await expect(page.locator('[data-map-id]')).toHaveCount(1);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBe(0);
	await context.close();
});
