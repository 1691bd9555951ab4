import { card, cards, expect, openMap, test } from './fixtures';

// `npm run dev` serves the same page the build prerenders, and the browser takes its parts over
// as it does in production: a mismatch would draw them again, with a warning.
test('the development server serves the map, taken over without a mismatch', async ({ page }) => {
	const warnings: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'warning') warnings.push(message.text());
	});
	await page.addInitScript(() => {
		document.addEventListener('DOMContentLoaded', () => {
			const w = window as unknown as { prerendered: Element[] };
			w.prerendered = [...document.querySelectorAll('.map [data-claim-id], .details aside')];
		});
	});
	await openMap(page);
	const kept = await page.evaluate(() => {
		const before = (window as unknown as { prerendered: Element[] }).prerendered;
		return before.length > 0 && before.every((e) => e.isConnected);
	});
	expect(kept).toBe(true);
	expect(warnings.filter((w) => /hydrat/i.test(w))).toEqual([]);
	await cards(page).first().click();
	await expect(page.locator('.details [data-panel="open"]')).toBeVisible();
	await expect(card(page, 'kratsios-terminate')).toBeVisible();
});
