import { card, cards, debate, expect, openMap, test, showTools } from './fixtures';

const panel = (page: import('@playwright/test').Page) =>
	page.getByRole('complementary', { name: 'Selected claim' });

test('every card says whether it stands, in words and a mark as well as colour', async ({
	page
}) => {
	await openMap(page);
	await expect(page.locator('.map [data-standing]')).toHaveCount(debate.claims.length);
	await expect(card(page, 'renew-long-term')).toHaveAttribute('data-standing', 'in');
	await expect(card(page, 'kratsios-terminate')).toHaveAttribute('data-standing', 'out');
	await expect(card(page, 'kratsios-terminate')).toHaveAttribute('aria-label', /Falls 0\.\d\d/);
	await showTools(page);
	await expect(page.getByRole('region', { name: 'Legend' })).toContainText('stands (in)');

	await page.getByRole('checkbox', { name: 'Show which claims stand' }).uncheck();
	await expect(page.locator('.map [data-standing]')).toHaveCount(0);
	await expect.poll(() => page.url()).toContain('standing=off');
	await page.goBack();
	await expect(page.locator('.map [data-standing]')).toHaveCount(debate.claims.length);
});

test('the panel explains a label in plain words', async ({ page }) => {
	await openMap(page, '/?claim=kratsios-terminate');
	const standing = panel(page).getByRole('region', { name: 'Does it stand?' });
	await expect(standing).toContainText('Falls');
	await expect(standing).toContainText(/out: rebutted by “.+”, which stands/);
});

test('a what-if changes labels, highlights what changed, travels in the link and resets', async ({
	page,
	browser
}) => {
	await openMap(page, '/?claim=kratsios-ip-failed');
	await expect(card(page, 'former-official-adjustments')).toHaveAttribute('data-standing', 'out');
	await panel(page).getByRole('radio', { name: 'Reject' }).check();
	await expect(card(page, 'former-official-adjustments')).toHaveAttribute('data-standing', 'in');
	await expect(card(page, 'former-official-adjustments')).toHaveClass(/changed/);
	await expect(card(page, 'kratsios-ip-failed')).toHaveClass(/changed/);
	// Feinerman's position neither depends on the rejected claim nor changes.
	await expect(card(page, 'feinerman-presence')).not.toHaveClass(/changed/);
	await expect(page.getByRole('status').filter({ hasText: 'What-if' })).toContainText('1 rejected');
	await expect.poll(() => page.url()).toContain('reject=kratsios-ip-failed');

	// The base score slider is part of the what-if too.
	await panel(page).getByRole('radio', { name: 'As argued' }).check();
	await panel(page).getByRole('slider').fill('0.9');
	await expect.poll(() => page.url()).toContain('base=kratsios-ip-failed:0.9');
	await expect(panel(page)).toContainText('Base score 0.90');

	const link = page.url();
	const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	const other = await fresh.newPage();
	await openMap(other, link);
	await expect(other.getByRole('status').filter({ hasText: 'What-if' })).toContainText(
		'1 base score set'
	);
	await fresh.close();

	await page.getByRole('button', { name: 'Reset what-if' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'What-if' })).toHaveCount(0);
	await expect(page.locator('.map .card.changed')).toHaveCount(0);
	await expect.poll(() => page.url()).not.toContain('base=');
});

test('the report lists cruxes and unanswered attacks, and its claims open on the map', async ({
	page
}) => {
	await openMap(page);
	await page.getByRole('button', { name: 'Report', exact: true }).click();
	const report = page.locator('article[data-view="report"]');
	await expect(report.getByRole('heading', { name: 'Cruxes' })).toBeVisible();
	await expect(report.locator('[data-crux="kratsios-ip-failed"]')).toContainText(
		/flips “Renew with adjustments.*” from falls to stands/
	);
	await expect(report.locator('[data-crux="kivelson-quantum"]')).toBeVisible();
	await expect(report.getByRole('heading', { name: 'Against the resolution' })).toBeVisible();
	await expect(report).toContainText('Attacks left unanswered');

	await report
		.locator('[data-crux="kratsios-ip-failed"]')
		.getByRole('button', { name: 'Try rejecting it' })
		.click();
	await expect(page.getByRole('status').filter({ hasText: 'What-if' })).toContainText('1 rejected');
	await expect(report).toContainText('This report includes your what-if');

	await report
		.locator('[data-crux="kivelson-quantum"] [data-report-claim="kivelson-quantum"]')
		.click();
	await expect(page.locator('main')).toHaveAttribute('data-view', 'map');
	await expect(card(page, 'kivelson-quantum')).toHaveAttribute('data-selected', 'true');
	await expect(cards(page)).toHaveCount(debate.claims.length);
});
