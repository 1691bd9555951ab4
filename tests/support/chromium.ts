import { existsSync } from 'node:fs';

/**
 * Debian's Chromium where it is installed (Playwright cannot download its own browser on every
 * machine); `undefined` elsewhere, for Playwright's own browser.
 */
export const debianChromium = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

/** Chromium as the tests and the bench run it: no sandbox (containers), nothing in the background. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
