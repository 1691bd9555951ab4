import type { Page } from '@playwright/test';
import { kialoDiscussion } from '../support/generate';
import { cards, expect, openMap, test } from './fixtures';

const dialog = (page: Page) => page.locator('[data-import-dialog]');

const discussion = kialoDiscussion(1_500, 1);
/** A claim's text in the generated export, by its Kialo number. */
const textOf = (number: string) =>
	discussion
		.split('\n')
		.find((line) => line.startsWith(`${number}. `))!
		.slice(number.length + 2)
		.replace(/^(Pro|Con): /, '');

/** Opens the discussion through Open…, as a reader does, and waits for the canvas to draw it. */
async function openDiscussion(page: Page) {
	await openMap(page);
	await page.getByRole('button', { name: 'Open…' }).click();
	await dialog(page)
		.locator('input[type=file]')
		.setInputFiles({ name: 'large.txt', mimeType: 'text/plain', buffer: Buffer.from(discussion) });
	const map = page.locator('canvas.map');
	// It opens collapsed two levels below the resolution: the canvas draws what that shows.
	await expect(map).toHaveAttribute('data-claims-drawn', /^[1-9]\d*$/, { timeout: 60_000 });
	await expect(page.getByRole('button', { name: /^Filters and legend/ })).toContainText(
		'of 1500 shown'
	);
	return map;
}

test('a 1,500-claim map is drawn on a canvas where claims are clicked, walked by keys and shared', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const map = await openDiscussion(page);
	await expect(cards(page)).toHaveCount(0);
	const panel = page.getByRole('complementary', { name: 'Selected claim' });

	// The search brings a claim to the middle of the map; with the selection cleared, a click
	// there selects it again, found by the canvas's hit test.
	await page.locator('.search input').fill(textOf('1.1').slice(0, 60));
	await page.locator('[data-hit-id="1.1"]').click();
	await expect(panel).toHaveAttribute('data-panel', 'open');
	await page.keyboard.press('Escape');
	await expect(panel).toHaveAttribute('data-panel', 'empty');
	const box = (await map.boundingBox())!;
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await expect(panel.locator('.claim-text')).toHaveText(textOf('1.1'));
	// Zoomed in far enough to read; the scene holds what the screen shows, the claim among them.
	await expect(map).toHaveAttribute('data-legible', 'true');
	expect(Number(await map.getAttribute('data-claims-drawn'))).toBeGreaterThan(0);

	// The canvas has the focus. C collapses the claims that answer the keyboard's claim, and
	// expands them again; the live region says how many it hides.
	await expect(map).toBeFocused();
	const shown = page.getByRole('button', { name: /^Filters and legend/ });
	const before = await shown.textContent();
	await page.keyboard.press('c');
	await expect(shown).not.toHaveText(before!);
	await expect(page.locator('#map-cursor')).toContainText(/expand \d+ hidden claims? below/);
	await page.keyboard.press('c');
	await expect(shown).toHaveText(before!);
	// Arrow keys walk the relations, named in the live region.
	const cursor = page.locator('#map-cursor');
	await page.keyboard.press('ArrowUp');
	await expect(cursor).toHaveAttribute('data-cursor', '1');
	await expect(cursor).toContainText(textOf('1'));
	await page.keyboard.press('Enter');
	await expect(panel.locator('.claim-text')).toHaveText(textOf('1'));
	await page.keyboard.press('ArrowDown');
	await expect(cursor).toHaveAttribute('data-cursor', /^1\.\d+$/);

	// Too large for a chat message as a link, or copied whole: either way the reader is told.
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(
		page.getByText(/Link to the whole map copied|too large for a link .* send it as a file/)
	).toBeVisible();
});

test('a claim on the canvas is dragged to pin it, and a double-click releases it', async ({
	page
}) => {
	test.setTimeout(120_000);
	const map = await openDiscussion(page);
	await page.locator('.search input').fill(textOf('1.2').slice(0, 60));
	await page.locator('[data-hit-id="1.2"]').click();
	const box = (await map.boundingBox())!;
	const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
	const [dropX, dropY] = [x + 260, y + 160];
	const panel = page.getByRole('complementary', { name: 'Selected claim' });
	const selectedAt = async (px: number, py: number) => {
		await page.keyboard.press('Escape');
		await expect(panel).toHaveAttribute('data-panel', 'empty');
		await page.mouse.click(px, py);
		return (await panel.getAttribute('data-panel')) === 'open'
			? await panel.locator('.claim-text').textContent()
			: null;
	};
	await page.mouse.move(x, y);
	await page.mouse.down();
	await page.mouse.move(dropX, dropY, { steps: 8 });
	await page.mouse.up();
	// Pinned where it was dropped: the hit test finds it there, and no longer where it was.
	await expect.poll(() => selectedAt(dropX, dropY)).toBe(textOf('1.2'));
	expect(await selectedAt(x, y)).not.toBe(textOf('1.2'));
	// A double-click releases it to where the layout put it.
	await page.mouse.dblclick(dropX, dropY);
	await expect.poll(() => selectedAt(x, y)).toBe(textOf('1.2'));
});

test('Expand all draws every claim of the map, fitted whole; Fold goes back to the first view', async ({
	page
}) => {
	test.setTimeout(120_000);
	const map = await openDiscussion(page);
	const shown = page.getByRole('button', { name: /^Filters and legend/ });
	const opened = await shown.textContent();
	const drawnAtOpen = Number(await map.getAttribute('data-claims-drawn'));
	const expand = page.getByRole('button', { name: /^Expand all/ });
	await expect(expand).toHaveText(/^Expand all: 1,\d{3} more$/);
	await expand.click();
	// Every claim is on the map and the whole map on the screen: the canvas draws all 1,500.
	await expect(map).toHaveAttribute('data-claims-drawn', '1500');
	await expect(shown).toHaveText('Filters and legend');
	await expect(map).toHaveAttribute('data-legible', 'false');
	// The address keeps it: the map comes back whole after a reload.
	await expect(page).toHaveURL(/[?&]fold=(&|$)/);
	await page.reload();
	await expect(map).toHaveAttribute('data-claims-drawn', '1500', { timeout: 60_000 });

	await page.getByRole('button', { name: 'Fold to 2 levels' }).click();
	await expect(shown).toHaveText(opened!);
	await expect(map).toHaveAttribute('data-claims-drawn', String(drawnAtOpen));
	await expect(expand).toBeVisible();
});
