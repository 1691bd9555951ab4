import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';

/** Every page must load without a console error or an uncaught exception. */
export const test = base.extend<{ problems: string[] }>({
	problems: [
		async ({ page }, use) => {
			const problems: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') problems.push(`console: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
			await use(problems);
			expect(problems, 'console errors and uncaught exceptions').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

export interface BundledDebate {
	id: string;
	resolution?: string;
	claims: {
		id: string;
		text: string;
		title?: string;
		speaker?: string;
		quote?: string;
		topics?: string[];
	}[];
	relations: { id: string; from: string; to: string; kind: string }[];
	speakers: { id: string; name: string }[];
}

export const debate: BundledDebate = JSON.parse(
	readFileSync(new URL('../../data/debates/sta-renewal.json', import.meta.url), 'utf8')
);

/** Opens a page and waits until it shows the view its address asks for and answers input. */
export async function openMap(page: Page, path = '/') {
	await page.goto(path);
	await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
}

export const card = (page: Page, id: string) => page.locator(`.map [data-claim-id="${id}"]`);
export const cards = (page: Page) => page.locator('.map [data-claim-id]');

/** The centre of an element, in page pixels. */
export async function centreOf(page: Page, selector: string) {
	const box = await page.locator(selector).boundingBox();
	if (!box) throw new Error(`${selector} has no box`);
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Opens the filters and legend where they fold into a drawer (screens 901–1599 px wide). */
export async function showTools(page: Page) {
	await page.locator('#map-tools').waitFor({ state: 'attached' });
	const toggle = page.getByRole('button', { name: /^Filters and legend/ });
	if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') {
		await toggle.click();
	}
}
