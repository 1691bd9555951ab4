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
	await expect(help.getByRole('row', { name: /Add rebuttal/ })).toBeVisible();
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
