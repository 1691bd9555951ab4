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

// The server draws the whole page, and the browser hydrates it once: what the server drew is
// taken over, not drawn again, which would cost time and flash.
test('the prerendered page is taken over, not drawn again', async ({ page }) => {
	const taken = [
		'.app',
		'.app h1',
		'header .actions button',
		'.sidebar input',
		'.sidebar .tools > *',
		'.map [data-claim-id]',
		'.map line.relation',
		'.details aside.panel',
		'.details button'
	].join(', ');
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
		return {
			before: before.length,
			after: after.length,
			same: before.every((e, i) => e === after[i])
		};
	}, taken);
	const claims = await cards(page).count();
	expect(kept.before).toBeGreaterThan(claims);
	expect(kept).toEqual({ before: kept.after, after: kept.after, same: true });
	// And they answer: a card selects, a way in from the panel selects its claim, a view button
	// shows its view.
	await cards(page).first().click();
	await expect(page.locator('.map [data-selected="true"]')).toHaveCount(1);
	await expect(page.locator('.map line.relation.faded').first()).toBeVisible();
	await page.keyboard.press('Escape');
	await page.locator('.details .glance button').first().click();
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
