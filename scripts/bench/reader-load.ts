import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, debianChromium } from '../../tests/support/chromium';
import { waitFor } from './page-load';

/**
 * First loads as a reader's browser makes them: no DevTools session on the page.
 *
 * Why apart from the Playwright loads: Playwright drives a page through a DevTools session that
 * reports each request, frame and console call to the test process, and on a machine of few cores
 * that work competes with the page's main thread. Here headless Chromium opens each load in a new
 * tab through its HTTP endpoint, which attaches nothing to the page, and the page reports its own
 * figures with a beacon. Each tab gets a renderer process of its own, as a new tab does for a reader.
 */
export interface ReaderLoad {
	/** Every main-thread task over 50 ms (the Long Tasks API), in ms. */
	longTasks: number[];
	/** What ran in each of them (the longest script's invoker, or "no script"), and when it began. */
	causes: string[];
	fcpMs: number;
	/** The workspace took the page over (`.app[data-ready="true"]`). */
	ready: boolean;
}

const SERVER_PORT = Number(process.env.CRUX_BENCH_PORT ?? 4319) + 1;
const DEVTOOLS_PORT = SERVER_PORT + 1;
/** A deliberate task this long in each control load: the probe must report every one of them. */
export const CONTROL_TASK_MS = 60;

// Runs first in <head>, so its buffered observers see every task of the load. A long task's cause
// is the longest script that ran in it (from the Long Animation Frames API), named by its invoker;
// a task where no script ran is the browser's own: parsing, style, layout or paint.
const PROBE = `<script>(() => {
	const tasks = [], scripts = [];
	new PerformanceObserver((l) => { for (const e of l.getEntries()) tasks.push(e); })
		.observe({ type: "longtask", buffered: true });
	new PerformanceObserver((l) => { for (const e of l.getEntries()) scripts.push(...e.scripts); })
		.observe({ type: "long-animation-frame", buffered: true });
	const cause = (t) => {
		const inside = scripts.filter((s) => s.startTime >= t.startTime - 1 && s.startTime + s.duration <= t.startTime + t.duration + 1);
		if (!inside.length) return "no script";
		const top = inside.reduce((a, b) => (b.duration > a.duration ? b : a));
		return top.invoker.replace(location.origin, "").replace(/\\.[\\w-]{8}\\.js/, ".js");
	};
	addEventListener("load", () => setTimeout(() => {
		const paint = performance.getEntriesByName("first-contentful-paint")[0];
		navigator.sendBeacon("/__report", JSON.stringify({
			longTasks: tasks.map((t) => t.duration),
			causes: tasks.map((t) => cause(t) + " at " + Math.round(t.startTime) + " ms"),
			fcpMs: paint ? paint.startTime : NaN,
			ready: !!document.querySelector('.app[data-ready="true"]')
		}));
	}, 1500));
})()</script>`;
const CONTROL = `<script>setTimeout(()=>{const t=performance.now();while(performance.now()-t<${CONTROL_TASK_MS});})</script>`;

const TYPES: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.png': 'image/png'
};

/**
 * `runs` loads of the build's root page, then `controls` loads of the same page with a deliberate
 * long task in it. `build` must hold a production build.
 */
export async function measureReaderLoads(
	runs: number,
	controls: number,
	build = 'build'
): Promise<{ loads: ReaderLoad[]; controls: ReaderLoad[] }> {
	let report: ((load: ReaderLoad) => void) | undefined;
	const server = serve(build, (load) => report?.(load));
	const profile = mkdtempSync(join(tmpdir(), 'crux-bench-'));
	const browser = spawn(
		debianChromium ?? chromium.executablePath(),
		[
			'--headless',
			...CHROMIUM_ARGS,
			'--window-size=1440,900',
			`--remote-debugging-port=${DEVTOOLS_PORT}`,
			`--user-data-dir=${profile}`,
			'about:blank'
		],
		// A group of its own, so that its helper processes stop with it.
		{ stdio: 'ignore', detached: true }
	);
	try {
		await waitFor(`http://127.0.0.1:${DEVTOOLS_PORT}/json/version`);
		const load = async (path: string) => {
			const reported = new Promise<ReaderLoad>((resolve) => (report = resolve));
			const url = `http://localhost:${SERVER_PORT}${path}`;
			const tab = (await (
				await fetch(`http://127.0.0.1:${DEVTOOLS_PORT}/json/new?${url}`, { method: 'PUT' })
			).json()) as { id: string };
			let timer: ReturnType<typeof setTimeout> | undefined;
			const timeout = new Promise<never>((_, reject) => {
				timer = setTimeout(() => reject(new Error(`${url} sent no report within 15 s`)), 15_000);
			});
			try {
				return await Promise.race([reported, timeout]);
			} finally {
				clearTimeout(timer);
				await fetch(`http://127.0.0.1:${DEVTOOLS_PORT}/json/close/${tab.id}`);
				// Let the closed tab's renderer exit before the next load starts.
				await new Promise((resolve) => setTimeout(resolve, 300));
			}
		};
		const loads: ReaderLoad[] = [];
		for (let run = 0; run < runs; run++) loads.push(await load('/'));
		const controlLoads: ReaderLoad[] = [];
		for (let run = 0; run < controls; run++) controlLoads.push(await load('/?control'));
		return { loads, controls: controlLoads };
	} finally {
		// The profile is removed once Chromium has exited; its helpers may still be writing to it for
		// a moment, hence the retries.
		const exited = new Promise((resolve) => browser.once('exit', resolve));
		if (browser.exitCode === null && browser.pid) {
			process.kill(-browser.pid);
			await exited;
		}
		server.close();
		rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
	}
}

/** The build as a static host serves it, with the probe in each page (and the control's task). */
function serve(build: string, onReport: (load: ReaderLoad) => void): Server {
	return createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		if (request.method === 'POST' && url.pathname === '/__report') {
			let body = '';
			request.on('data', (chunk) => (body += chunk));
			request.on('end', () => {
				response.end();
				onReport(JSON.parse(body) as ReaderLoad);
			});
			return;
		}
		// A reader's first load has no service worker yet; with one, every later load of the bench
		// would come from its cache (and lose the control's task), so the bench serves none.
		if (url.pathname === '/sw.js') {
			response.writeHead(404).end();
			return;
		}
		const path = join(build, decodeURIComponent(url.pathname));
		const file = [path, `${path}.html`, join(path, 'index.html')].find(
			(candidate) => existsSync(candidate) && statSync(candidate).isFile()
		);
		if (!file) {
			response.writeHead(404).end();
			return;
		}
		let body: string | Buffer = readFileSync(file);
		if (file.endsWith('.html')) {
			const scripts = PROBE + (url.searchParams.has('control') ? CONTROL : '');
			body = body.toString().replace('<head>', `<head>${scripts}`);
		}
		response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		response.end(body);
	}).listen(SERVER_PORT);
}
