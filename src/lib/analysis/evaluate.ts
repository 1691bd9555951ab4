import type { ArgumentGraph } from '../model/graph';
import { groundedLabelling, preferredLabellings } from './dung';
import { IN, LABEL_NAMES, OUT, type Label } from './framework';
import { indexGraph, type AnalysisIndex } from './graph-index';
import { dfquad, type StrengthOptions } from './strength';

/**
 * A what-if: claims the reader rejects (taken as `out`, strength 0: their rebuts, undercuts and
 * supports count for nothing) or accepts (taken as `in`, strength 1, whatever attacks them), and
 * base scores other than the default for the strength. A claim both rejected and accepted is
 * rejected. Ids that name no claim are ignored (a what-if may outlive an edit of the debate);
 * base scores are clamped to [0, 1] and non-numbers ignored.
 */
export interface Scenario {
	rejected?: string[];
	accepted?: string[];
	base?: Record<string, number>;
}

export interface EvaluateOptions extends StrengthOptions {
	scenario?: Scenario;
	/** The base score of a claim the scenario gives none (default 0.5). */
	baseScore?: number;
}

/** Which claims stand, by the grounded semantics, and how strongly, by DF-QuAD. */
export interface Evaluation {
	/** The grounded label of every claim. */
	labels: Map<string, Label>;
	/** The DF-QuAD strength of every claim, in [0, 1]. */
	strength: Map<string, number>;
	/**
	 * Whether each relation is in effect: `in` when its source is `in` and every undercut of it is
	 * out of effect, `out` when its source is `out` or an undercut of it is in effect, else `undec`.
	 */
	relationLabels: Map<string, Label>;
	/** What each relation passes on: its source's strength times what its undercuts leave. */
	relationWeight: Map<string, number>;
	/** The what-if evaluated, with unknown ids dropped and a rejected claim not also accepted. */
	scenario: Required<Scenario>;
	/** Most rounds a cycle of the strength computation took, and whether every one settled. */
	iterations: number;
	converged: boolean;
}

/** The what-if as arrays over the index: forced labels and base scores per claim. */
export interface ScenarioArrays {
	forced: Uint8Array;
	base: Float64Array;
	scenario: Required<Scenario>;
}

export function scenarioArrays(
	index: AnalysisIndex,
	scenario: Scenario = {},
	baseScore = 0.5
): ScenarioArrays {
	const C = index.claimCount;
	const forced = new Uint8Array(C);
	const base = new Float64Array(C).fill(clamp01(baseScore, 0.5));
	const known = (id: string) => index.claimIndex.has(id);
	const rejected = [...new Set(scenario.rejected ?? [])].filter(known);
	const rejectedSet = new Set(rejected);
	const accepted = [...new Set(scenario.accepted ?? [])].filter(
		(id) => known(id) && !rejectedSet.has(id)
	);
	const bases: Record<string, number> = {};
	for (const [id, value] of Object.entries(scenario.base ?? {})) {
		const i = index.claimIndex.get(id);
		if (i === undefined || typeof value !== 'number' || Number.isNaN(value)) continue;
		base[i] = bases[id] = clamp01(value, 0.5);
	}
	for (const id of accepted) {
		const i = index.claimIndex.get(id)!;
		forced[i] = IN;
		base[i] = 1;
	}
	for (const id of rejected) {
		const i = index.claimIndex.get(id)!;
		forced[i] = OUT;
		base[i] = 0;
	}
	return { forced, base, scenario: { rejected, accepted, base: bases } };
}

function clamp01(value: number, fallback: number): number {
	return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : fallback;
}

/** An evaluation in arrays: labels of every framework argument, strength node values. */
export interface RawEvaluation {
	labels: Uint8Array;
	values: Float64Array;
	iterations: number;
	converged: boolean;
}

/** Grounded labels and DF-QuAD strengths over an index, with no maps built: the hot path. */
export function evaluateRaw(
	index: AnalysisIndex,
	forced: Uint8Array,
	base: Float64Array,
	options: StrengthOptions = {}
): RawEvaluation {
	const labels = groundedLabelling(index.framework, forced);
	const { values, iterations, converged } = dfquad(index, base, forced, options);
	return { labels, values, iterations, converged };
}

/**
 * Evaluates a debate: the grounded label and the DF-QuAD strength of every claim, and the effect
 * of every relation, under an optional what-if. The graph's index is built once and cached, so
 * evaluating again after a what-if change costs only the labelling and the strength pass.
 */
export function evaluate(
	graph: ArgumentGraph | AnalysisIndex,
	options: EvaluateOptions = {}
): Evaluation {
	const index = 'framework' in graph ? graph : indexGraph(graph);
	const { forced, base, scenario } = scenarioArrays(index, options.scenario, options.baseScore);
	const raw = evaluateRaw(index, forced, base, options);
	return toEvaluation(index, raw, scenario);
}

export function toEvaluation(
	index: AnalysisIndex,
	raw: RawEvaluation,
	scenario: Required<Scenario>
): Evaluation {
	const C = index.claimCount;
	const labels = new Map<string, Label>();
	const strength = new Map<string, number>();
	for (let c = 0; c < C; c++) {
		const id = index.claimIds[c]!;
		labels.set(id, LABEL_NAMES[raw.labels[c]!]!);
		strength.set(id, raw.values[c]!);
	}
	const relationLabels = new Map<string, Label>();
	const relationWeight = new Map<string, number>();
	for (let r = 0; r < index.relationIds.length; r++) {
		const id = index.relationIds[r]!;
		relationLabels.set(id, LABEL_NAMES[raw.labels[index.relationArg[r]!]!]!);
		relationWeight.set(id, raw.values[C + r]!);
	}
	return {
		labels,
		strength,
		relationLabels,
		relationWeight,
		scenario,
		iterations: raw.iterations,
		converged: raw.converged
	};
}

export interface PreferredOptions {
	scenario?: Scenario;
	/** Time budget for the search in milliseconds (default 200). */
	budgetMs?: number;
	/** Stop after this many extensions (default 10,000). */
	maxExtensions?: number;
	/** The clock in milliseconds (default `performance.now`). */
	now?: () => number;
}

export interface PreferredResult {
	/**
	 * The claims accepted by each preferred extension: ids sorted, extensions sorted. When the search
	 * stopped early these are still preferred extensions, but there may be others.
	 */
	extensions: string[][];
	/** `false` when the time budget (or `maxExtensions`) stopped the search. */
	complete: boolean;
	stoppedBy: 'time' | 'count' | null;
	elapsedMs: number;
	/** Search steps taken. */
	nodes: number;
}

/**
 * The preferred extensions of a debate (maximal sets of claims that are free of conflict and
 * defend themselves against every rebuttal), under an optional what-if. A search of exponential
 * worst case, bounded by `budgetMs`; fine for maps of a few hundred claims, since only the claims
 * the grounded semantics leaves undecided are searched.
 */
export function preferredExtensions(
	graph: ArgumentGraph | AnalysisIndex,
	options: PreferredOptions = {}
): PreferredResult {
	const index = 'framework' in graph ? graph : indexGraph(graph);
	const { forced } = scenarioArrays(index, options.scenario);
	const result = preferredLabellings(index.framework, {
		forced,
		active: index.relevantSize,
		budgetMs: options.budgetMs,
		maxExtensions: options.maxExtensions,
		now: options.now
	});
	const extensions = result.labellings.map((labelling) => {
		const ids: string[] = [];
		for (let c = 0; c < index.claimCount; c++) {
			if (labelling[c] === IN) ids.push(index.claimIds[c]!);
		}
		return ids.sort();
	});
	extensions.sort(compareLists);
	return {
		extensions,
		complete: result.complete,
		stoppedBy: result.stoppedBy,
		elapsedMs: result.elapsedMs,
		nodes: result.nodes
	};
}

function compareLists(a: string[], b: string[]): number {
	const n = Math.min(a.length, b.length);
	for (let i = 0; i < n; i++) {
		if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
	}
	return a.length - b.length;
}

/** A claim whose label or strength differs between two evaluations. */
export interface ClaimChange {
	id: string;
	before: { label: Label; strength: number };
	after: { label: Label; strength: number };
	labelChanged: boolean;
	/** Whether the strength moved by more than the threshold. */
	strengthChanged: boolean;
}

/**
 * Every claim whose label changed or whose strength moved by more than `threshold` (default
 * 0.005), in the order of `before`'s claims: what the map highlights after a what-if.
 */
export function diffEvaluations(
	before: Evaluation,
	after: Evaluation,
	threshold = 0.005
): ClaimChange[] {
	const changes: ClaimChange[] = [];
	for (const [id, label] of before.labels) {
		const afterLabel = after.labels.get(id);
		if (afterLabel === undefined) continue;
		const s0 = before.strength.get(id) ?? 0;
		const s1 = after.strength.get(id) ?? 0;
		const labelChanged = label !== afterLabel;
		const strengthChanged = Math.abs(s1 - s0) > threshold;
		if (labelChanged || strengthChanged) {
			changes.push({
				id,
				before: { label, strength: s0 },
				after: { label: afterLabel, strength: s1 },
				labelChanged,
				strengthChanged
			});
		}
	}
	return changes;
}
