import { evaluate, explainLabel, type Evaluation } from '$lib/analysis';
import { opposite, type ArgumentGraph } from '$lib/model/graph';
import type { Relation, Side } from '$lib/model/schema';
import { claimViews, LABEL_RANK } from './cite';
import type {
	Brief,
	BriefAnswer,
	BriefAttack,
	BriefClaim,
	BriefOptions,
	BriefThesis,
	CaseLine,
	SupportNode
} from './types';

const DEFAULT_MAX_SUPPORT = 3;
const DEFAULT_MAX_DEPTH = 3;

/**
 * Builds a debate brief for one side, or for one position and its support chain:
 *
 * - **our case**: the side's positions (claims of kind `position` on the side), then the other
 *   claims on the side that support or rebut the resolution directly; standing before open before
 *   falling, strongest first. Under each, its strongest supports (by the weight they pass on),
 *   `maxSupport` per claim, `maxDepth` levels down. For the affirmative, the resolution is the
 *   thesis line above them. For one position: that position alone.
 * - **to answer**: every rebut or undercut by a claim of the other side aimed at one of our claims
 *   (an undercut aims at the source of the relation it attacks), each with the replies the map
 *   holds (rebuttals of the attacker, undercuts of the attack); unanswered first.
 * - **our attacks**: the rebuts and undercuts our claims aim at the other side's claims.
 *
 * "Our claims" are the side's claims; for one position, the position and every claim of its side
 * that supports it, directly or down a chain. Everything is sorted with the file order as the last
 * tie-break, so the same graph and options always give the same brief.
 *
 * Throws a `RangeError` when `position` names no claim, or a claim on no side (disconnected).
 */
export function buildBrief(graph: ArgumentGraph, options: BriefOptions = {}): Brief {
	const maxSupport = limit(options.maxSupport, DEFAULT_MAX_SUPPORT, 10);
	const maxDepth = limit(options.maxDepth, DEFAULT_MAX_DEPTH, 6);
	const evaluation = evaluate(graph, { scenario: options.scenario });
	const view = claimViews(graph, evaluation);
	const claimOrder = new Map(graph.debate.claims.map((c, i) => [c.id, i]));
	const relationOrder = new Map(graph.debate.relations.map((r, i) => [r.id, i]));
	const sideOf = (id: string) => graph.side.get(id) ?? null;

	let side: Side = options.side ?? 'affirmative';
	let position: string | null = null;
	if (options.position !== undefined) {
		position = options.position;
		if (!graph.claims.has(position)) throw new RangeError(`no claim has the id "${position}"`);
		const positionSide = sideOf(position);
		if (!positionSide) {
			throw new RangeError(`claim "${position}" has no chain to the resolution: it is on no side`);
		}
		side = positionSide;
	}
	const other = opposite(side);
	const ours = position === null ? sideClaims(graph, side) : supportChain(graph, position, side);

	// --- The attacks, both ways ---------------------------------------------------------------
	const rejected = new Set(evaluation.scenario.rejected);
	const toAnswer: BriefAttack[] = [];
	const ourAttacks: BriefAttack[] = [];
	for (const relation of graph.debate.relations) {
		if (relation.kind === 'supports') continue;
		const target =
			relation.kind === 'rebuts' ? relation.to : graph.relations.get(relation.to)?.from;
		if (target === undefined || !graph.claims.has(target)) continue;
		if (ours.has(target) && sideOf(relation.from) === other) {
			toAnswer.push(attack(graph, evaluation, view, relation, target, rejected, relationOrder));
		} else if (ours.has(relation.from) && sideOf(target) === other) {
			ourAttacks.push(attack(graph, evaluation, view, relation, target, rejected, relationOrder));
		}
	}
	const depthOf = (claim: BriefClaim) => claim.depth ?? Infinity;
	const order = (a: BriefAttack) => relationOrder.get(a.relation)!;
	toAnswer.sort(
		(a, b) =>
			Number(a.answered) - Number(b.answered) ||
			LABEL_RANK[a.effect] - LABEL_RANK[b.effect] ||
			depthOf(a.target) - depthOf(b.target) ||
			b.weight - a.weight ||
			order(a) - order(b)
	);
	ourAttacks.sort(
		(a, b) =>
			depthOf(a.target) - depthOf(b.target) ||
			LABEL_RANK[a.effect] - LABEL_RANK[b.effect] ||
			b.weight - a.weight ||
			order(a) - order(b)
	);
	const attackedBy = new Map<string, string[]>();
	for (const a of toAnswer) {
		const list = attackedBy.get(a.target.id) ?? [];
		list.push(a.relation);
		attackedBy.set(a.target.id, list);
	}
	const attacksOn = (id: string) => [...(attackedBy.get(id) ?? [])];

	// --- Our case -----------------------------------------------------------------------------
	const lineIds = position === null ? caseLineIds(graph, side) : new Set<string>([position]);
	const supportTree = (id: string, path: Set<string>, level: number) => {
		const candidates = (graph.incoming.get(id) ?? []).filter(
			(r) => r.kind === 'supports' && !path.has(r.from)
		);
		if (level >= maxDepth) return { supports: [] as SupportNode[], more: candidates.length };
		const weight = (r: Relation) => evaluation.relationWeight.get(r.id) ?? 0;
		const strength = (r: Relation) => evaluation.strength.get(r.from) ?? 0;
		const quoted = (r: Relation) => (graph.claims.get(r.from)?.quote === undefined ? 1 : 0);
		const chosen = candidates
			.slice()
			.sort(
				(a, b) =>
					weight(b) - weight(a) ||
					strength(b) - strength(a) ||
					quoted(a) - quoted(b) ||
					relationOrder.get(a.id)! - relationOrder.get(b.id)!
			)
			.slice(0, maxSupport);
		const supports = chosen.map((r): SupportNode => {
			path.add(r.from);
			const below = supportTree(r.from, path, level + 1);
			path.delete(r.from);
			return {
				relation: r.id,
				claim: view(r.from),
				weight: weight(r),
				effect: evaluation.relationLabels.get(r.id) ?? 'undec',
				supports: below.supports,
				more: below.more,
				attackedBy: attacksOn(r.from)
			};
		});
		return { supports, more: candidates.length - chosen.length };
	};
	const ourCase = [...lineIds].map((id): CaseLine => {
		const tree = supportTree(id, new Set([id]), 0);
		return {
			role: graph.claims.get(id)?.kind === 'position' ? 'position' : 'ground',
			claim: view(id),
			why: explainLabel(graph, evaluation, id),
			supports: tree.supports,
			more: tree.more,
			attackedBy: attacksOn(id)
		};
	});
	ourCase.sort(
		(a, b) =>
			Number(a.role !== 'position') - Number(b.role !== 'position') ||
			LABEL_RANK[a.claim.label] - LABEL_RANK[b.claim.label] ||
			b.claim.strength - a.claim.strength ||
			claimOrder.get(a.claim.id)! - claimOrder.get(b.claim.id)!
	);

	const thesis: BriefThesis | null =
		position === null && side === 'affirmative'
			? {
					claim: view(graph.resolution),
					why: explainLabel(graph, evaluation, graph.resolution),
					attackedBy: attacksOn(graph.resolution)
				}
			: null;
	const resolution = view(graph.resolution);
	const focusPosition = position === null ? null : view(position);

	// --- Every claim mentioned, in file order ----------------------------------------------------
	const mentioned = new Set<string>([resolution.id]);
	if (thesis) mentioned.add(thesis.claim.id);
	const walk = (nodes: SupportNode[]) => {
		for (const n of nodes) {
			mentioned.add(n.claim.id);
			walk(n.supports);
		}
	};
	let supportCount = 0;
	const countSupports = (nodes: SupportNode[]): number =>
		nodes.reduce((sum, n) => sum + 1 + countSupports(n.supports), 0);
	for (const line of ourCase) {
		mentioned.add(line.claim.id);
		walk(line.supports);
		supportCount += countSupports(line.supports);
	}
	for (const a of [...toAnswer, ...ourAttacks]) {
		mentioned.add(a.attacker.id);
		mentioned.add(a.target.id);
		if (a.targetRelation?.toClaim) mentioned.add(a.targetRelation.toClaim.id);
		for (const answer of a.answers) mentioned.add(answer.claim.id);
	}
	const claims = graph.debate.claims.filter((c) => mentioned.has(c.id)).map((c) => view(c.id));
	const cited = new Map(claims.flatMap((c) => (c.source ? [[c.source.id, c.source]] : [])));
	const sourceOrder = new Map(graph.debate.sources.map((s, i) => [s.id, i]));
	const sources = [...cited.values()].sort(
		(a, b) =>
			(sourceOrder.get(a.id) ?? Infinity) - (sourceOrder.get(b.id) ?? Infinity) ||
			(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);

	return {
		title: briefTitle(side, resolution, focusPosition),
		focus: { side, position: focusPosition, resolution },
		thesis,
		ourCase,
		toAnswer,
		ourAttacks,
		counts: {
			lines: ourCase.length,
			positions: ourCase.filter((l) => l.role === 'position').length,
			supports: supportCount,
			toAnswer: toAnswer.length,
			unanswered: toAnswer.filter((a) => !a.answered).length,
			standingAgainstUs: toAnswer.filter((a) => a.stands).length,
			ourAttacks: ourAttacks.length,
			ourAttacksStanding: ourAttacks.filter((a) => a.stands).length,
			claims: claims.length
		},
		claims,
		sources,
		scenario: evaluation.scenario,
		limits: { maxSupport, maxDepth }
	};
}

/** The positions of a side (claims of kind `position` on it), in file order. */
export function sidePositions(graph: ArgumentGraph, side: Side): string[] {
	return graph.debate.claims
		.filter((c) => c.kind === 'position' && graph.side.get(c.id) === side)
		.map((c) => c.id);
}

/**
 * The lines of a side's case: its positions, then the other claims of the side that support or
 * rebut the resolution directly (all of them when the side has no position).
 */
function caseLineIds(graph: ArgumentGraph, side: Side): Set<string> {
	const lines = new Set(sidePositions(graph, side));
	for (const r of graph.incoming.get(graph.resolution) ?? []) {
		if (r.from !== graph.resolution && graph.side.get(r.from) === side) lines.add(r.from);
	}
	return lines;
}

function sideClaims(graph: ArgumentGraph, side: Side): Set<string> {
	return new Set(graph.debate.claims.filter((c) => graph.side.get(c.id) === side).map((c) => c.id));
}

/** A claim and every claim of its side that supports it, directly or down a chain. */
function supportChain(graph: ArgumentGraph, root: string, side: Side): Set<string> {
	const chain = new Set([root]);
	const queue = [root];
	for (let head = 0; head < queue.length; head++) {
		for (const r of graph.incoming.get(queue[head]!) ?? []) {
			if (r.kind !== 'supports' || chain.has(r.from) || graph.side.get(r.from) !== side) continue;
			chain.add(r.from);
			queue.push(r.from);
		}
	}
	return chain;
}

function attack(
	graph: ArgumentGraph,
	evaluation: Evaluation,
	view: (id: string) => BriefClaim,
	relation: Relation,
	target: string,
	rejected: Set<string>,
	relationOrder: Map<string, number>
): BriefAttack {
	const effect = evaluation.relationLabels.get(relation.id) ?? 'undec';
	const replies = [
		...(graph.incoming.get(relation.from) ?? []).filter((r) => r.kind === 'rebuts'),
		...(graph.undercuts.get(relation.id) ?? [])
	];
	const answers = replies.map((r): BriefAnswer => {
		const answerEffect = evaluation.relationLabels.get(r.id) ?? 'undec';
		return {
			relation: r.id,
			kind: r.kind === 'undercuts' ? 'undercuts' : 'rebuts',
			claim: view(r.from),
			effect: answerEffect,
			weight: evaluation.relationWeight.get(r.id) ?? 0,
			stands: answerEffect === 'in'
		};
	});
	answers.sort(
		(a, b) =>
			LABEL_RANK[a.effect] - LABEL_RANK[b.effect] ||
			b.weight - a.weight ||
			relationOrder.get(a.relation)! - relationOrder.get(b.relation)!
	);
	const undercut = relation.kind === 'undercuts' ? graph.relations.get(relation.to) : undefined;
	return {
		relation: relation.id,
		kind: relation.kind === 'undercuts' ? 'undercuts' : 'rebuts',
		attacker: view(relation.from),
		target: view(target),
		targetRelation: undercut
			? {
					id: undercut.id,
					kind: undercut.kind,
					to: undercut.to,
					toClaim: graph.claims.has(undercut.to) ? view(undercut.to) : null
				}
			: null,
		effect,
		weight: evaluation.relationWeight.get(relation.id) ?? 0,
		stands: effect === 'in',
		answers,
		answered: answers.some((a) => !rejected.has(a.claim.id))
	};
}

function briefTitle(side: Side, resolution: BriefClaim, position: BriefClaim | null): string {
	const bare = (text: string) => text.trim().replace(/\.$/, '');
	if (position) {
		const by = position.speaker ? ` of ${position.speaker.name}` : '';
		return `Brief for the ${side} position${by}: ${bare(position.text)}`;
	}
	return side === 'affirmative'
		? `Brief for the affirmative: ${bare(resolution.text)}`
		: `Brief for the negative, against: ${bare(resolution.text)}`;
}

function limit(value: number | undefined, fallback: number, max: number): number {
	if (value === undefined || !Number.isFinite(value)) return fallback;
	return Math.min(max, Math.max(1, Math.floor(value)));
}
