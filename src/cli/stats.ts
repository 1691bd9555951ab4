import { buildGraph, RELATION_KINDS, type ArgumentGraph, type RelationKind } from '../lib/model';
import { loadDebate, parseArgs, plural, println, printWarnings, usageError } from './load';
import type { Command } from './load';
import { COMMAND_USAGE } from './usage';

const STATS_USAGE = COMMAND_USAGE.stats.usage;

export interface DebateStats {
	id: string;
	title: string;
	resolution: string;
	claims: number;
	relations: { total: number } & Record<RelationKind, number>;
	sources: number;
	speakers: { total: number; claims: { id: string; name: string; claims: number }[] };
	/** Claims that name no speaker. */
	unattributed: number;
	sides: { affirmative: number; negative: number; disconnected: number };
	/** Steps from the resolution to the farthest connected claim (0 for the resolution alone). */
	maxDepth: number;
	/** `perDepth[d]`: how many claims are `d` steps from the resolution. */
	perDepth: number[];
	warnings: number;
}

/** Counts over a graph; pure, so the app could show the same numbers. */
export function debateStats(graph: ArgumentGraph): DebateStats {
	const { debate } = graph;
	const relations = { total: debate.relations.length } as DebateStats['relations'];
	for (const kind of RELATION_KINDS) {
		relations[kind] = debate.relations.filter((r) => r.kind === kind).length;
	}
	const sides = { affirmative: 0, negative: 0, disconnected: 0 };
	for (const side of graph.side.values()) sides[side ?? 'disconnected']++;
	const depths = [...graph.depth.values()].filter((d): d is number => d !== null);
	const maxDepth = Math.max(0, ...depths);
	const perDepth = Array.from(
		{ length: maxDepth + 1 },
		(_, d) => depths.filter((x) => x === d).length
	);
	return {
		id: debate.id,
		title: debate.title,
		resolution: graph.resolution,
		claims: debate.claims.length,
		relations,
		sources: debate.sources.length,
		speakers: {
			total: debate.speakers.length,
			claims: debate.speakers.map((s) => ({
				id: s.id,
				name: s.name,
				claims: debate.claims.filter((c) => c.speaker === s.id).length
			}))
		},
		unattributed: debate.claims.filter((c) => c.speaker === undefined).length,
		sides,
		maxDepth,
		perDepth,
		warnings: graph.warnings.length
	};
}

/** Two aligned columns; indented rows break a total down. */
export function formatStats(stats: DebateStats): string {
	const rows: [string, string | number][] = [
		['debate', `${stats.id}: ${stats.title}`],
		['resolution', stats.resolution],
		['claims', stats.claims],
		['relations', stats.relations.total],
		...RELATION_KINDS.map((kind): [string, number] => [`  ${kind}`, stats.relations[kind]]),
		['sources', stats.sources],
		['speakers', stats.speakers.total],
		...stats.speakers.claims.map((s): [string, string] => [
			`  ${s.name}`,
			plural(s.claims, 'claim')
		]),
		...(stats.speakers.total && stats.unattributed
			? [['  (no speaker)', plural(stats.unattributed, 'claim')] as [string, string]]
			: []),
		['sides', ''],
		['  affirmative', stats.sides.affirmative],
		['  negative', stats.sides.negative],
		['  disconnected', stats.sides.disconnected],
		['max depth', stats.maxDepth],
		...stats.perDepth.map((n, d): [string, string] => [`  depth ${d}`, plural(n, 'claim')]),
		['warnings', stats.warnings]
	];
	const width = Math.max(...rows.map(([label]) => label.length)) + 2;
	return rows.map(([label, value]) => `${label.padEnd(width)}${value}`.trimEnd()).join('\n');
}

/** `stats FILE [--json]`: a readable table of counts, or the same numbers as JSON. */
export const stats: Command = (args, io) => {
	const parsed = parseArgs(args, { flags: ['json'] });
	if ('error' in parsed) return usageError(parsed.error, STATS_USAGE, io);
	const [file, ...extra] = parsed.positionals;
	if (file === undefined) return usageError('stats needs a file', STATS_USAGE, io);
	if (extra.length)
		return usageError(`stats takes one file, not ${extra.length + 1}`, STATS_USAGE, io);
	const loaded = loadDebate(file, io);
	if (!loaded) return 1;
	printWarnings(file, loaded.warnings, io);
	const result = debateStats(buildGraph(loaded.debate));
	println(
		io.stdout,
		parsed.options.has('json') ? JSON.stringify(result, null, 2) : formatStats(result)
	);
	return 0;
};
