import { buildGraph } from '../lib/model';
import { layoutDebate } from '../lib/layout';
import { loadDebate, parseArgs, println, printWarnings, usageError } from './load';
import type { Command } from './load';
import { COMMAND_USAGE } from './usage';

const LAYOUT_USAGE = COMMAND_USAGE.layout.usage;

/**
 * `layout FILE`: the positions the app draws, as JSON on stdout:
 * `{"nodes": [{id, x, y, width, height}], "edges": [{id, from, to, kind}], "bounds": ...}`.
 */
export const layout: Command = (args, io) => {
	const parsed = parseArgs(args, { valued: ['ticks', 'seed'] });
	if ('error' in parsed) return usageError(parsed.error, LAYOUT_USAGE, io);
	const [file, ...extra] = parsed.positionals;
	if (file === undefined) return usageError('layout needs a file', LAYOUT_USAGE, io);
	if (extra.length)
		return usageError(`layout takes one file, not ${extra.length + 1}`, LAYOUT_USAGE, io);
	const options: { ticks?: number; seed?: number } = {};
	for (const name of ['ticks', 'seed'] as const) {
		const value = parsed.options.get(name);
		if (value === undefined) continue;
		const n = Number(value);
		if (value === true || !Number.isInteger(n) || n < 0) {
			return usageError(`--${name} takes a whole number, not "${value}"`, LAYOUT_USAGE, io);
		}
		options[name] = n;
	}

	const loaded = loadDebate(file, io);
	if (!loaded) return 1;
	printWarnings(file, loaded.warnings, io);
	const map = layoutDebate(buildGraph(loaded.debate), options);
	const out = {
		nodes: map.nodes.map(({ id, x, y, width, height }) => ({ id, x, y, width, height })),
		edges: map.edges.map(({ id, from, to, kind }) => ({ id, from, to, kind })),
		bounds: map.bounds
	};
	println(io.stdout, JSON.stringify(out, null, 2));
	return 0;
};
