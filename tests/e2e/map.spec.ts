import { card, cards, centreOf, debate, expect, openMap, test, showTools } from './fixtures';

const resolution = debate.resolution ?? debate.claims[0]!.id;
const claimWithQuote = debate.claims.find((c) => c.quote && c.speaker && c.id !== resolution)!;

test.beforeEach(async ({ page }) => {
	await openMap(page);
});

test('the first view draws every claim, fitted to the screen', async ({ page }) => {
	await expect(cards(page)).toHaveCount(debate.claims.length);
	await expect(page.locator('.map line.relation')).toHaveCount(debate.relations.length);
	const frame = (await page.locator('.map').boundingBox())!;
	for (const box of await cards(page).evaluateAll((els) =>
		els.map((el) => el.getBoundingClientRect().toJSON())
	)) {
		expect(box.left).toBeGreaterThanOrEqual(frame.x - 1);
		expect(box.right).toBeLessThanOrEqual(frame.x + frame.width + 1);
		expect(box.top).toBeGreaterThanOrEqual(frame.y - 1);
		expect(box.bottom).toBeLessThanOrEqual(frame.y + frame.height + 1);
	}
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await showTools(page);
	await expect(page.getByRole('region', { name: 'Legend' })).toContainText('undercuts');
});

test('zoomed out, each card shows its title; zoomed in to read, its text and speaker', async ({
	page
}) => {
	await expect(page.locator('.map')).toHaveAttribute('data-legible', 'false');
	const target = claimWithQuote;
	const lines = await card(page, target.id)
		.locator('text.title tspan')
		.evaluateAll((spans) => spans.map((span) => span.textContent?.trim()));
	expect(lines.join(' ')).toBe(target.title);
	// Every title is drawn whole, inside its card.
	const overflowing = await cards(page).evaluateAll((els) =>
		els.flatMap((el) => {
			const body = el.querySelector('rect.body')!.getBoundingClientRect();
			const title = el.querySelector('text.title')!.getBoundingClientRect();
			return title.left < body.left || title.right > body.right + 0.5 ? [el.dataset.claimId] : [];
		})
	);
	expect(overflowing).toEqual([]);
	// Pointing at a card shows it at reading size, until it is selected and the panel shows it.
	await card(page, target.id).hover();
	await expect(page.locator('.peek')).toContainText(target.text);
	await card(page, target.id).click();
	await expect(page.locator('.peek')).toHaveCount(0);
	for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect(page.locator('.map')).toHaveAttribute('data-legible', 'true');
	await expect(card(page, target.id).locator('text.title')).toHaveCount(0);
	await expect(card(page, target.id).locator('.claim-text')).toContainText(
		target.text.split(' ').slice(0, 3).join(' ')
	);
});

test('on a laptop screen the filters fold into a drawer over the map; a wide one gives them a column', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	const toggle = page.getByRole('button', { name: /^Filters and legend/ });
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(page.getByRole('region', { name: 'Legend' })).toBeHidden();
	await expect(page.getByRole('searchbox')).toBeVisible();
	// The map has the width the column would have taken.
	expect((await page.locator('.map').boundingBox())!.width).toBeGreaterThan(1000);
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await page.getByRole('checkbox', { name: 'Against' }).check();
	// Escape closes it and gives the focus back to its button; closed, it still says the map is
	// filtered.
	await page.keyboard.press('Escape');
	await expect(toggle).toBeFocused();
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(page.getByRole('checkbox', { name: 'Against' })).toBeHidden();
	const shown = await cards(page).count();
	expect(shown).toBeLessThan(debate.claims.length);
	await expect(toggle).toHaveText(`Filters and legend: ${shown} of ${debate.claims.length} shown`);
	await page.setViewportSize({ width: 1700, height: 950 });
	await expect(toggle).toBeHidden();
	await expect(page.getByRole('region', { name: 'Legend' })).toBeVisible();
	await expect(page.getByRole('checkbox', { name: 'Against' })).toBeChecked();
});

test('the map is prerendered: cards are in the HTML before any script runs', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await expect(cards(page)).toHaveCount(debate.claims.length);
	await context.close();
});

test('clicking a card selects it and the panel shows its quote, speaker and relations', async ({
	page
}) => {
	const target = claimWithQuote;
	await card(page, target.id).click();
	await expect(card(page, target.id)).toHaveAttribute('data-selected', 'true');
	await expect(page.locator('[data-selected="true"]')).toHaveCount(1);
	const panel = page.getByRole('complementary', { name: 'Selected claim' });
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(target.text);
	await expect(panel.locator('blockquote')).toHaveText(`“${target.quote}”`);
	const speaker = debate.speakers.find((s) => s.id === target.speaker)!;
	await expect(panel).toContainText(speaker.name);

	// Its neighbourhood stays lit; a claim it has no relation with is dimmed.
	const related = debate.relations.find((r) => r.from === target.id && r.kind !== 'undercuts')!;
	await expect(card(page, related.to)).not.toHaveClass(/dimmed/);
	const touching = new Set(
		debate.relations.flatMap((r) =>
			r.from === target.id || r.to === target.id ? [r.from, r.to] : []
		)
	);
	const stranger = debate.claims.find((c) => !touching.has(c.id) && c.id !== target.id)!;
	await expect(card(page, stranger.id)).toHaveClass(/dimmed/);

	// Relations in the panel are links to their claims.
	const targetText = debate.claims.find((c) => c.id === related.to)!.text;
	await panel.getByRole('button', { name: targetText }).first().click();
	await expect(card(page, related.to)).toHaveAttribute('data-selected', 'true');

	// Escape clears the selection from anywhere, and so does a click on the map's background.
	await page.keyboard.press('Escape');
	await expect(page.locator('[data-selected="true"]')).toHaveCount(0);
	// Following a relation centred and zoomed in on it; fit the map again to reach the first card.
	await page.getByRole('button', { name: 'Fit', exact: true }).click();
	await card(page, target.id).click();
	await page.locator('.map').click({ position: { x: 5, y: 5 } });
	await expect(page.locator('[data-selected="true"]')).toHaveCount(0);
	await expect(panel).toHaveAttribute('data-panel', 'empty');
});

test('filters by speaker, side and relation kind', async ({ page }) => {
	const speaker = debate.speakers.find((s) => s.id === 'kratsios')!;
	const own = debate.claims.filter((c) => c.speaker === speaker.id && c.id !== resolution);
	await showTools(page);
	// Speakers with the most claims first; ties in the order the debate lists its speakers.
	const claimsBy = (id: string) => debate.claims.filter((c) => c.speaker === id).length;
	const expected = debate.speakers
		.filter((s) => claimsBy(s.id))
		.sort((a, b) => claimsBy(b.id) - claimsBy(a.id))
		.map(
			(s) => new RegExp(`^\\s*${s.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ${claimsBy(s.id)}$`)
		);
	await expect(
		page
			.locator('fieldset', { has: page.locator('legend', { hasText: 'Speakers' }) })
			.locator('label')
	).toHaveText(expected);
	await page.getByRole('checkbox', { name: new RegExp(`^${speaker.name}`) }).check();
	await expect(cards(page)).toHaveCount(own.length + 1);
	await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toContainText(
		`Showing ${own.length + 1} of ${debate.claims.length}`
	);
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await expect(cards(page)).toHaveCount(debate.claims.length);

	await page.getByRole('checkbox', { name: 'Against' }).check();
	for (const side of await cards(page).evaluateAll((els) =>
		els.map((el) => el.getAttribute('data-side'))
	)) {
		expect(['negative', 'affirmative']).toContain(side);
	}
	const negatives = await page.locator('.map [data-side="negative"]').count();
	await expect(cards(page)).toHaveCount(negatives + 1);
	await page.getByRole('checkbox', { name: 'Against' }).uncheck();

	const rebuts = debate.relations.filter((r) => r.kind === 'rebuts').length;
	await page.getByRole('checkbox', { name: 'rebuts' }).check();
	await expect(page.locator('.map line.relation')).toHaveCount(rebuts);
	await expect(page.locator('.map line.relation.supports')).toHaveCount(0);
});

test('search over quotes and aliases selects and centres a hit', async ({ page }) => {
	const search = page.getByRole('searchbox', { name: /Search/ });
	await search.fill('Krashas');
	await expect(page.locator('[data-hit-id]').first()).toBeVisible();
	await search.fill('quantum');
	await search.press('Enter');
	await expect(card(page, 'kivelson-quantum')).toHaveAttribute('data-selected', 'true');
	const hit = await centreOf(page, '.map [data-claim-id="kivelson-quantum"]');
	const map = await centreOf(page, '.map');
	expect(Math.abs(hit.x - map.x)).toBeLessThan(20);
	expect(Math.abs(hit.y - map.y)).toBeLessThan(20);
});

test('with nothing selected, the panel opens the debate and its answers to the resolution', async ({
	page
}) => {
	const panel = page.locator('[data-panel="empty"]');
	await expect(panel.getByRole('heading', { name: 'At a glance' })).toBeVisible();
	const { claims, relations, speakers } = debate;
	await expect(panel).toContainText(`${claims.length} claims by ${speakers.length} speakers`);
	// Every claim that answers the resolution directly, positions first, for before against.
	const direct = relations.filter((r) => r.to === debate.resolution && r.kind !== 'undercuts');
	const openers = panel.locator('[data-opener]');
	await expect(openers).toHaveCount(direct.length);
	const ids = await openers.evaluateAll((els) => els.map((e) => e.getAttribute('data-opener')));
	expect(new Set(ids)).toEqual(new Set(direct.map((r) => r.from)));
	expect(ids.slice(0, 4).sort()).toEqual(
		[
			'feinerman-presence',
			'former-official-adjustments',
			'kratsios-terminate',
			'michelson-engagement'
		].sort()
	);
	expect(ids[3]).toBe('kratsios-terminate');
	// Each is a way in: it selects the claim and brings it to the middle of the map.
	await panel.locator('[data-opener="kratsios-terminate"]').click();
	await expect(card(page, 'kratsios-terminate')).toHaveAttribute('data-selected', 'true');
	await expect(page.locator('[data-panel="open"]')).toContainText('Kratsios');
	const chosen = await centreOf(page, '.map [data-claim-id="kratsios-terminate"]');
	const map = await centreOf(page, '.map');
	expect(Math.abs(chosen.x - map.x)).toBeLessThan(20);
	expect(Math.abs(chosen.y - map.y)).toBeLessThan(20);
});

test('the outline is the same graph as a tree, in sync with the selection', async ({ page }) => {
	await card(page, 'kivelson-quantum').click();
	await page.getByRole('button', { name: 'Outline' }).click();
	const outline = page.getByRole('navigation', { name: 'Outline of the debate' });
	await expect(outline.locator('[data-outline-id]')).toHaveCount(debate.claims.length);
	await expect(outline.locator('[data-outline-id="kivelson-quantum"]')).toHaveAttribute(
		'aria-current',
		'true'
	);
	await outline.locator(`[data-outline-id="kratsios-terminate"]`).click();
	await page.getByRole('button', { name: 'Map', exact: true }).click();
	await expect(card(page, 'kratsios-terminate')).toHaveAttribute('data-selected', 'true');
});

test('the map works by keyboard', async ({ page }) => {
	const first = card(page, resolution);
	await page.getByRole('button', { name: 'Outline' }).focus();
	// Tab order: the view buttons, then the sidebar's controls, then the map's one tab stop.
	await first.focus();
	await expect(first).toBeFocused();
	await page.keyboard.press('ArrowDown');
	const focused = page.locator('.map [data-claim-id]:focus');
	await expect(focused).toHaveCount(1);
	const child = await focused.getAttribute('data-claim-id');
	expect(child).not.toBe(resolution);
	expect(
		debate.relations.some((r) => r.from === child && r.to === resolution),
		'ArrowDown moves to a claim that answers the resolution'
	).toBe(true);
	await page.keyboard.press('ArrowRight');
	const sibling = await page.locator('.map [data-claim-id]:focus').getAttribute('data-claim-id');
	expect(sibling).not.toBe(child);
	await page.keyboard.press('Enter');
	await expect(card(page, sibling!)).toHaveAttribute('data-selected', 'true');
	await page.keyboard.press('ArrowUp');
	await expect(card(page, resolution)).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page.locator('[data-selected="true"]')).toHaveCount(0);
});

test('tabbing from the page reaches the map and shows focus', async ({ page }) => {
	await page.locator('body').click({ position: { x: 1, y: 1 } });
	let reached = false;
	for (let i = 0; i < 120 && !reached; i++) {
		await page.keyboard.press('Tab');
		reached = await page.evaluate(() => !!document.activeElement?.closest('.map'));
	}
	expect(reached).toBe(true);
	const ring = await page
		.locator('.map [data-claim-id]:focus .focus-ring')
		.evaluate((el) => getComputedStyle(el).stroke);
	expect(ring).not.toBe('none');
});

test('dragging a card pins it; a double-click releases it', async ({ page }) => {
	const id = claimWithQuote.id;
	const before = await centreOf(page, `.map [data-claim-id="${id}"]`);
	await page.mouse.move(before.x, before.y);
	await page.mouse.down();
	await page.mouse.move(before.x + 60, before.y + 40, { steps: 6 });
	await page.mouse.up();
	const after = await centreOf(page, `.map [data-claim-id="${id}"]`);
	expect(after.x - before.x).toBeCloseTo(60, -1);
	expect(after.y - before.y).toBeCloseTo(40, -1);
	// The dragged card is drawn over every other, whichever part of the cards it is in.
	const last = await cards(page).evaluateAll((els) => els.at(-1)?.getAttribute('data-claim-id'));
	expect(last).toBe(id);
	await expect(card(page, id)).not.toHaveAttribute('data-selected', 'true');
	await page.mouse.dblclick(after.x, after.y);
	const back = await centreOf(page, `.map [data-claim-id="${id}"]`);
	expect(Math.abs(back.x - before.x)).toBeLessThan(1);
	expect(Math.abs(back.y - before.y)).toBeLessThan(1);
});

test('zoom controls zoom and fit', async ({ page }) => {
	const map = page.locator('.map');
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect(map).toHaveAttribute('data-zoom', '1.250');
	await page.getByRole('button', { name: 'Fit', exact: true }).click();
	await expect(map).toHaveAttribute('data-zoom', '1.000');
});

test('an unknown address shows a page that says so, with a way back', async ({
	page,
	problems
}) => {
	await page.goto('/no-such-debate');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('No page here');
	// The browser logs the 404 status itself; that one message is expected here.
	expect(problems).toEqual([expect.stringContaining('status of 404')]);
	problems.length = 0;
	await page.getByRole('link', { name: 'Open the renewal debate' }).click();
	await expect(cards(page).first()).toBeVisible();
	// Drawn in the browser, not taken over, and its address read all the same.
	await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
	await cards(page).first().click();
	await expect(page).toHaveURL(/[?&]claim=/);
});
