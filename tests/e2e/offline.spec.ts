import type { Page } from '@playwright/test';
import { card, cards, debate, expect, openMap, test } from './fixtures';

/** Resolves once a service worker controls the page (and so answers its requests). */
const controlled = (page: Page) =>
	page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');

test('a classroom with no network opens Crux and its bundled debates, once it has been opened', async ({
	page,
	context,
	problems
}) => {
	await openMap(page, `/debates/${debate.id}`);
	await controlled(page);
	// The worker keeps the whole site while installing: it is active only once all of it is kept.
	await context.setOffline(true);
	// The network really is gone: an address the worker does not keep cannot be fetched.
	const unkept = await page.evaluate(() =>
		fetch(`/not-kept-${Date.now()}`).then(
			() => 'reached',
			() => 'offline'
		)
	);
	expect(unkept).toBe('offline');
	// The browser reports that refusal as an error: it is the one this test asked for.
	await expect.poll(() => problems).toEqual([expect.stringContaining('ERR_INTERNET_DISCONNECTED')]);
	problems.length = 0;

	const claim = debate.claims[1]!.id;
	for (const path of [`/debates/${debate.id}?claim=${claim}`, '/']) {
		await openMap(page, path);
		await expect(cards(page)).toHaveCount(debate.claims.length);
	}
	// A page opened offline is the working app, not a picture of it: selecting draws the panel.
	await card(page, claim).click();
	await expect(card(page, claim)).toHaveAttribute('data-selected', 'true');
	await expect(page.locator('.details [data-panel="open"]')).toBeVisible();
	await page.reload();
	await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
	await expect(card(page, claim)).toHaveAttribute('data-selected', 'true');
});

test('the app is installable: a valid manifest with its icons is linked', async ({ page }) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBeTruthy();
	const url = new URL(href!, page.url());
	const response = await page.request.get(url.href);
	expect(response.ok()).toBe(true);
	const manifest = await response.json();
	expect(manifest).toMatchObject({
		name: expect.stringContaining('Crux'),
		short_name: 'Crux',
		start_url: '/',
		display: 'standalone'
	});
	const icons: { src: string; sizes: string; type: string }[] = manifest.icons;
	for (const size of ['192x192', '512x512']) {
		const icon = icons.find((i) => i.sizes === size && i.type === 'image/png');
		expect(icon, `a ${size} PNG icon`).toBeTruthy();
		const image = await page.request.get(new URL(icon!.src, url).href);
		expect(image.headers()['content-type']).toBe('image/png');
		// The PNG header holds the width and height at bytes 16 to 24.
		const body = await image.body();
		const [width, height] = [body.readUInt32BE(16), body.readUInt32BE(20)];
		expect(`${width}x${height}`).toBe(size);
	}
});
