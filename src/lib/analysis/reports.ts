import type { ArgumentGraph } from '../model/graph';
import type { ClaimKind, Relation, Side } from '../model/schema';
import { SIDES } from '../model/vocabulary';
import {
	evaluateRaw,
	scenarioArrays,
	toEvaluation,
	type EvaluateOptions,
	type Evaluation
} from './evaluate';
import { explainLabel } from './explain';
import { LABEL_NAMES, OUT, type Label } from './framework';
import { indexGraph } from './graph-index';

/**
 * Reports over an evaluated debate, per side: the attacks left unanswered, the claims with no
 * support, the most contested claims, and the cruxes. Every one takes the same what-if as
 * `evaluate` and reads it the same way: a rejected claim's relations count for nothing.
 */

/** A rebut or undercut aimed at a side's claim whose author nobody answered. */
export interface UnansweredAttack {
	relation: string;
	kind: 'rebuts' | 'undercuts';
	/** The attacking claim. */
	from: string;
	/** The claim attacked: a rebut's target, or the source of the relation an undercut attacks. */
	target: string;
	/** For an undercut: the relation it attacks. */
	targetRelation?: string;
	/** Whether the attack is in effect (its relation label), and how much it weighs. */
	effect: Label;
	weight: number;
}

export interface UnsupportedClaim {
	id: string;
	kind: ClaimKind | undefined;
	depth: number | null;
	label: Label;
	strength: number;
}

export interface ContestedClaim {
	id: string;
	/** Rebuts of the claim plus undercuts of the relations it makes. */
	attackers: number;
	/** Their weights aggregated as DF-QuAD does: 1 − ∏(1 − weight). */
	attackStrength: number;
	label: Label;
	strength: number;
}

export interface LabelFlip {
	id: string;
	before: Label;
	after: Label;
}

/** A claim whose rejection alone would change the outcome. */
export interface Crux {
	id: string;
	side: Side | null;
	/** The resolution and positions whose grounded label rejecting this claim changes. */
	flips: LabelFlip[];
	flipsResolution: boolean;
	/** The resolution's strength now and with this claim rejected. */
	resolutionStrength: { before: number; after: number };
	/** `after − before`: negative when rejecting the claim weakens the resolution. */
	shift: number;
}

export interface SideReport {
	side: Side;
	claims: number;
	labels: Record<Label, number>;
	unansweredAttacks: UnansweredAttack[];
	unsupported: UnsupportedClaim[];
	contested: ContestedClaim[];
	cruxes: Crux[];
}

export interface ClaimStanding {
	id: string;
	side: Side | null;
	label: Label;
	strength: number;
	/** `explainLabel` of the claim. */
	why: string;
}

export interface DebateReport {
	evaluation: Evaluation;
	resolution: ClaimStanding;
	/** Claims of kind `position`, in file order. */
	positions: ClaimStanding[];
	sides: Record<Side, SideReport>;
	/** Every crux, both sides, ranked. */
	cruxes: Crux[];
}

/** Strength shifts at or below this are noise, not a crux. */
export const CRUX_MIN_SHIFT = 0.005;

/**
 * The cruxes: claims whose rejection alone flips the grounded label of the resolution or of a
 * position (a claim of kind `position`), or moves the resolution's strength by more than
 * `CRUX_MIN_SHIFT`. Ranked: those that flip the resolution first, then by the number of positions
 * flipped, then by how far the resolution's strength moves. One re-evaluation per claim, on the
 * cached index (the resolution itself and claims already rejected are skipped).
 */
export function findCruxes(graph: ArgumentGraph, options: EvaluateOptions = {}): Crux[] {
	const index = indexGraph(graph);
	const { forced, base } = scenarioArrays(index, options.scenario, options.baseScore);
	const now = evaluateRaw(index, forced, base, options);
	const resolution = index.claimIndex.get(graph.resolution)!;
	const watched = [resolution];
	index.graph.debate.claims.forEach((claim, i) => {
		if (claim.kind === 'position' && i !== resolution) watched.push(i);
	});
	const cruxes: (Crux & { order: number })[] = [];
	const trial = forced.slice();
	for (let c = 0; c < index.claimCount; c++) {
		if (c === resolution || forced[c] === OUT) continue;
		const saved = trial[c]!;
		trial[c] = OUT;
		const after = evaluateRaw(index, trial, base, options);
		trial[c] = saved;
		const flips: LabelFlip[] = [];
		for (const w of watched) {
			if (w === c || now.labels[w] === after.labels[w]) continue;
			flips.push({
				id: index.claimIds[w]!,
				before: LABEL_NAMES[now.labels[w]!]!,
				after: LABEL_NAMES[after.labels[w]!]!
			});
		}
		const before = now.values[resolution]!;
		const moved = after.values[resolution]!;
		if (!flips.length && Math.abs(moved - before) <= CRUX_MIN_SHIFT) continue;
		const id = index.claimIds[c]!;
		cruxes.push({
			id,
			side: graph.side.get(id) ?? null,
			flips,
			flipsResolution: flips.some((f) => f.id === graph.resolution),
			resolutionStrength: { before, after: moved },
			shift: moved - before,
			order: c
		});
	}
	cruxes.sort(
		(a, b) =>
			Number(b.flipsResolution) - Number(a.flipsResolution) ||
			b.flips.length - a.flips.length ||
			Math.abs(b.shift) - Math.abs(a.shift) ||
			a.order - b.order
	);
	return cruxes.map((c) => ({
		id: c.id,
		side: c.side,
		flips: c.flips,
		flipsResolution: c.flipsResolution,
		resolutionStrength: c.resolutionStrength,
		shift: c.shift
	}));
}

/**
 * Everything a reader asks of a debate at once: how the resolution and each position stand and
 * why, and per side the unanswered attacks, unsupported claims, contested claims and cruxes.
 */
export function debateReport(graph: ArgumentGraph, options: EvaluateOptions = {}): DebateReport {
	const index = indexGraph(graph);
	const scenarioInfo = scenarioArrays(index, options.scenario, options.baseScore);
	const evaluation = toEvaluation(
		index,
		evaluateRaw(index, scenarioInfo.forced, scenarioInfo.base, options),
		scenarioInfo.scenario
	);
	const rejected = new Set(evaluation.scenario.rejected);
	/** The relations of a kind whose source is not rejected: those that count. */
	const effective = (relations: Relation[], kind: Relation['kind']) =>
		relations.filter((r) => r.kind === kind && !rejected.has(r.from));
	const sideOf = (id: string) => graph.side.get(id) ?? null;
	const order = index.claimIndex;

	const standing = (id: string): ClaimStanding => ({
		id,
		side: sideOf(id),
		label: evaluation.labels.get(id)!,
		strength: evaluation.strength.get(id)!,
		why: explainLabel(graph, evaluation, id)
	});

	const sides = Object.fromEntries(
		SIDES.map((side): [Side, SideReport] => [
			side,
			{
				side,
				claims: 0,
				labels: { in: 0, out: 0, undec: 0 },
				unansweredAttacks: [],
				unsupported: [],
				contested: [],
				cruxes: []
			}
		])
	) as Record<Side, SideReport>;

	for (const claim of graph.debate.claims) {
		const side = sideOf(claim.id);
		if (!side) continue;
		const report = sides[side];
		const label = evaluation.labels.get(claim.id)!;
		report.claims++;
		report.labels[label]++;
		const incoming = graph.incoming.get(claim.id) ?? [];
		if (claim.id !== graph.resolution && !effective(incoming, 'supports').length) {
			report.unsupported.push({
				id: claim.id,
				kind: claim.kind,
				depth: graph.depth.get(claim.id) ?? null,
				label,
				strength: evaluation.strength.get(claim.id)!
			});
		}
		const attacks = [
			...effective(incoming, 'rebuts'),
			...(graph.outgoing.get(claim.id) ?? []).flatMap((r) =>
				effective(graph.undercuts.get(r.id) ?? [], 'undercuts')
			)
		];
		if (attacks.length) {
			let keep = 1;
			for (const a of attacks) keep *= 1 - (evaluation.relationWeight.get(a.id) ?? 0);
			report.contested.push({
				id: claim.id,
				attackers: attacks.length,
				attackStrength: 1 - keep,
				label,
				strength: evaluation.strength.get(claim.id)!
			});
		}
	}

	for (const relation of graph.debate.relations) {
		if (relation.kind === 'supports' || rejected.has(relation.from)) continue;
		const target =
			relation.kind === 'rebuts' ? relation.to : graph.relations.get(relation.to)?.from;
		if (target === undefined) continue;
		const side = sideOf(target);
		if (!side) continue;
		const answered =
			effective(graph.incoming.get(relation.from) ?? [], 'rebuts').length > 0 ||
			effective(graph.undercuts.get(relation.id) ?? [], 'undercuts').length > 0;
		if (answered) continue;
		sides[side].unansweredAttacks.push({
			relation: relation.id,
			kind: relation.kind,
			from: relation.from,
			target,
			...(relation.kind === 'undercuts' ? { targetRelation: relation.to } : {}),
			effect: evaluation.relationLabels.get(relation.id)!,
			weight: evaluation.relationWeight.get(relation.id)!
		});
	}

	const depth = (id: string) => graph.depth.get(id) ?? Infinity;
	for (const report of Object.values(sides)) {
		report.unansweredAttacks.sort((a, b) => depth(a.target) - depth(b.target));
		report.unsupported.sort(
			(a, b) => (a.depth ?? Infinity) - (b.depth ?? Infinity) || order.get(a.id)! - order.get(b.id)!
		);
		report.contested.sort(
			(a, b) =>
				b.attackers - a.attackers ||
				b.attackStrength - a.attackStrength ||
				order.get(a.id)! - order.get(b.id)!
		);
	}

	const cruxes = findCruxes(graph, options);
	for (const crux of cruxes) if (crux.side) sides[crux.side].cruxes.push(crux);

	return {
		evaluation,
		resolution: standing(graph.resolution),
		positions: graph.debate.claims.filter((c) => c.kind === 'position').map((c) => standing(c.id)),
		sides,
		cruxes
	};
}
