import AxeBuilder from '@axe-core/playwright';
import { cards, expect, test } from './fixtures';

for (const view of ['map', 'outline'] as const) {
	test(`the ${view} view has no serious accessibility violations`, async ({ page }) => {
		await page.goto('/');
		await expect(cards(page).first()).toBeVisible();
		if (view === 'outline') await page.getByRole('button', { name: 'Outline' }).click();
		await cards(page)
			.first()
			.or(page.locator('[data-outline-id]').first())
			.first()
			.waitFor();
		const results = await new AxeBuilder({ page }).analyze();
		const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
	});
}

test('on a phone the map, panel and filters all fit the width', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
	const page = await context.newPage();
	await page.goto('/');
	await expect(cards(page).first()).toBeVisible();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBe(0);
	await cards(page).first().tap();
	await expect(page.getByRole('complementary', { name: 'Selected claim' })).toHaveAttribute(
		'data-panel',
		'open'
	);
	await context.close();
});
