import { buildGraph } from '../lib/model';
import { evaluate as evaluateGraph, preferredExtensions, type Scenario } from '../lib/analysis';
import { loadDebate, parseArgs, println, printWarnings, usageError } from './load';
import type { Command } from './load';

/** The full usage, printed with a command-line mistake (the help table has the short one). */
export const EVALUATE_USAGE =
	'evaluate FILE [--semantics grounded|preferred] [--strength] [--budget MS] [--reject IDS] [--accept IDS]';

const SEMANTICS = ['grounded', 'preferred'] as const;

/** The CLI gives the preferred search more time than the app's 200 ms. */
export const CLI_BUDGET_MS = 10_000;

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * `evaluate FILE`: which claims stand, as JSON on stdout.
 *
 * - `--semantics grounded` (the default): `{"labels": {"<claim id>": "in" | "out" | "undec"}}`,
 *   every claim in file order.
 * - `--semantics preferred`: `{"extensions": [["<claim id>", ...], ...]}`, the claims accepted
 *   by each preferred extension (ids sorted, extensions sorted). The search has `--budget MS`
 *   milliseconds (default 10,000). When it runs out, the extensions found so far (each one is
 *   preferred; there may be more) are printed with `"complete": false`, a note goes to stderr
 *   and the exit code is 1, so that a script cannot take a partial answer for a whole one.
 * - `--strength` adds `"strength": {"<claim id>": 0..1}`, the DF-QuAD strengths (4 decimals).
 * - `--reject IDS` / `--accept IDS` (comma-separated claim ids) evaluate a what-if.
 *
 * Exit 2 for a command-line mistake (an unknown semantics, an id that names no claim), 1 for an
 * invalid file or an unfinished preferred search.
 */
export const evaluate: Command = (args, io) => {
	const parsed = parseArgs(args, {
		flags: ['strength'],
		valued: ['semantics', 'budget', 'reject', 'accept']
	});
	if ('error' in parsed) return usageError(parsed.error, EVALUATE_USAGE, io);
	const [file, ...extra] = parsed.positionals;
	if (file === undefined) return usageError('evaluate needs a file', EVALUATE_USAGE, io);
	if (extra.length) {
		return usageError(`evaluate takes one file, not ${extra.length + 1}`, EVALUATE_USAGE, io);
	}
	const semantics = parsed.options.get('semantics') ?? 'grounded';
	if (!SEMANTICS.includes(semantics as (typeof SEMANTICS)[number])) {
		return usageError(
			`--semantics is grounded or preferred, not "${semantics}"`,
			EVALUATE_USAGE,
			io
		);
	}
	let budgetMs = CLI_BUDGET_MS;
	const budget = parsed.options.get('budget');
	if (budget !== undefined) {
		budgetMs = Number(budget);
		if (budget === true || !Number.isFinite(budgetMs) || budgetMs < 0) {
			return usageError(
				`--budget takes a number of milliseconds, not "${budget}"`,
				EVALUATE_USAGE,
				io
			);
		}
	}
	const ids = (name: 'reject' | 'accept') => {
		const value = parsed.options.get(name);
		return typeof value === 'string' ? value.split(',').filter(Boolean) : [];
	};
	const scenario: Scenario = { rejected: ids('reject'), accepted: ids('accept') };

	const loaded = loadDebate(file, io);
	if (!loaded) return 1;
	printWarnings(file, loaded.warnings, io);
	const graph = buildGraph(loaded.debate);
	for (const name of ['reject', 'accept'] as const) {
		const unknown = ids(name).filter((id) => !graph.claims.has(id));
		if (unknown.length) {
			return usageError(
				`--${name}: ${file} has no claim ${unknown.map((id) => `"${id}"`).join(', ')}`,
				EVALUATE_USAGE,
				io
			);
		}
	}

	const out: Record<string, unknown> = {};
	let code = 0;
	if (semantics === 'preferred') {
		const result = preferredExtensions(graph, { scenario, budgetMs });
		out.extensions = result.extensions;
		if (!result.complete) {
			out.complete = false;
			const n = result.extensions.length;
			println(
				io.stderr,
				`crux: ${file}: the preferred search stopped after ${Math.round(result.elapsedMs)} ms ` +
					`(${result.stoppedBy === 'count' ? 'too many extensions' : `budget ${budgetMs} ms`}) ` +
					`with ${n} ${n === 1 ? 'extension' : 'extensions'}; each is preferred, but there ` +
					'may be more (raise --budget)'
			);
			code = 1;
		}
	}
	if (semantics === 'grounded' || parsed.options.has('strength')) {
		const evaluation = evaluateGraph(graph, { scenario });
		if (semantics === 'grounded') out.labels = Object.fromEntries(evaluation.labels);
		if (parsed.options.has('strength')) {
			out.strength = Object.fromEntries(
				[...evaluation.strength].map(([id, value]) => [id, round(value)])
			);
		}
	}
	println(io.stdout, JSON.stringify(out, null, 2));
	return code;
};
