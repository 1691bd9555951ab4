import { spawn, execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, debianChromium } from '../../tests/support/chromium';

/**
 * What a reader's browser pays on first load: gzipped JavaScript fetched, main-thread long tasks
 * (the Long Tasks API reports every task over 50 ms) and first contentful paint. Measured on the
 * production build served by `vite preview`, in headless Chromium driven by Playwright, whose
 * DevTools session adds work of its own (reader-load.ts measures loads without one).
 */
export interface PageLoadFigures {
	jsFiles: number;
	jsGzipKB: number;
	longTasks: number[];
	maxTaskMs: number;
	fcpMs: number;
}

/**
 * A traced load's longest main-thread task: how long it took (wall), how much of that the main
 * thread ran (its CPU time), and how much CPU the browser's other threads and processes used
 * meanwhile. On a machine of few cores a short task waits while they run.
 */
export interface TracedTask {
	wallMs: number;
	cpuMs: number;
	othersCpuMs: number;
}

const PORT = Number(process.env.CRUX_BENCH_PORT ?? 4319);

/**
 * `runs` loads, then `tracedRuns` loads traced (Chromium's
 * `toplevel` category only, the lightest), for the CPU time of each load's longest task.
 */
export async function measurePageLoad(
	runs = 5,
	tracedRuns = 0
): Promise<{ loads: PageLoadFigures[]; traced: TracedTask[] }> {
	const stop = await servePreview();
	try {
		const browser = await chromium.launch({
			executablePath: debianChromium,
			args: CHROMIUM_ARGS
		});
		const figures: PageLoadFigures[] = [];
		for (let run = 0; run < runs; run++) {
			const context = await browser.newContext({
				viewport: { width: 1440, height: 900 },
				// Each load is a first visit: no service worker answers it from its cache.
				serviceWorkers: 'block'
			});
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
			const { longTasks, fcp, scripts } = await page.evaluate(() => ({
				longTasks: (window as unknown as { __longTasks: number[] }).__longTasks,
				fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
				scripts: performance
					.getEntriesByType('resource')
					.map((entry) => new URL(entry.name).pathname)
					.filter((path) => path.endsWith('.js'))
			}));
			// The scripts are read from the build, not from the responses: asking the browser for
			// response bodies while the page loads would compete with the load being measured.
			const bodies = scripts.map((path) => readFileSync(`build${path}`));
			figures.push({
				jsFiles: bodies.length,
				jsGzipKB: bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0) / 1024,
				longTasks,
				maxTaskMs: Math.max(0, ...longTasks),
				fcpMs: fcp
			});
			await context.close();
		}
		const traced: TracedTask[] = [];
		for (let run = 0; run < tracedRuns; run++) {
			const context = await browser.newContext({
				viewport: { width: 1440, height: 900 },
				// Each load is a first visit: no service worker answers it from its cache.
				serviceWorkers: 'block'
			});
			const page = await context.newPage();
			const session = await context.newCDPSession(page);
			const events: TraceEvent[] = [];
			session.on('Tracing.dataCollected', ({ value }) =>
				// Chromium's trace events, which the protocol's types leave untyped.
				events.push(...(value as unknown as TraceEvent[]))
			);
			const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
			await session.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel'] } });
			await page.goto(`http://localhost:${PORT}/`, { waitUntil: 'load' });
			await page.locator('.app[data-ready="true"]').waitFor();
			await session.send('Tracing.end');
			await complete;
			traced.push(longestTask(events));
			await context.close();
		}
		await browser.close();
		return { loads: figures, traced };
	} finally {
		stop();
	}
}

/** Builds the app and serves the build with `vite preview`; resolves, once it answers, to a stop. */
export async function servePreview(): Promise<() => void> {
	execSync('npx vite build', { stdio: 'ignore' });
	const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
		stdio: 'ignore',
		detached: true
	});
	const stop = () => {
		if (server.pid) process.kill(-server.pid);
	};
	try {
		await waitFor(`http://localhost:${PORT}/`);
	} catch (error) {
		stop();
		throw error;
	}
	return stop;
}

export interface TraceEvent {
	name: string;
	ph: string;
	pid: number;
	tid: number;
	ts: number;
	dur?: number;
	tdur?: number;
	args?: { name?: string };
}

/** Each thread's outermost tasks (a task may run others inside it), by thread. */
function tasksByThread(events: TraceEvent[]) {
	const threads = new Map<string, TraceEvent[]>();
	const sorted = events.filter((e) => e.ph === 'X' && e.dur).sort((a, b) => a.ts - b.ts);
	for (const event of sorted) {
		const key = `${event.pid}:${event.tid}`;
		const tasks = threads.get(key) ?? [];
		const last = tasks.at(-1);
		if (!last || event.ts >= last.ts + last.dur!) tasks.push(event);
		threads.set(key, tasks);
	}
	return threads;
}

export function longestTask(events: TraceEvent[]): TracedTask {
	const threads = tasksByThread(events);
	const cpu = (tasks: TraceEvent[]) => tasks.reduce((sum, task) => sum + (task.tdur ?? 0), 0);
	// The page's main thread: of the renderers' main threads, the one that worked the most.
	const renderers = events
		.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
		.map((e) => `${e.pid}:${e.tid}`);
	const main = renderers.sort((a, b) => cpu(threads.get(b) ?? []) - cpu(threads.get(a) ?? []))[0];
	const longest = (threads.get(main ?? '') ?? []).reduce<TraceEvent | undefined>(
		(top, task) => (top && top.dur! >= task.dur! ? top : task),
		undefined
	);
	if (!longest) throw new Error("The trace has no task on the page's main thread");
	const start = longest.ts;
	const end = start + longest.dur!;
	let othersCpu = 0;
	for (const [key, tasks] of threads) {
		if (key === main) continue;
		for (const task of tasks) {
			const overlap = Math.min(end, task.ts + task.dur!) - Math.max(start, task.ts);
			if (overlap > 0) othersCpu += ((task.tdur ?? 0) * overlap) / task.dur!;
		}
	}
	return {
		wallMs: longest.dur! / 1000,
		cpuMs: (longest.tdur ?? 0) / 1000,
		othersCpuMs: othersCpu / 1000
	};
}

export async function waitFor(url: string, timeoutMs = 30_000) {
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
