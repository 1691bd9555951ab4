import { spawn, execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { MEASURE } from '../../src/lib/view/turns';

/**
 * What a reader's browser pays on first load: gzipped JavaScript fetched, main-thread long tasks
 * (the Long Tasks API reports every task over 50 ms) and first contentful paint. Measured on the
 * production build served by `vite preview`, in headless Chromium.
 */
export interface PageLoadFigures {
	jsFiles: number;
	jsGzipKB: number;
	longTasks: number[];
	maxTaskMs: number;
	fcpMs: number;
	/** The time of each turn the page hydrates in (src/lib/view/turns.ts), by name. */
	turns: Record<string, number>;
}

const PORT = 4319;
const ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export async function measurePageLoad(runs = 5): Promise<PageLoadFigures[]> {
	execSync('npx vite build', { stdio: 'ignore' });
	const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
		stdio: 'ignore',
		detached: true
	});
	try {
		await waitFor(`http://localhost:${PORT}/`);
		const browser = await chromium.launch({
			executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
			args: ARGS
		});
		const figures: PageLoadFigures[] = [];
		for (let run = 0; run < runs; run++) {
			const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
			const page = await context.newPage();
			await page.addInitScript(() => {
				const w = window as unknown as { __longTasks: number[] };
				w.__longTasks = [];
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
				}).observe({ type: 'longtask', buffered: true });
			});
			await page.goto(`http://localhost:${PORT}/`, { waitUntil: 'load' });
			await page.locator('.map [data-claim-id]').first().waitFor();
			await page.waitForTimeout(1000);
			const { longTasks, fcp, scripts, turns } = await page.evaluate(
				(prefix) => ({
					longTasks: (window as unknown as { __longTasks: number[] }).__longTasks,
					fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
					scripts: performance
						.getEntriesByType('resource')
						.map((entry) => new URL(entry.name).pathname)
						.filter((path) => path.endsWith('.js')),
					turns: Object.fromEntries(
						performance
							.getEntriesByType('measure')
							.filter((entry) => entry.name.startsWith(prefix))
							.map((entry) => [entry.name.slice(prefix.length), entry.duration])
					)
				}),
				MEASURE
			);
			// The scripts are read from the build, not from the responses: asking the browser for
			// response bodies while the page loads would compete with the load being measured.
			const bodies = scripts.map((path) => readFileSync(`build${path}`));
			figures.push({
				jsFiles: bodies.length,
				jsGzipKB: bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0) / 1024,
				longTasks,
				maxTaskMs: Math.max(0, ...longTasks),
				fcpMs: fcp,
				turns
			});
			await context.close();
		}
		await browser.close();
		return figures;
	} finally {
		if (server.pid) process.kill(-server.pid);
	}
}

async function waitFor(url: string, timeoutMs = 30_000) {
	const start = Date.now();
	while (Date.now() - start < timeoutMs) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}
