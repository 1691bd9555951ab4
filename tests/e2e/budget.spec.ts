import { gzipSync } from 'node:zlib';
import { cards, expect, test } from './fixtures';

test('the first load ships at most 80 KB of gzipped JavaScript', async ({ page }) => {
	const scripts: Promise<Buffer>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') scripts.push(response.body());
	});
	await page.goto('/', { waitUntil: 'load' });
	await expect(cards(page).first()).toBeVisible();
	const bodies = await Promise.all(scripts);
	expect(bodies.length).toBeGreaterThan(0);
	const gzipped = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
	expect(gzipped / 1024).toBeLessThanOrEqual(80);
});

// The page, then the workspace, each part of the cards, the panel and the header's controls
// hydrate in a task of their own, so none is long (`npm run bench` measures the tasks). What the
// server drew must be taken over, not drawn again: drawing it again would cost the time the split
// saves, and would flash.
test('the prerendered cards and relations are taken over, not drawn again', async ({ page }) => {
	await page.addInitScript(() => {
		document.addEventListener('DOMContentLoaded', () => {
			const w = window as unknown as { prerendered: Element[] };
			w.prerendered = [...document.querySelectorAll('.map [data-claim-id], .map line.relation')];
		});
	});
	await page.goto('/');
	await expect(page.locator('.map[data-ready="true"]')).toBeVisible();
	const kept = await page.evaluate(() => {
		const before = (window as unknown as { prerendered: Element[] }).prerendered;
		const after = [...document.querySelectorAll('.map [data-claim-id], .map line.relation')];
		return {
			before: before.length,
			after: after.length,
			same: before.every((e, i) => e === after[i])
		};
	});
	expect(kept.before).toBeGreaterThan(0);
	const claims = await cards(page).count();
	await expect(page.locator('.map g.claims > g.part')).toHaveCount(Math.ceil(claims / 8)); // PART_SIZE
	expect(kept).toEqual({ before: kept.after, after: kept.after, same: true });
	// And they answer: a click selects.
	await cards(page).first().click();
	await expect(page.locator('.map [data-selected="true"]')).toHaveCount(1);
	await expect(page.locator('.map line.relation.faded').first()).toBeVisible();
});

test('the prerendered workspace, panel and header controls are taken over, not drawn again', async ({
	page
}) => {
	const taken =
		'.app, .app h1, main.stage, .details aside.panel, .details button, header .actions button';
	await page.addInitScript((selector) => {
		document.addEventListener('DOMContentLoaded', () => {
			const w = window as unknown as { prerendered: Element[] };
			w.prerendered = [...document.querySelectorAll(selector)];
		});
	}, taken);
	await page.goto('/');
	await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
	const kept = await page.evaluate((selector) => {
		const before = (window as unknown as { prerendered: Element[] }).prerendered;
		const after = [...document.querySelectorAll(selector)];
		return { before: before.length, same: before.every((e, i) => e === after[i]) };
	}, taken);
	expect(kept.before).toBeGreaterThan(8);
	expect(kept.same).toBe(true);
	// And they answer: a way in from the panel selects its claim, a view button shows its view.
	const opener = page.locator('.details .glance button').first();
	await opener.click();
	await expect(page.locator('.details [data-panel="open"]')).toBeVisible();
	await page.locator('[data-view-button="outline"]').click();
	await expect(page.locator('main[data-view="outline"]')).toBeVisible();
});

// SvelteKit links the stylesheet of every view the server could draw; the server draws only the
// map, so the other views' styles stay out of the first paint and come with their views.
test('the first paint waits only for the styles the map needs; a view brings its own', async ({
	page
}) => {
	const prerendered = await (await page.request.get('/')).text();
	const linked = prerendered.match(/<link[^>]*rel="stylesheet"[^>]*>/g) ?? [];
	expect(linked.length).toBeLessThanOrEqual(2);
	const stylesheets: string[] = [];
	page.on('request', (request) => {
		if (request.url().endsWith('.css')) stylesheets.push(new URL(request.url()).pathname);
	});
	await page.goto('/');
	await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
	// Nothing more comes while the page starts, not even the error page's.
	expect(stylesheets).toHaveLength(linked.length);
	await page.locator('[data-view-button="report"]').click();
	const tag = page.locator('main[data-view="report"] .tag').first();
	await expect(tag).toBeVisible();
	expect(stylesheets.length).toBeGreaterThan(linked.length);
	// Styled: the label is a pill with a border, not bare text.
	expect(await tag.evaluate((element) => getComputedStyle(element).borderTopStyle)).toBe('solid');
});
