import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { countCrossings, countOverlaps, layoutDebate } from '../src/lib/layout/index';
import { buildGraph, type ArgumentGraph } from '../src/lib/model/graph';
import { parseDebateJson } from '../src/lib/model/parse';
import { generateDebate } from '../tests/support/generate';
import { layeredLayout } from '../tests/support/layered';
import { measurePageLoad } from './bench/page-load';

/**
 * `npm run bench`: measured figures, printed as tables. Nothing here asserts anything (timings
 * depend on the machine); the tests hold the limits. To add figures, append a `section(...)`
 * call at the end: its function returns rows (objects of the same keys) or a string saying why it
 * was skipped.
 */

type Row = Record<string, string | number>;
type Result = Row[] | string;

const sections: { name: string; run: () => Result | Promise<Result> }[] = [];

function section(name: string, run: () => Result | Promise<Result>) {
	sections.push({ name, run });
}

/** Median wall time of `runs` calls, after one warm-up call. */
function medianMs(runs: number, fn: () => unknown): number {
	fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		fn();
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)]!;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const size = (bounds: { width: number; height: number }) =>
	`${Math.round(bounds.width)} x ${Math.round(bounds.height)}`;

function print(name: string, result: Result) {
	console.log(`\n${name}`);
	if (typeof result === 'string') {
		console.log(`  skipped: ${result}`);
		return;
	}
	if (!result.length) return;
	const keys = Object.keys(result[0]!);
	const cells = [keys, ...result.map((row) => keys.map((k) => String(row[k] ?? '')))];
	const widths = keys.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
	cells.forEach((row, r) => {
		console.log(`  ${row.map((cell, c) => cell.padEnd(widths[c]!)).join('  ')}`.trimEnd());
		if (r === 0) console.log(`  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
	});
}

// --- Layout ------------------------------------------------------------------------------------

const BUNDLED = 'data/debates/sta-renewal.json';

function bundledGraph(): ArgumentGraph | string {
	if (!existsSync(BUNDLED)) return `${BUNDLED} does not exist yet`;
	const parsed = parseDebateJson(readFileSync(BUNDLED, 'utf8'));
	if (!parsed.ok) return `${BUNDLED} does not parse (${parsed.errors.length} errors)`;
	return buildGraph(parsed.debate);
}

section(`Layout of the bundled debate (${BUNDLED}), median of 21 runs`, () => {
	const graph = bundledGraph();
	if (typeof graph === 'string') return graph;
	const time = medianMs(21, () => layoutDebate(graph));
	const layout = layoutDebate(graph);
	const ours = countCrossings(layout);
	const dagre = countCrossings(layeredLayout(graph));
	return [
		{
			claims: graph.claims.size,
			relations: graph.relations.size,
			time: ms(time),
			overlaps: countOverlaps(layout.nodes),
			crossings: ours,
			'dagre crossings': dagre,
			'ratio (ours / dagre)': dagre ? (ours / dagre).toFixed(2) : ours ? 'inf' : '0 / 0',
			'size (px)': size(layout.bounds),
			'dagre size (px)': size(layeredLayout(graph).bounds)
		}
	];
});

section('Layout of generated debates (tests/support/generate.ts, seed 1)', () =>
	[100, 500, 1500].map((n) => {
		const graph = buildGraph(generateDebate(n, 1));
		const runs = n <= 100 ? 11 : n <= 500 ? 5 : 3;
		const time = medianMs(runs, () => layoutDebate(graph));
		const layout = layoutDebate(graph);
		return {
			claims: n,
			relations: graph.relations.size,
			runs,
			'time (median)': ms(time),
			overlaps: countOverlaps(layout.nodes),
			crossings: countCrossings(layout),
			'size (px)': size(layout.bounds)
		};
	})
);

// --- First load in the browser ------------------------------------------------------------------

section('First load of the map (production build, headless Chromium, 5 loads)', async () => {
	const loads = await measurePageLoad(5);
	const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
	return loads
		.map((load, i): Row => ({
			load: i + 1,
			'JS files': load.jsFiles,
			'JS gzipped': `${load.jsGzipKB.toFixed(1)} KB (budget 80)`,
			'tasks over 50 ms': load.longTasks.length,
			'longest task': load.longTasks.length ? ms(load.maxTaskMs) : 'none over 50 ms',
			'first contentful paint': ms(load.fcpMs)
		}))
		.concat([
			{
				load: 'median',
				'JS files': median(loads.map((l) => l.jsFiles)),
				'JS gzipped': `${median(loads.map((l) => l.jsGzipKB)).toFixed(1)} KB`,
				'tasks over 50 ms': median(loads.map((l) => l.longTasks.length)),
				'longest task': ms(median(loads.map((l) => l.maxTaskMs))),
				'first contentful paint': ms(median(loads.map((l) => l.fcpMs)))
			}
		]);
});

// --- Run ---------------------------------------------------------------------------------------

for (const { name, run } of sections) {
	try {
		print(name, await run());
	} catch (error) {
		print(name, `failed: ${error instanceof Error ? error.message : String(error)}`);
	}
}
