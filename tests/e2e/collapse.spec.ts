import type { Page } from '@playwright/test';
import { card, cards, debate, expect, openMap, test } from './fixtures';
import { generateDebate } from '../support/generate';
import { COLLAPSE_ABOVE } from '../../src/lib/view/collapse';

const terminate = 'kratsios-terminate';
const resolution = debate.resolution!;
/** The badge at a card's foot that collapses or expands it. */
const badge = (page: Page, id: string) => card(page, id).locator('[data-collapse-toggle]');

test('a claim collapses and expands from its card, by pointer and by key', async ({ page }) => {
	await openMap(page);
	await card(page, terminate).click();
	await badge(page, terminate).click();
	await expect(card(page, terminate)).toHaveAttribute('data-collapsed', /^\d+$/);
	const hidden = Number(await card(page, terminate).getAttribute('data-collapsed'));
	expect(hidden).toBeGreaterThan(3);
	await expect(cards(page)).toHaveCount(debate.claims.length - hidden);
	await expect(badge(page, terminate)).toContainText(`+${hidden}`);
	await expect(card(page, terminate)).toHaveAccessibleName(
		new RegExp(`expand ${hidden} hidden claims below`)
	);
	// The claims it hid are gone with their relations.
	const left = new Set(await cards(page).evaluateAll((all) => all.map((c) => c.dataset.claimId)));
	const gone = debate.relations.filter((r) => r.to === terminate && !left.has(r.from));
	expect(gone.length).toBeGreaterThan(0);
	for (const r of gone) await expect(page.locator(`[data-relation-id="${r.id}"]`)).toHaveCount(0);
	await expect(page).toHaveURL(new RegExp(`fold=${terminate}`));

	await badge(page, terminate).click();
	await expect(cards(page)).toHaveCount(debate.claims.length);
	await expect(card(page, terminate)).not.toHaveAttribute('data-collapsed');

	// The keyboard: C on the claim the keyboard is on.
	await card(page, terminate).focus();
	await page.keyboard.press('c');
	await expect(cards(page)).toHaveCount(debate.claims.length - hidden);
	await page.keyboard.press('c');
	await expect(cards(page)).toHaveCount(debate.claims.length);
});

test('the outline collapses a claim, shows how many it hides, and the panel expands it', async ({
	page
}) => {
	await openMap(page, '/?view=outline');
	const fold = page.locator(`[data-outline-fold="${terminate}"]`);
	await expect(fold).toHaveAttribute('aria-expanded', 'true');
	const before = await page.locator('[data-outline-id]').count();
	await fold.click();
	await expect(fold).toHaveAttribute('aria-expanded', 'false');
	await expect(fold).toHaveText(/Expand (\d+) hidden claims/);
	const hidden = Number((await fold.textContent())!.match(/(\d+) hidden/)![1]);
	await expect(page.locator('[data-outline-id]')).toHaveCount(before - hidden);

	await page.locator(`[data-outline-id="${terminate}"]`).click();
	const panel = page.getByRole('complementary', { name: 'Selected claim' });
	await panel.getByRole('button', { name: `Expand ${hidden} hidden claims` }).click();
	await expect(page.locator('[data-outline-id]')).toHaveCount(before);
	await expect(fold).toHaveAttribute('aria-expanded', 'true');
});

test('the link carries what is collapsed, and selecting a hidden claim expands what hides it', async ({
	page,
	browser
}) => {
	await openMap(page);
	await card(page, terminate).click();
	await page.keyboard.press('c');
	const shown =
		debate.claims.length - Number(await card(page, terminate).getAttribute('data-collapsed'));
	await expect(page).toHaveURL(new RegExp(`fold=${terminate}`));

	// Another reader, with nothing of this browser's: the same claims shown.
	const other = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	const reader = await other.newPage();
	await openMap(reader, new URL(page.url()).pathname + new URL(page.url()).search);
	await expect(cards(reader)).toHaveCount(shown);
	await expect(card(reader, terminate)).toHaveAttribute('data-collapsed', /^\d+$/);
	await reader.reload();
	await expect(cards(reader)).toHaveCount(shown);
	await other.close();

	// A link to a claim inside a collapsed subtree opens it where it can be seen.
	const inside = debate.relations.find((r) => r.to === terminate)!.from;
	await openMap(page, `/?claim=${inside}&fold=${resolution},${terminate}`);
	await expect(cards(page)).not.toHaveCount(1);
	await expect(card(page, inside)).toHaveAttribute('data-selected', 'true');
});

test('a large map opens collapsed around its resolution; a map link keeps what the reader expanded', async ({
	page,
	context,
	browser
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openMap(page);
	await page.getByRole('button', { name: 'Open…' }).click();
	await page.locator('[data-import-dialog] input[type=file]').setInputFiles({
		name: 'large.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(generateDebate(COLLAPSE_ABOVE + 20, 7)))
	});
	const show = page.getByRole('button', { name: 'Show the map' });
	await expect(page.locator('[data-imported]')).toContainText('Opened large.json');
	if (await show.isVisible()) await show.click();
	await expect(page.locator('.map [data-collapsed]').first()).toBeVisible();
	const opened = await cards(page).count();
	expect(opened).toBeLessThan(COLLAPSE_ABOVE + 20);
	// Titles are readable on the first view: a card is drawn at least 40 px wide.
	const box = await cards(page).first().boundingBox();
	expect(box!.width).toBeGreaterThan(40);

	const collapsed = page.locator('.map [data-collapsed]').first();
	const id = (await collapsed.getAttribute('data-claim-id'))!;
	const hides = Number(await collapsed.getAttribute('data-collapsed'));
	await page.getByRole('button', { name: 'Outline' }).click();
	await page.locator(`[data-outline-fold="${id}"]`).click();
	await page.getByRole('button', { name: 'Map', exact: true }).click();
	await expect(cards(page)).toHaveCount(opened + hides);

	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByText('Link to the whole map copied')).toBeVisible();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(new URL(link).hash).toMatch(/^#map=/);
	const other = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	const reader = await other.newPage();
	await reader.goto(link);
	await expect(reader.locator('[data-imported]')).toContainText('Opened a map from a link');
	await expect(cards(reader)).toHaveCount(opened + hides);
	await expect(card(reader, id)).not.toHaveAttribute('data-collapsed');
	await other.close();
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('the first view fills the map’s height with cards large enough to read', async ({
		page
	}) => {
		await openMap(page);
		const map = (await page.locator('svg.map').boundingBox())!;
		const first = (await card(page, resolution).boundingBox())!;
		// Fitted to the width, as before, the resolution's card was 29 by 12 px.
		expect(first.height).toBeGreaterThanOrEqual(30);
		expect(first.width).toBeGreaterThanOrEqual(80);
		const boxes = await cards(page).evaluateAll((all) =>
			all.map((c) => c.getBoundingClientRect()).map((r) => [r.top, r.bottom])
		);
		const top = Math.min(...boxes.map(([t]) => t!));
		const bottom = Math.max(...boxes.map(([, b]) => b!));
		const used = (Math.min(bottom, map.y + map.height) - Math.max(top, map.y)) / map.height;
		expect(used).toBeGreaterThan(0.85);
	});

	test('two fingers pinch the map, even from a card', async ({ page }) => {
		await openMap(page);
		const zoom = async () => Number(await page.locator('svg.map').getAttribute('data-zoom'));
		const before = await zoom();
		const at = (await card(page, resolution).boundingBox())!;
		const x = at.x + at.width / 2;
		const y = at.y + at.height / 2;
		const cdp = await page.context().newCDPSession(page);
		const touch = (
			type: 'touchStart' | 'touchMove' | 'touchEnd',
			points: { x: number; y: number }[]
		) =>
			cdp.send('Input.dispatchTouchEvent', {
				type,
				touchPoints: points.map((p, i) => ({ ...p, id: i + 1 }))
			});
		// Both fingers come down on the resolution's card, one after the other.
		await touch('touchStart', [{ x: x - 20, y }]);
		await touch('touchStart', [
			{ x: x - 20, y },
			{ x: x + 20, y }
		]);
		for (const spread of [40, 80, 120, 160])
			await touch('touchMove', [
				{ x: x - spread, y },
				{ x: x + spread, y }
			]);
		await touch('touchEnd', []);
		await expect.poll(zoom).toBeGreaterThan(before * 2);
	});
});
