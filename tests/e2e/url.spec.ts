import type { Page } from '@playwright/test';
import { card, cards, centreOf, debate, expect, openMap, test, showTools } from './fixtures';

/** What a reader sees: selection, panel, visible cards and where each is on screen. */
async function snapshot(page: Page) {
	return {
		selected: await page.locator('[data-selected="true"]').getAttribute('data-claim-id'),
		panel: await page.getByRole('complementary', { name: 'Selected claim' }).innerText(),
		zoom: await page.locator('.map').getAttribute('data-zoom'),
		// By id: a dragged card is drawn last, so the order of drawing is not part of the view.
		cards: (
			await cards(page).evaluateAll((els) =>
				els.map((el) => {
					const box = el.getBoundingClientRect();
					return { id: el.getAttribute('data-claim-id')!, x: box.x, y: box.y };
				})
			)
		).sort((a, b) => a.id.localeCompare(b.id))
	};
}

test('a link reproduces the view: selection, filters, zoom and pinned cards', async ({
	page,
	browser
}) => {
	await openMap(page, '/debates/sta-renewal');
	await showTools(page);
	await page.getByRole('checkbox', { name: 'Against' }).check();
	await card(page, 'kratsios-terminate').click();
	const from = await centreOf(page, '.map [data-claim-id="kratsios-signal"]');
	await page.mouse.move(from.x, from.y);
	await page.mouse.down();
	await page.mouse.move(from.x - 80, from.y + 30, { steps: 5 });
	await page.mouse.up();
	await expect.poll(() => new URL(page.url()).searchParams.get('pins')).not.toBeNull();
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect.poll(() => new URL(page.url()).searchParams.get('z')).toMatch(/^1\.25,/);
	const link = page.url();
	const seen = await snapshot(page);
	expect(seen.selected).toBe('kratsios-terminate');

	const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	const other = await fresh.newPage();
	await openMap(other, link);
	await expect(card(other, 'kratsios-terminate')).toHaveAttribute('data-selected', 'true');
	// Why it stands or falls comes with the views' derivations, fetched on the first selection.
	await expect(other.locator('aside.panel .why')).not.toBeEmpty();
	const again = await snapshot(other);
	expect(again.selected).toBe(seen.selected);
	expect(again.panel).toBe(seen.panel);
	expect(again.zoom).toBe(seen.zoom);
	expect(again.cards.map((c) => c.id)).toEqual(seen.cards.map((c) => c.id));
	again.cards.forEach((c, i) => {
		expect(Math.abs(c.x - seen.cards[i]!.x)).toBeLessThanOrEqual(1);
		expect(Math.abs(c.y - seen.cards[i]!.y)).toBeLessThanOrEqual(1);
	});
	await showTools(other);
	await expect(other.getByRole('checkbox', { name: 'Against' })).toBeChecked();
	await fresh.close();
});

test('Back and Forward walk through selections, filters and views', async ({ page }) => {
	await openMap(page);
	await card(page, 'kratsios-terminate').click();
	await expect.poll(() => page.url()).toContain('claim=kratsios-terminate');
	await showTools(page);
	await page.getByRole('checkbox', { name: 'rebuts' }).check();
	await expect.poll(() => page.url()).toContain('rel=rebuts');
	await page.getByRole('button', { name: 'Outline' }).click();
	await expect(page.locator('main')).toHaveAttribute('data-view', 'outline');

	await page.goBack();
	await expect(page.locator('main')).toHaveAttribute('data-view', 'map');
	await expect(page.getByRole('checkbox', { name: 'rebuts' })).toBeChecked();
	await page.goBack();
	await expect(page.getByRole('checkbox', { name: 'rebuts' })).not.toBeChecked();
	await expect(card(page, 'kratsios-terminate')).toHaveAttribute('data-selected', 'true');
	await page.goBack();
	await expect(page.locator('[data-selected="true"]')).toHaveCount(0);
	await page.goForward();
	await expect(card(page, 'kratsios-terminate')).toHaveAttribute('data-selected', 'true');
});

test('zooming replaces the history entry instead of adding one', async ({ page }) => {
	await openMap(page);
	await card(page, 'kratsios-terminate').click();
	await expect.poll(() => page.url()).toContain('claim=kratsios-terminate');
	const length = await page.evaluate(() => history.length);
	for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect.poll(() => new URL(page.url()).searchParams.get('z')).toMatch(/^1\.95\d,/);
	expect(await page.evaluate(() => history.length)).toBe(length);
});

test('a typical link stays short and readable', async ({ page }) => {
	await openMap(page, '/debates/sta-renewal');
	await card(page, 'kivelson-quantum').click();
	await showTools(page);
	await page.getByRole('checkbox', { name: 'For', exact: true }).check();
	await expect.poll(() => page.url()).toContain('side=affirmative');
	expect(page.url()).toMatch(/\?v=2&claim=kivelson-quantum&side=affirmative$/);
	expect(page.url().length).toBeLessThan(200);
});

test('focus depth narrows the map around the selected claim and travels in the link', async ({
	page
}) => {
	await openMap(page, '/?claim=kratsios-terminate&focus=1');
	const shown = await cards(page).evaluateAll((els) =>
		els.map((el) => el.getAttribute('data-claim-id'))
	);
	expect(shown).toContain('kratsios-terminate');
	expect(shown).toContain('kratsios-exploited');
	expect(shown).not.toContain('fbi-risk-fields');
	expect(shown.length).toBeLessThan(15);
	await showTools(page);
	await page.getByRole('combobox').selectOption('');
	await expect(cards(page)).toHaveCount(debate.claims.length);
});

const hostile = [
	['an unknown claim', '/?claim=no-such-claim', /no claim “no-such-claim”/],
	['malformed numbers', '/?z=1,abc,3&focus=two', /focus must be.*zoom was not three numbers/],
	['an absurd zoom', '/?z=1e300,0,0', /out of range/],
	['a 50 kB parameter', `/?q=${'a'.repeat(50_000)}`, /too long/],
	[
		'script in a field',
		'/?claim=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E&q=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E&speaker=%3Csvg%20onload%3Dwindow.__pwned%3D1%3E',
		/no claim “<script>/
	],
	['an unknown version', '/?v=7&claim=kivelson-quantum', /newer Crux \(version 7\)/]
] as const;

for (const [what, path, notice] of hostile) {
	test(`a link with ${what} opens the closest view and says what it ignored`, async ({
		page,
		request
	}) => {
		page.on('dialog', (dialog) => {
			throw new Error(`a dialog opened: ${dialog.message()}`);
		});
		// Web servers refuse addresses this long before any page could: serve the page as a
		// static host that allows them would.
		const html = await (await request.get('/')).text();
		await page.route(
			(url) => url.search.length > 8_000,
			(route) => route.fulfill({ body: html, contentType: 'text/html' })
		);
		await openMap(page, path);
		await expect(
			page.getByRole('status').filter({ hasText: 'Opened the closest view' })
		).toContainText(notice);
		await expect(cards(page).first()).toBeVisible();
		expect(
			await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
		).toBeUndefined();
		// The address now says what is shown: what was ignored is gone from it.
		expect(new URL(page.url()).searchParams.get('claim') ?? '').not.toMatch(/<|no-such/);
		expect(new URL(page.url()).searchParams.get('speaker')).toBeNull();
	});
}

test('Copy link copies the address and says so', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openMap(page);
	await card(page, 'kivelson-quantum').click();
	await expect.poll(() => page.url()).toContain('claim=kivelson-quantum');
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByText('Link copied')).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('every debate page is prerendered with a title, a description and Open Graph tags', async ({
	request
}) => {
	for (const path of ['/', '/debates/sta-renewal']) {
		const html = await (await request.get(path)).text();
		expect(html).toContain(
			'<title>Renewing the US-China Science and Technology Cooperation Agreement · Crux</title>'
		);
		expect(html).toMatch(
			/<meta property="og:title" content="Should the US-China Science and Technology Cooperation Agreement be renewed for the long term\?"/
		);
		expect(html).toMatch(/<meta property="og:description" content="[^"]{40,}"/);
		expect(html).toMatch(/<meta name="description" content="[^"]{40,}"/);
		expect(html).toContain('data-claim-id="kivelson-quantum"');
	}
});
