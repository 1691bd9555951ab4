import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { card, expect, openMap, test } from './fixtures';

/** The text of a PDF, by poppler's pdftotext (CI installs it; elsewhere the check is skipped). */
function pdfText(pdf: Buffer): string | null {
	if (!existsSync('/usr/bin/pdftotext')) return null;
	const file = join(mkdtempSync(join(tmpdir(), 'crux-')), 'brief.pdf');
	writeFileSync(file, pdf);
	return execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

const brief = (page: import('@playwright/test').Page) => page.locator('article[data-view="brief"]');

test('the brief opens from the map for each side, lists what to cite, answer and attack', async ({
	page
}) => {
	await openMap(page);
	await page.getByRole('button', { name: /Brief/ }).click();
	await expect(brief(page)).toBeVisible();
	await expect(page).toHaveURL(/view=brief/);
	await expect(brief(page).getByRole('heading', { level: 2 })).toContainText(
		'Brief for the affirmative'
	);
	// Our case: the affirmative positions, each with a quote to cite.
	for (const id of ['feinerman-presence', 'former-official-adjustments', 'michelson-engagement']) {
		await expect(brief(page).locator(`[data-claim-id="${id}"]`).first()).toBeVisible();
	}
	await expect(brief(page).locator('q').first()).toBeVisible();
	// What we must answer, unanswered ones flagged.
	const answer = brief(page).getByRole('region', { name: 'What we must answer' });
	await expect(answer.locator('[data-claim-id="bouey-boundaries"]').first()).toBeVisible();
	await expect(answer.locator('.unanswered').first()).toContainText('Unanswered on the map');

	await brief(page).getByRole('combobox').selectOption('negative');
	await expect(page).toHaveURL(/brief=negative/);
	await expect(brief(page).getByRole('heading', { level: 2 })).toContainText(
		'Brief for the negative'
	);
	await expect(brief(page).locator('[data-claim-id="kratsios-terminate"]').first()).toBeVisible();
	const ours = brief(page).getByRole('region', { name: 'Our attacks on their case' });
	await expect(ours.locator('[data-claim-id="kratsios-terminate"]').first()).toBeVisible();
	await expect(
		brief(page)
			.getByRole('region', { name: 'What we must answer' })
			.locator('[data-claim-id="kivelson-quantum"]')
			.first()
	).toBeVisible();

	// A claim in the brief opens on the map.
	await brief(page).locator('[data-claim-id="kratsios-signal"] button').first().click();
	await expect(card(page, 'kratsios-signal')).toHaveAttribute('data-selected', 'true');
});

test('a brief’s link reopens it, position briefs included', async ({ page }) => {
	await openMap(page, '/debates/sta-renewal?view=brief&brief=former-official-adjustments');
	await expect(brief(page).getByRole('heading', { level: 2 })).toContainText(
		'position of Former senior State Department official'
	);
	await expect(brief(page).locator('[data-claim-id="kratsios-ip-failed"]').first()).toBeVisible();
});

test('the brief prints without controls, sections on their own pages', async ({ page }) => {
	await openMap(page, '/?view=brief&brief=affirmative');
	await page.emulateMedia({ media: 'print' });
	await expect(brief(page).getByRole('button', { name: 'Print' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
	await expect(page.getByRole('searchbox')).toBeHidden();
	await expect(brief(page).locator('q').first()).toBeVisible();
	for (const format of ['A4', 'Letter'] as const) {
		const pdf = await page.pdf({ format, printBackground: false });
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
		// Our case, what we must answer, our attacks and the sources each start a page.
		expect(pages, `${format} pages`).toBeGreaterThanOrEqual(4);
		expect(pages, `${format} pages`).toBeLessThan(30);
		const text = pdfText(pdf);
		if (text !== null) {
			const flat = text.replace(/\s+/g, ' ');
			expect(flat).toContain('Brief for the affirmative');
			expect(flat).toContain('What we must answer');
			expect(flat).toContain('Our attacks on their case');
			expect(flat).toContain('Steven Kivelson');
			expect(flat).toContain('Unanswered on the map'.toUpperCase());
			expect(flat).not.toContain('Copy as text');
			expect(flat).not.toContain('Search claims');
		}
	}
});
