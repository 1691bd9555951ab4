import { readFileSync } from 'node:fs';
import { card, debate, expect, openMap, test } from './fixtures';

test('the speakers view shows each voice, its names, claims and whom it supports and rebuts', async ({
	page
}) => {
	await openMap(page);
	await page.getByRole('button', { name: 'Speakers', exact: true }).click();
	const view = page.locator('article[data-view="speakers"]');
	const kratsios = view.locator('[data-speaker-id="kratsios"]');
	await expect(kratsios.getByRole('heading')).toHaveText('Michael Kratsios');
	await expect(kratsios).toContainText('Also named: Krashas');
	await expect(kratsios.locator('[data-claim-id]')).toHaveCount(
		debate.claims.filter((c) => c.speaker === 'kratsios').length
	);
	await expect(view.locator('[data-speaker-id="kivelson"]')).toContainText(
		'Rebuts Michael Kratsios'
	);
	await expect(page).toHaveURL(/view=speakers/);
	await kratsios.locator('[data-claim-id="kratsios-signal"] button').click();
	await expect(card(page, 'kratsios-signal')).toHaveAttribute('data-selected', 'true');
});

test('the timeline runs from 1977 to the later extension, each event linked to its claims', async ({
	page
}) => {
	await openMap(page, '/?view=timeline');
	const events = page.locator('article[data-view="timeline"] [data-event-id]');
	// The view loads its code when first shown: its events are read once they are there.
	await expect(events.first()).toBeVisible();
	const dates = await events
		.locator('time')
		.evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
	expect(dates.length).toBeGreaterThanOrEqual(12);
	expect(dates).toEqual([...dates].sort());
	expect(dates[0]).toBe('1977');
	await expect(events.last()).toContainText('later development');
	await expect(events.filter({ hasText: 'The agreement is signed' })).toContainText('1979');
	await events
		.filter({ hasText: 'Cooperation is shelved' })
		.locator('[data-claim-id="sta-shelved-1989"] button')
		.click();
	await expect(card(page, 'sta-shelved-1989')).toHaveAttribute('data-selected', 'true');
});

test('the map view exports as SVG and PNG, as it is on screen', async ({ page }) => {
	await openMap(page, '/?side=negative');
	const shown = await page.locator('.map [data-claim-id]').count();
	expect(shown).toBeLessThan(debate.claims.length);
	for (const [kind, check] of [
		[
			'svg',
			(bytes: Buffer) => {
				const text = bytes.toString('utf8');
				return (
					text.startsWith('<?xml') &&
					(text.match(/data-claim-id=/g)?.length ?? 0) === shown &&
					text.includes('stroke:')
				);
			}
		],
		[
			'png',
			(bytes: Buffer) => bytes.subarray(1, 4).toString('latin1') === 'PNG' && bytes.length > 10_000
		]
	] as const) {
		await page.getByText('Export', { exact: true }).click();
		const download = page.waitForEvent('download');
		await page.locator(`[data-export="${kind}"]`).click();
		const file = await download;
		expect(file.suggestedFilename()).toBe(`sta-renewal-map.${kind}`);
		expect(check(readFileSync((await file.path())!)), `${kind} export`).toBe(true);
	}
});
