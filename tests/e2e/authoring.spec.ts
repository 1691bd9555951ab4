import { card, cards, debate, expect, openMap, test } from './fixtures';

const resolution = debate.resolution ?? debate.claims[0]!.id;
const panel = (page: import('@playwright/test').Page) => page.locator('aside.panel');

test('a support added to the selected claim appears on the map, and undo and redo take it back and forth', async ({
	page
}) => {
	await openMap(page, `/?claim=${resolution}`);
	const before = await cards(page).count();
	await panel(page).getByRole('button', { name: 'Add support' }).click();
	const field = panel(page).getByRole('textbox', { name: /Text of the new support/ });
	await expect(field).toBeFocused();
	await field.fill('<b>Renewal</b> keeps the inspectors in post.');
	await field.press('Enter');
	await expect(cards(page)).toHaveCount(before + 1);
	// The new claim is selected, and its text is shown as text, never as HTML.
	await expect(panel(page).locator('h2')).toHaveText(
		'<b>Renewal</b> keeps the inspectors in post.'
	);
	await expect(page.locator('.map b')).toHaveCount(0);

	await page.getByRole('button', { name: 'Undo', exact: true }).click();
	await expect(cards(page)).toHaveCount(before);
	await page.keyboard.press('Control+Shift+Z');
	await expect(cards(page)).toHaveCount(before + 1);
	await page.keyboard.press('Control+Z');
	await expect(cards(page)).toHaveCount(before);
	await expect(page.getByRole('button', { name: 'Redo', exact: true })).toBeEnabled();
});

test('an edit the model refuses shows its message at the field and changes nothing', async ({
	page
}) => {
	await openMap(page, `/?claim=${resolution}`);
	const text = await card(page, resolution).textContent();
	await panel(page).getByRole('button', { name: 'Edit', exact: true }).click();
	const field = panel(page).getByRole('textbox', { name: 'Claim text' });
	await field.fill('   ');
	await field.press('Enter');
	await expect(panel(page).locator('[data-refusal="text"]')).toBeVisible();
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expect(card(page, resolution)).toHaveText(text ?? '');
	await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
});

test('deleting a claim lists the relations that go with it first', async ({ page }) => {
	const relation = debate.relations.find((r) => r.to === resolution)!;
	await openMap(page, `/?claim=${relation.from}`);
	await panel(page).getByRole('button', { name: 'Delete', exact: true }).click();
	await expect(panel(page).locator('[data-dependents] li').first()).toBeVisible();
	await panel(page).locator('form').getByRole('button', { name: 'Delete', exact: true }).click();
	await expect(card(page, relation.from)).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo', exact: true }).click();
	await expect(card(page, relation.from)).toHaveCount(1);
});

test('claims are added by keyboard alone, and ? lists the keys', async ({ page }) => {
	await openMap(page, `/?claim=${resolution}`);
	const before = await cards(page).count();
	const texts = ['First reason to renew.', 'An answer to the first reason.', 'A reply to it.'];
	for (const [i, text] of texts.entries()) {
		await page.keyboard.press(i === 1 ? 'r' : 'a');
		await expect(page.getByRole('textbox', { name: /Text of the new/ })).toBeFocused();
		await page.keyboard.type(text);
		await page.keyboard.press('Enter');
		await expect(panel(page).locator('h2')).toHaveText(text);
	}
	await expect(cards(page)).toHaveCount(before + 3);
	// Each answers the one before: the last claim's panel names the claim it answers.
	await expect(panel(page).locator('section', { hasText: 'This claim' })).toContainText(texts[1]!);

	const help = page.locator('dialog[data-shortcuts]');
	const undo = page.getByRole('button', { name: 'Undo', exact: true });
	await undo.focus();
	await page.keyboard.press('?');
	await expect(help).toBeVisible();
	await expect(help.getByRole('row', { name: /Add a rebuttal/ })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(help).toBeHidden();
	await expect(undo).toBeFocused();
});

test('an edit of a large map is laid out again in a worker', async ({ page }) => {
	await openMap(page);
	const lines = ['Discussion Title: A large discussion', '', '1. The thesis holds.'];
	for (let i = 1; i <= 399; i++) {
		const parent = i <= 20 ? '1' : `1.${((i - 1) % 20) + 1}`;
		lines.push(`${parent}.${i}. ${i % 3 ? 'Pro' : 'Con'}: Claim number ${i} says something.`);
	}
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await page.getByRole('button', { name: 'Open…' }).click();
	await page.locator('[data-import-dialog] input[type=file]').setInputFiles({
		name: 'large.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from(lines.join('\n'))
	});
	await expect(cards(page)).toHaveCount(400, { timeout: 30_000 });
	// Zoomed out to fit 400 cards, a card is too small to click: the outline selects it.
	await page.getByRole('button', { name: 'Outline' }).click();
	await page.locator('[data-outline-id]').first().click();
	await page.getByRole('button', { name: 'Map', exact: true }).click();
	await expect(page.locator('aside.panel[data-panel="open"]')).toBeVisible();
	await page.keyboard.press('a');
	await page.keyboard.type('A new support of a large map.');
	await page.keyboard.press('Enter');
	await expect(cards(page)).toHaveCount(401);
	await expect.poll(() => workers.some((url) => url.includes('relayout-worker'))).toBe(true);
	await expect(page.locator('svg.map')).toHaveAttribute('aria-busy', 'false');
	// The cards themselves, not their marks (which hang over a card's edge by design).
	const overlaps = await page.locator('.map [data-claim-id] > rect.body').evaluateAll((bodies) => {
		const boxes = bodies.map((body) => body.getBoundingClientRect());
		let count = 0;
		for (const [i, a] of boxes.entries()) {
			for (const b of boxes.slice(i + 1)) {
				const apart =
					a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
				if (!apart) count++;
			}
		}
		return count;
	});
	expect(overlaps).toBe(0);
});

/** Presses Tab until a card of the map has the focus: how a keyboard reaches the map. */
async function tabToMap(page: import('@playwright/test').Page) {
	for (let i = 0; i < 80; i++) {
		await page.keyboard.press('Tab');
		const onCard = await page.evaluate(
			() => !!document.activeElement?.closest('.map [data-claim-id]')
		);
		if (onCard) return;
	}
	throw new Error('Tab never reached the map');
}

test('every edit by keyboard alone: support, rebuttal, undercut, fields, link, kind, removal, delete, then undo all and redo', async ({
	page
}) => {
	await openMap(page);
	const original = await cards(page).count();
	const undo = page.getByRole('button', { name: 'Undo', exact: true });
	const redo = page.getByRole('button', { name: 'Redo', exact: true });
	const heading = panel(page).locator('h2');
	const resolutionText = debate.claims.find((c) => c.id === resolution)!.text;
	const select = async () => {
		await tabToMap(page);
		await page.keyboard.press('Home');
		await page.keyboard.press('Enter');
		await expect(heading).toHaveText(resolutionText);
	};
	await select();

	// An undercut of the second link that answers the resolution.
	await page.keyboard.press('u');
	await expect(panel(page).locator('input[name=relation]').first()).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Tab');
	await page.keyboard.type('That engagement does not bear on renewal.');
	await page.keyboard.press('Enter');
	await expect(heading).toHaveText('That engagement does not bear on renewal.');
	await expect(panel(page).locator('section', { hasText: 'This claim' })).toContainText(
		'the link from'
	);

	// A support of the resolution, then a rebuttal of that support.
	await select();
	await page.keyboard.press('a');
	await expect(panel(page).getByRole('textbox', { name: /Text of the new support/ })).toBeFocused();
	await page.keyboard.type('Renewal keeps the labs talking.');
	await page.keyboard.press('Enter');
	await expect(heading).toHaveText('Renewal keeps the labs talking.');
	await page.keyboard.press('r');
	await expect(
		panel(page).getByRole('textbox', { name: /Text of the new rebuttal/ })
	).toBeFocused();
	await page.keyboard.type('The labs talk without the agreement.');
	await page.keyboard.press('Enter');
	await expect(heading).toHaveText('The labs talk without the agreement.');
	await expect(cards(page)).toHaveCount(original + 3);

	// Its text refused empty: the message at the field, the focus there, nothing changed.
	await page.keyboard.press('e');
	const text = panel(page).getByRole('textbox', { name: 'Claim text' });
	await expect(text).toBeFocused();
	await page.keyboard.press('Control+A');
	await page.keyboard.press('Delete');
	await page.keyboard.press('Enter');
	await expect(text).toHaveAttribute('aria-invalid', 'true');
	await expect(text).toBeFocused();
	await expect(panel(page).locator('[data-refusal="text"]')).toBeVisible();
	await expect(text).toHaveAttribute('aria-describedby', 'refusal-text');
	await expect(heading).toHaveText('The labs talk without the agreement.');
	// Every field: the text again, a title, topics.
	await page.keyboard.type('Labs talk anyway, agreement or not.');
	await page.keyboard.press('Tab');
	await page.keyboard.type('Labs talk anyway');
	// Kind, speaker, quote, source, paragraph: to the topics.
	for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
	await expect(panel(page).locator('input[name=topics]')).toBeFocused();
	await page.keyboard.type('science, contact');
	await page.keyboard.press('Enter');
	await expect(heading).toHaveText('Labs talk anyway, agreement or not.');
	await expect(panel(page).locator('.facts')).toContainText('science, contact');

	// Linked, as a rebuttal, to a claim found by its words.
	const target = debate.claims.find((c) => c.id === 'kratsios-terminate')!;
	await page.keyboard.press('l');
	await expect(panel(page).locator('input[name=query]')).toBeFocused();
	await page.keyboard.type('should terminate the agreement');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Enter');
	const answering = panel(page).locator('section', { hasText: 'This claim' });
	await expect(answering).toContainText(target.text);
	await expect(answering.locator('li', { hasText: target.text })).toContainText('rebuts');

	// The rebuttal of the support turned into a support, then removed.
	await page.keyboard.press('k');
	await expect(panel(page).locator('[data-kind-of]').first()).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(
		answering.locator('li', { hasText: 'Renewal keeps the labs talking.' })
	).toContainText('supports');
	await page.keyboard.press('x');
	await expect(panel(page).locator('[data-remove]').first()).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(answering.locator('li', { hasText: 'Renewal keeps the labs talking.' })).toHaveCount(
		0
	);

	// Deleted, what goes with it listed first.
	await page.keyboard.press('Delete');
	await expect(panel(page).locator('form button[type=submit]')).toBeFocused();
	await expect(panel(page).locator('[data-dependents] li')).toHaveCount(1);
	await page.keyboard.press('Enter');
	await expect(cards(page)).toHaveCount(original + 2);

	// Undo all (eight edits), then redo all.
	for (let i = 0; i < 8; i++) await page.keyboard.press('Control+Z');
	await expect(undo).toBeDisabled();
	await expect(cards(page)).toHaveCount(original);
	await expect(page.locator('.map [data-relation-id]')).toHaveCount(debate.relations.length);
	for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Y');
	for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Shift+Z');
	await expect(redo).toBeDisabled();
	await expect(cards(page)).toHaveCount(original + 2);
});

test('the standing, the report and the outline follow an edit live', async ({ page }) => {
	await openMap(page, `/?claim=${resolution}`);
	await expect(card(page, resolution)).toHaveAttribute('data-standing', 'in');
	await page.keyboard.press('r');
	await expect(
		panel(page).getByRole('textbox', { name: /Text of the new rebuttal/ })
	).toBeFocused();
	await page.keyboard.type('The agreement protects nothing any more.');
	await page.keyboard.press('Enter');
	// An unanswered rebuttal stands, so the resolution falls.
	await expect(card(page, resolution)).toHaveAttribute('data-standing', 'out');
	await page.getByRole('button', { name: 'Report', exact: true }).click();
	const report = page.locator('article[data-view="report"]');
	await expect(report.locator(`[data-report-claim="${resolution}"]`).first()).toContainText(
		'Falls'
	);
	await expect(report).toContainText('The agreement protects nothing any more.');
	await page.getByRole('button', { name: 'Outline', exact: true }).click();
	await expect(page.locator('nav[data-view="outline"]')).toContainText(
		'The agreement protects nothing any more.'
	);
	await page.keyboard.press('Control+Z');
	await expect(page.locator('nav[data-view="outline"]')).not.toContainText(
		'The agreement protects nothing any more.'
	);
	await page.getByRole('button', { name: 'Report', exact: true }).click();
	await expect(report.locator(`[data-report-claim="${resolution}"]`).first()).toContainText(
		'Stands'
	);
});

test('from the outline, by keyboard: a claim chosen there gets a support, and the map is renamed', async ({
	page
}) => {
	await openMap(page, '/?view=outline');
	const entry = page.locator(`[data-outline-id="${resolution}"]`);
	await entry.focus();
	await page.keyboard.press('Enter');
	await expect(panel(page).locator('h2')).toHaveText(
		debate.claims.find((c) => c.id === resolution)!.text
	);
	await page.keyboard.press('a');
	await expect(panel(page).getByRole('textbox', { name: /Text of the new support/ })).toBeFocused();
	await page.keyboard.type('Written from the outline.');
	await page.keyboard.press('Enter');
	await expect(page.locator('nav[data-view="outline"]')).toContainText('Written from the outline.');

	await page.keyboard.press('t');
	const rename = page.locator('dialog[data-rename-map]');
	const title = rename.getByRole('textbox', { name: 'Title' });
	await expect(title).toBeFocused();
	await page.keyboard.press('Control+A');
	await page.keyboard.press('Delete');
	await page.keyboard.press('Enter');
	await expect(title).toHaveAttribute('aria-invalid', 'true');
	await expect(rename.locator('[data-refusal="title"]')).toBeVisible();
	await page.keyboard.type('Our own map');
	await page.keyboard.press('Enter');
	await expect(rename).toBeHidden();
	await expect(page.locator('h1')).toHaveText('Our own map');
	await page.keyboard.press('Control+Z');
	await expect(page.locator('h1')).not.toHaveText('Our own map');
});
