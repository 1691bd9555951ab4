import type { Page } from '@playwright/test';
import { card, cards, debate, expect, openMap, test } from './fixtures';

const dialog = (page: Page) => page.locator('[data-import-dialog]');

/** Opens a pasted text through the import dialog. */
async function paste(page: Page, text: string, format = '') {
	await page.getByRole('button', { name: 'Open…' }).click();
	if (format) await dialog(page).getByLabel('Format').selectOption(format);
	await dialog(page).getByRole('textbox').fill(text);
	await dialog(page).getByRole('button', { name: 'Open pasted text' }).click();
}

/** Records every Content Security Policy violation the page reports, from its first byte. */
async function recordViolations(page: Page) {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __violations: string[] }).__violations = seen;
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(
				`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`
			)
		);
	});
	return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test('every page carries a Content Security Policy, and the app runs under it without a violation', async ({
	page
}) => {
	const violations = await recordViolations(page);
	for (const path of ['/', `/debates/${debate.id}`]) {
		await openMap(page, path);
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(policy).toBeTruthy();
		const directives = new Map(
			policy!.split(';').map((d) => {
				const [name, ...values] = d.trim().split(/\s+/);
				return [name!, values] as const;
			})
		);
		expect(directives.get('object-src')).toEqual(["'none'"]);
		expect(directives.get('base-uri')).toEqual(["'none'"]);
		expect(directives.get('default-src')).toEqual(["'self'"]);
		const scripts = directives.get('script-src')!;
		expect(scripts).not.toContain("'unsafe-inline'");
		expect(scripts).not.toContain("'unsafe-eval'");
		expect(scripts.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'"]);
		expect(directives.get('style-src')).not.toContain("'unsafe-inline'");
	}

	// Hover a card (its peek is placed by style properties), then select it.
	const claim = debate.claims[1]!.id;
	await card(page, claim).hover();
	await card(page, claim).click();
	await expect(card(page, claim)).toHaveAttribute('data-selected', 'true');

	// Export the map as pictures (PNG draws the SVG through a blob: image).
	for (const format of ['svg', 'png']) {
		await page.getByText('Export', { exact: true }).click();
		const download = page.waitForEvent('download');
		await page.locator(`[data-export="${format}"]`).click();
		expect((await download).suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
	}

	// The brief, on screen and as it prints.
	await page.getByRole('button', { name: 'Brief', exact: true }).click();
	await expect(page.locator('article[data-view="brief"]')).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('article[data-view="brief"]')).toBeVisible();
	await page.emulateMedia({ media: 'screen' });

	// Open a file: it is read and laid out in a Web Worker.
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await page.getByRole('button', { name: 'Map', exact: true }).click();
	await page.getByRole('button', { name: 'Open…' }).click();
	await dialog(page)
		.locator('input[type=file]')
		.setInputFiles('tests/fixtures/io/kialo/crlf-market.txt');
	await expect(page.locator('[data-imported]')).toContainText('Opened crlf-market.txt');
	await expect(cards(page)).toHaveCount(5);
	expect(workers.some((url) => url.includes('open-worker'))).toBe(true);

	expect(await violations()).toEqual([]);
});

test('the reproducer: a javascript: source link in Crux JSON is refused, and no such link is drawn', async ({
	page
}) => {
	await openMap(page);
	await paste(
		page,
		'{"id":"x","title":"t","sources":[{"id":"s","title":"t","url":"javascript:window.__pwned=1"}],"claims":[{"id":"c","text":"x","source":"s"}]}',
		'json'
	);
	await expect(dialog(page).locator('[data-import-errors] li')).toHaveText([
		'pasted text:1:56: $.sources[0].url: a link must start with http:// or https://, not javascript:'
	]);
	await dialog(page).getByRole('button', { name: 'Close' }).click();
	await expect(cards(page)).toHaveCount(debate.claims.length);
	await expect(card(page, 'c')).toHaveCount(0);
	await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
});

test('a javascript: link in Argdown is dropped with a warning; the source stays, unlinked', async ({
	page
}) => {
	await openMap(page);
	await paste(
		page,
		[
			'===',
			'title: "t"',
			'sources: [{"id": "s", "title": "The article", "url": "JaVaScRiPt:window.__pwned=1"}, {"id": "w", "title": "The web page", "url": "https://example.com/page"}]',
			'===',
			'',
			'[r]: The resolution.',
			'  + [c]: x {"source": "s"}',
			'  + [d]: y {"source": "w"}'
		].join('\n')
	);
	await expect(dialog(page).locator('[data-import-warnings]')).toContainText(
		'frontmatter sources[0].url: a link must start with http:// or https://, not javascript:: the link is dropped'
	);
	await page.getByRole('button', { name: 'Show the map' }).click();
	await card(page, 'c').click();
	const panel = page.getByRole('complementary', { name: 'Selected claim' });
	await expect(panel).toContainText('The article');
	await expect(panel.getByRole('link', { name: 'The article' })).toHaveCount(0);
	await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
	await card(page, 'd').click();
	await expect(panel.getByRole('link', { name: 'The web page' })).toHaveAttribute(
		'href',
		'https://example.com/page'
	);
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
	).toBeUndefined();
});

test('after an import with warnings the dialog says the map opened and offers the way to it', async ({
	page
}) => {
	await openMap(page);
	await page.getByRole('button', { name: 'Open…' }).click();
	// Two claims that support or rebut nothing: a warning names the one taken as the resolution.
	await dialog(page).getByRole('textbox').fill('[A]: First claim.\n\n[B]: Second claim.');
	await dialog(page).getByRole('button', { name: 'Open pasted text' }).click();
	await expect(dialog(page).locator('[data-import-opened]')).toContainText(
		'pasted text opened: the map is on screen behind this dialog'
	);
	await expect(dialog(page).locator('[data-import-warnings] li')).not.toHaveCount(0);
	const show = dialog(page).getByRole('button', { name: 'Show the map' });
	await expect(show).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(dialog(page)).not.toBeVisible();
	await expect(page.locator('[data-imported]')).toContainText('Opened pasted text');
	await expect(cards(page)).toHaveCount(2);
});

for (const stored of ['5', '{"x":"<b>x</b>"}', '{"tried":1e308,"right":"<b>x</b>"}']) {
	test(`a corrupted practice tally (${stored}) is dropped with a notice and never shown`, async ({
		page
	}) => {
		const key = `crux:practice:${debate.id}:affirmative`;
		await page.addInitScript(
			([key, value]) => {
				// Only before the first load: the test then reads what the app left.
				if (!sessionStorage.getItem('seeded')) {
					localStorage.setItem(key!, value!);
					sessionStorage.setItem('seeded', '1');
				}
			},
			[key, stored]
		);
		await openMap(page, '/?view=practice');
		await expect(page.locator('[data-tally]')).toHaveText(/^\s*0 of 0 anticipated\s*$/);
		await expect(page.locator('[data-notice="dropped"]')).toContainText(
			'Removed unreadable data kept in this browser: the practice tally was unreadable'
		);
		const text = await page.locator('body').innerText();
		expect(text).not.toContain('<b>');
		expect(text).not.toMatch(/1e\+?308|Infinity|NaN|undefined/);
		expect(await page.evaluate((key) => localStorage.getItem(key), key)).toBeNull();

		// Dismissed, it stays gone on the next load: the bad value was removed.
		await page.locator('[data-notice="dropped"]').getByRole('button', { name: 'Dismiss' }).click();
		await page.reload();
		await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
		await expect(page.locator('[data-notice="dropped"]')).toHaveCount(0);
	});
}

test('a well-formed practice tally still shows', async ({ page }) => {
	await page.addInitScript(
		(key) => localStorage.setItem(key, '{"tried":4,"right":3}'),
		`crux:practice:${debate.id}:affirmative`
	);
	await openMap(page, '/?view=practice');
	await expect(page.locator('[data-tally]')).toContainText('3 of 4 anticipated');
	await expect(page.locator('[data-notice="dropped"]')).toHaveCount(0);
});
