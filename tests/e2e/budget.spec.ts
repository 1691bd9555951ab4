import { gzipSync } from 'node:zlib';
import { cards, expect, test } from './fixtures';

test('the first load ships at most 80 KB of gzipped JavaScript', async ({ page }) => {
	const scripts: Promise<Buffer>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') scripts.push(response.body());
	});
	await page.goto('/', { waitUntil: 'load' });
	await expect(cards(page).first()).toBeVisible();
	const bodies = await Promise.all(scripts);
	expect(bodies.length).toBeGreaterThan(0);
	const gzipped = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
	expect(gzipped / 1024).toBeLessThanOrEqual(80);
});
