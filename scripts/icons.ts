import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, debianChromium } from '../tests/support/chromium';

/**
 * `npx tsx scripts/icons.ts`: draws the installable app's icons (static/icon-192.png and
 * static/icon-512.png, named in static/app.webmanifest) from static/favicon.svg, so they
 * keep its design. Run again when the favicon changes.
 */
const svg = readFileSync('static/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: debianChromium, args: CHROMIUM_ARGS });
try {
	for (const size of [192, 512]) {
		const page = await browser.newPage({ viewport: { width: size, height: size } });
		await page.setContent(
			`<body style="margin:0;background:transparent">` +
				svg.replace('<svg ', `<svg width="${size}" height="${size}" `) +
				'</body>'
		);
		await page.screenshot({ path: `static/icon-${size}.png`, omitBackground: true });
		await page.close();
	}
} finally {
	await browser.close();
}
