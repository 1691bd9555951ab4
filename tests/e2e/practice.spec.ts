import { expect, openMap, test } from './fixtures';

const practice = (page: import('@playwright/test').Page) =>
	page.locator('article[data-view="practice"]');

test('practice hides the rebuttals, takes a guess, reveals the map’s and keeps a tally', async ({
	page
}) => {
	await openMap(page);
	await page.getByRole('button', { name: 'Practice', exact: true }).click();
	await expect(page).toHaveURL(/view=practice/);
	const item = practice(page).locator('section.item');
	const claim = await item.getAttribute('data-claim-id');
	expect(claim).toBeTruthy();
	await expect(practice(page).locator('[data-revealed]')).toHaveCount(0);
	await expect(practice(page).locator('[data-tally]')).toContainText('0 of 0');

	// Choose a real rebuttal: the map says which ones are theirs once revealed.
	const choices = practice(page).locator('[data-choice]');
	expect(await choices.count()).toBeGreaterThanOrEqual(2);
	await choices.first().locator('input').check();
	await practice(page)
		.getByRole('button', { name: /Reveal the map/ })
		.click();
	await expect(practice(page).locator('[data-revealed]')).toBeVisible();
	await expect(practice(page).locator('[data-revealed] [data-attack]').first()).toBeVisible();
	await expect(practice(page).locator('[data-tally]')).toContainText(/[01] of 1/);

	await practice(page).getByRole('button', { name: 'Next claim' }).click();
	await expect(practice(page).locator('[data-revealed]')).toHaveCount(0);
	expect(await item.getAttribute('data-claim-id')).not.toBe(claim);

	// The tally is kept in this browser across reloads.
	await page.reload();
	await expect(practice(page).locator('[data-tally]')).toContainText(/of 1/);
});

test('a teacher’s practice link sets the side, the focus and the way to answer', async ({
	page
}) => {
	await openMap(
		page,
		'/?view=practice&brief=negative&practice=write&claim=kratsios-terminate&focus=1'
	);
	await expect(practice(page).locator('section.item')).toHaveAttribute(
		'data-claim-id',
		'kratsios-terminate'
	);
	await expect(practice(page).getByRole('combobox').first()).toHaveValue('negative');
	await practice(page).getByRole('textbox').fill('They will say cutting ties blinds us.');
	await practice(page)
		.getByRole('button', { name: /Reveal the map/ })
		.click();
	await expect(practice(page).locator('[data-attack="kivelson-quantum"]')).toBeVisible();
	await practice(page).getByRole('button', { name: 'Yes' }).click();
	await expect(practice(page).locator('[data-tally]')).toContainText('1 of 1');
});
