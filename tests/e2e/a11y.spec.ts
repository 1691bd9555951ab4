import AxeBuilder from '@axe-core/playwright';
import { cards, expect, openMap, showTools, test } from './fixtures';

for (const view of [
	'map',
	'map with legible cards and a selection',
	'map with the filters drawer open',
	'outline',
	'report',
	'brief',
	'practice',
	'speakers',
	'timeline'
] as const) {
	test(`the ${view} view has no serious accessibility violations`, async ({ page }) => {
		await openMap(page);
		if (view === 'outline') {
			await page.getByRole('button', { name: 'Outline' }).click();
			await page.locator('[data-outline-id]').first().waitFor();
		} else if (view === 'report') {
			await page.getByRole('button', { name: 'Report', exact: true }).click();
			await page.locator('[data-crux]').first().waitFor();
		} else if (['brief', 'practice', 'speakers', 'timeline'].includes(view)) {
			await page.getByRole('button', { name: new RegExp(`^${view}$`, 'i') }).click();
			await page.locator(`article[data-view="${view}"]`).waitFor();
		} else if (view === 'map with the filters drawer open') {
			await showTools(page);
			await expect(page.getByRole('region', { name: 'Legend' })).toBeVisible();
		} else if (view !== 'map') {
			await page.getByRole('searchbox').fill('quantum');
			await page.getByRole('searchbox').press('Enter');
			for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
			await expect(page.locator('.map')).toHaveAttribute('data-legible', 'true');
		}
		const results = await new AxeBuilder({ page }).analyze();
		const inFrame = async (selector: string) => {
			const frame = (await page.locator('.map').boundingBox())!;
			const box = await page.locator(selector).boundingBox();
			return (
				!!box &&
				box.x >= frame.x &&
				box.y >= frame.y &&
				box.x + box.width <= frame.x + frame.width &&
				box.y + box.height <= frame.y + frame.height
			);
		};
		const serious = [];
		for (const violation of results.violations) {
			if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
			// A card cut by the edge of the zoomed map shows only part of its words, which axe
			// reads as a name mismatch; every card wholly in view must pass.
			if (violation.id === 'label-content-name-mismatch') {
				const whole = [];
				for (const node of violation.nodes) {
					if (await inFrame(String(node.target[0]))) whole.push(node);
				}
				if (!whole.length) continue;
				violation.nodes = whole;
			}
			serious.push(violation);
		}
		expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
	});
}

test('on a phone every view fits the width', async ({ browser }) => {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		hasTouch: true
	});
	const page = await context.newPage();
	for (const view of ['outline', 'report', 'brief', 'practice', 'speakers', 'timeline']) {
		await openMap(page, `/?view=${view}`);
		await page.locator(`[data-view="${view}"]`).last().waitFor();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, `${view} overflows by ${overflow}px`).toBe(0);
	}
	await context.close();
});

test('on a phone the map, panel and filters all fit the width', async ({ browser }) => {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		hasTouch: true
	});
	const page = await context.newPage();
	await openMap(page);
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

test('every control in the header and the export menu shows where the keyboard is', async ({
	page
}) => {
	await openMap(page);
	await page.locator('body').click({ position: { x: 1, y: 1 } });
	const ring = () =>
		page.evaluate(() => {
			const element = document.activeElement as HTMLElement;
			const style = getComputedStyle(element);
			return { name: element.textContent?.trim(), outline: style.outlineStyle };
		});
	// Tab from the top of the page (Title…, My maps, New map, Open…) to the export menu, open it,
	// and through its items.
	let seen: { name?: string; outline: string }[] = [];
	for (let i = 0; i < 6; i++) {
		await page.keyboard.press('Tab');
		seen.push(await ring());
	}
	expect(seen.map((s) => s.name)).toContain('Export');
	for (const control of seen) expect(control.outline, control.name).not.toBe('none');
	while ((await ring()).name !== 'Export') await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Enter');
	seen = [];
	for (const item of await page.locator('[data-export]').all()) {
		await page.keyboard.press('Tab');
		await expect(item).toBeFocused();
		seen.push(await ring());
	}
	expect(seen.length).toBeGreaterThan(2);
	for (const control of seen) expect(control.outline, control.name).not.toBe('none');
});
