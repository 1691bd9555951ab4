import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { countCrossings, countOverlaps, layoutDebate } from '../src/lib/layout/index';
import { buildGraph, type ArgumentGraph } from '../src/lib/model/graph';
import { parseDebateJson } from '../src/lib/model/parse';
import type { Debate } from '../src/lib/model/schema';
import { generateDebate } from '../tests/support/generate';
import { layeredLayout } from '../tests/support/layered';
import { measurePageLoad, type TracedTask } from './bench/page-load';
import { CONTROL_TASK_MS, measureReaderLoads } from './bench/reader-load';
import { measureEditsInBrowser } from './bench/edit-in-browser';
import { measureLargeMaps, OPEN_TIMEOUT_MS } from './bench/large-maps';

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

/**
 * `--reader-loads N` (default 60): how many loads the reader's section makes; `--only WORDS`: run
 * only the sections whose name contains WORDS (e.g. `--only "Large maps"`).
 */
function parseArgs(args: string[]): { readerLoads: number; only: string | null } {
	const options = { readerLoads: 60, only: null as string | null };
	for (let i = 0; i < args.length; i += 2) {
		const [flag, value] = [args[i], args[i + 1]];
		if (flag === '--reader-loads' && value && /^[1-9]\d*$/.test(value))
			options.readerLoads = Number(value);
		else if (flag === '--only' && value) options.only = value;
		else {
			console.error(
				`npm run bench: expected no arguments, "-- --reader-loads N" (N a whole number, 1 or more) or "-- --only WORDS"; got "${args.join(' ')}"`
			);
			process.exit(1);
		}
	}
	return options;
}
const ARGS = parseArgs(process.argv.slice(2));

/** The middle value (the upper one of an even count). */
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** Median wall time of `runs` calls, after one warm-up call. */
function medianMs(runs: number, fn: () => unknown): number {
	fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		fn();
		times.push(performance.now() - start);
	}
	return median(times);
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

function bundledDebate(): Debate | string {
	if (!existsSync(BUNDLED)) return `${BUNDLED} does not exist yet`;
	const parsed = parseDebateJson(readFileSync(BUNDLED, 'utf8'));
	if (!parsed.ok) return `${BUNDLED} does not parse (${parsed.errors.length} errors)`;
	return parsed.debate;
}

function bundledGraph(): ArgumentGraph | string {
	const debate = bundledDebate();
	return typeof debate === 'string' ? debate : buildGraph(debate);
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

/** The value at or below which `share` of the values fall (nearest rank). */
const percentile = (values: number[], share: number) =>
	[...values].sort((a, b) => a - b)[Math.max(0, Math.ceil(share * values.length) - 1)]!;

/**
 * Total Blocking Time of a load: what its tasks held the main thread past 50 ms each, summed (a
 * 60 ms task blocks 10 ms). The Long Tasks API reports every task over 50 ms, so it is exact.
 */
const blockingMs = (longTasks: number[]) =>
	longTasks.reduce((sum, task) => sum + Math.max(0, task - 50), 0);

/** The columns both kinds of first load report: blocking time, long tasks and first paint. */
function firstLoadColumns(loads: { longTasks: number[]; fcpMs: number }[]): Row {
	const long = loads.filter((load) => load.longTasks.length);
	const tasks = long.flatMap((load) => load.longTasks).sort((a, b) => a - b);
	const blocking = loads.map((load) => blockingMs(load.longTasks));
	const paints = loads.map((load) => load.fcpMs);
	return {
		'TBT median, p90': `${ms(median(blocking))}, ${ms(percentile(blocking, 0.9))} (target 50)`,
		'loads with a task over 50 ms': `${long.length} of ${loads.length}`,
		'those tasks': tasks.length ? `${tasks.map((t) => t.toFixed(0)).join(', ')} ms` : 'none',
		'first contentful paint median, p90': `${ms(median(paints))}, ${ms(percentile(paints, 0.9))}`
	};
}

// Summed over many loads: on a shared machine a handful of loads cannot tell one build from another.
const LOADS = 20;
const TRACED_LOADS = 8;
let pageLoads: ReturnType<typeof measurePageLoad> | undefined;
const loadPage = () => (pageLoads ??= measurePageLoad(LOADS, TRACED_LOADS));
section(
	`First load of the map (production build, headless Chromium driven by Playwright, ${LOADS} loads)`,
	async () => {
		const { loads } = await loadPage();
		return [
			{
				loads: loads.length,
				'JS files': median(loads.map((l) => l.jsFiles)),
				'JS gzipped': `${median(loads.map((l) => l.jsGzipKB)).toFixed(1)} KB (budget 80)`,
				...firstLoadColumns(loads)
			}
		];
	}
);

// Whether a task passes 50 ms depends on the machine as much as on the page: a task waits while
// the browser's other threads and processes (its own main thread, compositing, compiling) hold
// the cores. The main thread's CPU time tells what the page asks of it.
section(`The longest task of each traced load (${TRACED_LOADS} more loads)`, async () => {
	const { traced } = await loadPage();
	const row = (what: string, pick: (task: TracedTask) => number) => {
		const values = traced.map(pick);
		return { what, median: ms(median(values)), slowest: ms(Math.max(...values)) };
	};
	return [
		row('wall time', (task) => task.wallMs),
		row('main-thread CPU time', (task) => task.cpuMs),
		row("other threads' CPU time meanwhile", (task) => task.othersCpuMs)
	];
});

// Playwright's DevTools session on the page adds work of its own to every load (see
// bench/reader-load.ts). These loads have none: the page as a reader's browser loads it. The
// control loads carry a deliberate long task, to show that the probe reports what there is.
// A task over 50 ms in one load in hundreds takes many loads to show, hence the flag.
const READER_LOADS = ARGS.readerLoads;
const CONTROL_LOADS = 3;
section(
	`First load as a reader's browser makes it (no DevTools session on the page, ${READER_LOADS} loads)`,
	async () => {
		await loadPage(); // builds the app
		const { loads, controls } = await measureReaderLoads(READER_LOADS, CONTROL_LOADS);
		const caught = controls.filter((load) => load.longTasks.some((t) => t >= CONTROL_TASK_MS));
		return [
			{
				loads: loads.length,
				'workspace ready': `${loads.filter((l) => l.ready).length} of ${loads.length}`,
				...firstLoadColumns(loads),
				'what ran in them': loads.flatMap((l) => l.causes).join(', ') || 'nothing',
				[`control: a ${CONTROL_TASK_MS} ms task reported`]: `${caught.length} of ${controls.length}`
			}
		];
	}
);

// --- Analysis: which claims stand ---------------------------------------------------------------

section('Analysis: grounded labels, preferred extensions, DF-QuAD, what-ifs', async () => {
	const analysis = await import('../src/lib/analysis/index');
	const { seededRandom } = await import('../tests/support/generate');
	// Finer than `ms`: several of these take well under a millisecond.
	const fine = (value: number) =>
		value < 1 ? `${Math.round(value * 1000)} µs` : `${value.toFixed(2)} ms`;
	const rows: Row[] = [];
	const add = (what: string, size: string, time: string, result: string | number = '') =>
		rows.push({ what, size, time, result });

	// Grounded labelling of 100,000 claims: a random attack graph (two attacks per claim on
	// average, with cycles), then a generated debate's graph; index and labelling apart.
	const n = 100_000;
	const random = seededRandom(11);
	const from = new Int32Array(2 * n);
	const to = new Int32Array(2 * n);
	for (let k = 0; k < 2 * n; k++) {
		from[k] = Math.floor(random() * n);
		to[k] = Math.floor(random() * n);
	}
	const framework = analysis.attackFramework(n, from, to);
	const randomLabels = analysis.groundedLabelling(framework);
	const count = (labels: Uint8Array, code: number) => labels.filter((l) => l === code).length;
	const spread = (labels: Uint8Array) =>
		`${count(labels, analysis.IN)} in, ${count(labels, analysis.OUT)} out, ${count(labels, analysis.UNDEC)} undec`;
	add(
		'index: attack arrays (random attack graph)',
		`${n} claims, ${2 * n} attacks`,
		fine(medianMs(11, () => analysis.attackFramework(n, from, to)))
	);
	add(
		'grounded labelling (random attack graph)',
		`${n} claims, ${2 * n} attacks`,
		fine(medianMs(21, () => analysis.groundedLabelling(framework))),
		spread(randomLabels)
	);
	const big = buildGraph(generateDebate(n, 1));
	const bigIndex = analysis.buildIndex(big);
	const bigSize = `${n} claims, ${big.relations.size} relations`;
	add(
		'index: buildIndex (generated debate)',
		bigSize,
		fine(medianMs(5, () => analysis.buildIndex(big)))
	);
	add(
		'grounded labelling (generated debate)',
		bigSize,
		fine(medianMs(21, () => analysis.groundedLabelling(bigIndex.framework))),
		spread(analysis.groundedLabelling(bigIndex.framework).subarray(0, n))
	);
	const bigArrays = analysis.scenarioArrays(bigIndex);
	add(
		'grounded + DF-QuAD, arrays (generated debate)',
		bigSize,
		fine(medianMs(11, () => analysis.evaluateRaw(bigIndex, bigArrays.forced, bigArrays.base)))
	);

	// Preferred extensions: the bundled debate and generated 200-claim maps.
	const preferredRow = (name: string, graph: ArgumentGraph) => {
		const result = analysis.preferredExtensions(graph);
		const undecided = [...analysis.evaluate(graph).labels.values()].filter((l) => l === 'undec');
		add(
			`preferred extensions (${name})`,
			`${graph.claims.size} claims, ${graph.relations.size} relations, ${undecided.length} undec`,
			fine(medianMs(5, () => analysis.preferredExtensions(graph))),
			`${result.extensions.length} extensions, complete: ${result.complete} (budget 200 ms)`
		);
	};
	const bundled = bundledGraph();
	if (typeof bundled !== 'string') preferredRow('bundled debate', bundled);
	preferredRow('generated, seed 1', buildGraph(generateDebate(200, 1)));
	// Generated debates rarely close a cycle of rebuttals, so the grounded labels decide
	// everything. Random rebuttal graphs with 1.5 and 3 rebuttals per claim leave most claims
	// undecided: a hard case for the search, far denser in cycles than any real debate.
	for (const [density, seed] of [
		[1.5, 1],
		[3, 1],
		[3, 2]
	] as const) {
		const rng = seededRandom(seed);
		const claimCount = 200;
		const pairs = new Set<string>();
		while (pairs.size < density * claimCount) {
			const a = Math.floor(rng() * claimCount);
			const b = Math.floor(rng() * claimCount);
			if (a !== b) pairs.add(`${a} ${b}`);
		}
		const relations = [...pairs].map((pair, i) => {
			const [a, b] = pair.split(' ');
			return { id: `r${i}`, from: `c${a}`, to: `c${b}`, kind: 'rebuts' as const };
		});
		const claimList = Array.from({ length: claimCount }, (_, i) => ({ id: `c${i}`, text: 'x' }));
		const graph = buildGraph({
			id: 'random',
			title: 'Random rebuttals',
			resolution: 'c0',
			sources: [],
			speakers: [],
			claims: claimList,
			relations,
			events: []
		});
		preferredRow(`random rebuttals x${density}, seed ${seed}`, graph);
	}

	if (typeof bundled === 'string') {
		add('bundled debate', '', '', bundled);
		return rows;
	}
	const index = analysis.indexGraph(bundled);
	const size = `${bundled.claims.size} claims, ${bundled.relations.size} relations`;
	const plain = analysis.scenarioArrays(index);
	add(
		'DF-QuAD strength (bundled debate)',
		size,
		fine(medianMs(201, () => analysis.dfquad(index, plain.base, plain.forced))),
		`resolution ${analysis.evaluate(bundled).strength.get(bundled.resolution)!.toFixed(3)}`
	);
	// A what-if change: the reader rejects one claim, then another, as with the UI's toggles.
	const claims = [...bundled.claims.keys()];
	let k = 0;
	const whatIf = () =>
		analysis.evaluate(bundled, { scenario: { rejected: [claims[k++ % claims.length]!] } });
	add(
		're-evaluation after a what-if change (bundled)',
		size,
		fine(medianMs(201, whatIf)),
		'evaluate(graph, { scenario }): labels, strengths and maps, index cached'
	);
	const before = analysis.evaluate(bundled);
	add(
		'what-if change + diffEvaluations (bundled)',
		size,
		fine(medianMs(201, () => analysis.diffEvaluations(before, whatIf()))),
		''
	);
	add(
		'debateReport with cruxes (bundled)',
		size,
		fine(medianMs(21, () => analysis.debateReport(bundled))),
		`${analysis.findCruxes(bundled).length} cruxes`
	);
	return rows;
});

// --- Map links: a whole map in the URL fragment ------------------------------------------------

section(
	'Map links (src/lib/url/maplink.ts): a whole map in the fragment, median of 11 runs',
	async () => {
		const { decodeMapLink, encodeMapLink, linkSize } = await import('../src/lib/url/maplink');
		const { parseDebate } = await import('../src/lib/model/parse');
		const parsed = (input: unknown) => {
			const result = parseDebate(input);
			if (!result.ok) throw new Error('a generated debate does not parse');
			return result.debate;
		};
		const maps: [string, Debate | string][] = [
			['bundled debate', bundledDebate()],
			['generated, 100 claims, quotes', parsed(generateDebate(100, 1, { quotes: true }))],
			['generated, 100 claims', parsed(generateDebate(100, 1))],
			['generated, 500 claims, quotes', parsed(generateDebate(500, 1, { quotes: true }))]
		];
		return maps.map(([name, debate]): Row => {
			if (typeof debate === 'string') return { map: name, 'link bytes': debate };
			const view = 'v=1&claim=' + debate.claims[0]!.id;
			const fragment = encodeMapLink(debate, view);
			const { bytes, shareable } = linkSize(fragment);
			return {
				map: name,
				claims: debate.claims.length,
				'JSON bytes': JSON.stringify(debate).length,
				'link bytes (fragment)': bytes,
				'≤ 32 KB (chat, QR)': shareable ? 'yes' : 'no',
				encode: ms(medianMs(11, () => encodeMapLink(debate, view))),
				decode: ms(medianMs(11, () => decodeMapLink(fragment)))
			};
		});
	}
);

// --- Authoring -----------------------------------------------------------------------------------

/** How far the cards that were already placed moved, on average. */
function meanMove(
	nodes: readonly { id: string; x: number; y: number }[],
	was: ReadonlyMap<string, { x: number; y: number }>
): number {
	const moves = nodes.flatMap((node) => {
		const at = was.get(node.id);
		return at ? [Math.hypot(node.x - at.x, node.y - at.y)] : [];
	});
	return moves.reduce((sum, d) => sum + d, 0) / moves.length;
}

section(
	'An edit, then the map laid out again seeded with the old places (generated debates)',
	async () => {
		const { edit, startHistory } = await import('../src/lib/edit/index');
		const { relayout } = await import('../src/lib/layout/relayout');
		return [100, 500, 1000].map((n) => {
			const debate = generateDebate(n, 1);
			const graph = buildGraph(debate);
			const was = new Map(layoutDebate(graph).nodes.map((node) => [node.id, node]));
			const history = startHistory(debate);
			// A new rebuttal of the resolution: the widest band grows by one card.
			const add = () =>
				edit(history, {
					type: 'addClaim',
					target: graph.resolution,
					stance: 'rebuts',
					claim: { text: 'A new objection written by the author.' }
				});
			const done = add();
			if (!done.ok) throw new Error(done.message);
			const edited = buildGraph(done.history.debate);
			const runs = n <= 100 ? 11 : n <= 500 ? 5 : 3;
			const placed = relayout(edited, was);
			return {
				claims: n,
				runs,
				'apply an edit (median)': ms(medianMs(runs, add)),
				're-lay out (median)': ms(
					medianMs(runs, () => relayout(buildGraph(done.history.debate), was))
				),
				'overlaps after': countOverlaps(placed.nodes),
				'cards moved (mean)': `${meanMove(placed.nodes, was).toFixed(1)} px`
			};
		});
	}
);

// --- Large maps: opening, panning and zooming 1,500 to 10,000 claims ---------------------------

section(
	`Large maps: a generated Kialo export opened through Open… (production build, headless Chromium, 1440 x 900; open timeout ${OPEN_TIMEOUT_MS / 1000} s)`,
	async () => {
		const figures = await measureLargeMaps([1500, 5000, 10_000], ['svg', 'canvas']);
		const mb = (value: number) => `${value.toFixed(0)} MB`;
		// The browser reports only tasks of 50 ms and more.
		const longest = (value: number) => (value ? ms(value) : 'none over 50 ms');
		// Two rows a map: as it opens (folded around its resolution), then after Expand all.
		return figures.flatMap((f): Row[] => {
			const row: Row = { claims: f.claims, renderer: f.drawn ?? f.asked };
			if (f.failed) return [{ ...row, 'time to open or expand': f.failed }];
			const opened: Row = {
				...row,
				map: 'as opened',
				'claims drawn': f.claimsDrawn,
				'time to open or expand': ms(f.openMs),
				'longest task (target 100)': longest(f.longestTaskMs),
				'total blocking time': ms(f.blockingMs),
				'pan frame p95': ms(f.panP95Ms),
				'wheel zoom frame p95': ms(f.zoomP95Ms),
				'JS heap': mb(f.heapMB),
				'DOM nodes': f.domNodes
			};
			if (!f.whole) return [opened];
			return [
				opened,
				{
					...row,
					map: 'expanded whole',
					'claims drawn': f.whole.claimsDrawn,
					'time to open or expand': ms(f.whole.expandMs),
					'longest task (target 100)': longest(f.whole.longestTaskMs),
					'total blocking time': '',
					'pan frame p95': ms(f.whole.panP95Ms),
					'wheel zoom frame p95': ms(f.whole.zoomP95Ms),
					'JS heap': mb(f.whole.heapMB),
					'DOM nodes': f.whole.domNodes
				},
				...(f.reopened
					? [
							{
								...row,
								map: 'reloaded (My maps)',
								'claims drawn': f.claims,
								'time to open or expand': ms(f.reopened.openMs),
								'longest task (target 100)': longest(f.reopened.longestTaskMs),
								'total blocking time': ms(f.reopened.blockingMs)
							}
						]
					: [])
			];
		});
	}
);

section(
	'An edit in the browser: a rebuttal of the resolution saved with Enter on a generated map (production build, headless Chromium, traced)',
	async () =>
		(await measureEditsInBrowser([100, 500, 1000, 10_000])).map((row): Row => ({
			claims: row.claims,
			'laid out in': row.worker ? 'a Web Worker' : 'the main thread',
			'Enter → map laid out': ms(row.laidOutMs),
			'longest main-thread task (wall)': ms(row.longest.wallMs),
			'its CPU time': ms(row.longest.cpuMs)
		}))
);

// --- Run ---------------------------------------------------------------------------------------

for (const { name, run } of sections) {
	if (ARGS.only && !name.includes(ARGS.only)) continue;
	try {
		print(name, await run());
	} catch (error) {
		print(name, `failed: ${error instanceof Error ? error.message : String(error)}`);
	}
}
