import { evaluate, type Scenario } from '$lib/analysis';
import { opposite, type ArgumentGraph } from '$lib/model/graph';
import type { Side } from '$lib/model/schema';
import { seededRandom } from '../random';
import { claimViews } from './cite';
import type { Brief, BriefAttack, BriefClaim } from './types';

/** One practice question: a claim of ours and the attacks on it a student must anticipate. */
export interface PracticeItem {
	claim: BriefClaim;
	/** The other side's attacks on the claim, in the brief's order (unanswered first). */
	attacks: BriefAttack[];
	/** Our side, and the what-if the brief was built under (for `choices`). */
	side: Side;
	scenario: Required<Scenario>;
}

/** A multiple-choice candidate: a claim of the other side, and whether it attacks the claim. */
export interface PracticeChoice {
	claim: BriefClaim;
	correct: boolean;
	/** For a correct choice: the ids of its attacks on the item's claim. */
	relations: string[];
}

/**
 * The practice questions of a brief: one per claim of ours that the other side attacks, nearest
 * the resolution first (then in file order), each with the attacks on it from `toAnswer`.
 */
export function practiceItems(brief: Brief): PracticeItem[] {
	const order = new Map(brief.claims.map((c, i) => [c.id, i]));
	const byTarget = new Map<string, PracticeItem>();
	for (const attack of brief.toAnswer) {
		let item = byTarget.get(attack.target.id);
		if (!item) {
			item = {
				claim: attack.target,
				attacks: [],
				side: brief.focus.side,
				scenario: brief.scenario
			};
			byTarget.set(attack.target.id, item);
		}
		item.attacks.push(attack);
	}
	const depth = (item: PracticeItem) => item.claim.depth ?? Infinity;
	return [...byTarget.values()].sort(
		(a, b) => depth(a) - depth(b) || order.get(a.claim.id)! - order.get(b.claim.id)!
	);
}

/** Choices offered per question, when the map has enough claims. */
const CHOICES = 4;
/** Correct choices shown at most, so that at least one distractor remains. */
const MAX_CORRECT = CHOICES - 1;

/**
 * The multiple-choice candidates for a practice item: "which of these does the other side use
 * against our claim?" The real attackers (at most three, picked by the seed when there are more)
 * plus distractors up to four in all: claims of the other side that attack something else first,
 * then any other claims of the other side. Fewer than four only when the map has too few claims
 * of the other side. Shuffled by a seeded generator: the same item, graph and seed always give the
 * same choices in the same order. `seed` is a number, or a function giving numbers in [0, 1).
 */
export function choices(
	item: PracticeItem,
	graph: ArgumentGraph,
	seed: number | (() => number)
): PracticeChoice[] {
	// A number seeds a generator of its own for each question, so one seed varies the order
	// across the questions of a practice round.
	const random = typeof seed === 'function' ? seed : seededRandom(mixSeed(seed, item.claim.id));
	const view = viewsFor(graph, item.scenario);
	const theirs = opposite(item.side);

	const attackers = new Map<string, string[]>();
	for (const attack of item.attacks) {
		const relations = attackers.get(attack.attacker.id) ?? [];
		relations.push(attack.relation);
		attackers.set(attack.attacker.id, relations);
	}
	const correct = shuffle([...attackers.keys()], random).slice(0, MAX_CORRECT);

	const attacking = new Set<string>();
	for (const relation of graph.debate.relations) {
		if (relation.kind !== 'supports') attacking.add(relation.from);
	}
	const candidates = graph.debate.claims
		.map((c) => c.id)
		.filter(
			(id) =>
				!attackers.has(id) &&
				id !== item.claim.id &&
				graph.side.get(id) === theirs &&
				id !== graph.resolution
		);
	const distractors = [
		...shuffle(
			candidates.filter((id) => attacking.has(id)),
			random
		),
		...shuffle(
			candidates.filter((id) => !attacking.has(id)),
			random
		)
	].slice(0, CHOICES - correct.length);

	return shuffle(
		[
			...correct.map((id) => ({ claim: view(id), correct: true, relations: attackers.get(id)! })),
			...distractors.map((id) => ({ claim: view(id), correct: false, relations: [] }))
		],
		random
	);
}

/** The claim views of the last what-if asked for, per graph: the items of one brief share it. */
const views = new WeakMap<ArgumentGraph, { key: string; view: (id: string) => BriefClaim }>();

function viewsFor(graph: ArgumentGraph, scenario: Required<Scenario>): (id: string) => BriefClaim {
	const key = JSON.stringify(scenario);
	const cached = views.get(graph);
	if (cached?.key === key) return cached.view;
	const view = claimViews(graph, evaluate(graph, { scenario }));
	views.set(graph, { key, view });
	return view;
}

/** Fisher–Yates on a copy, drawing from `random`. */
function shuffle<T>(items: T[], random: () => number): T[] {
	const list = items.slice();
	for (let i = list.length - 1; i > 0; i--) {
		const r = random();
		const j = Number.isFinite(r) ? Math.min(i, Math.max(0, Math.floor(r * (i + 1)))) : 0;
		[list[i], list[j]] = [list[j]!, list[i]!];
	}
	return list;
}

/** A seed combined with a string (FNV-1a over its UTF-16 code units). */
function mixSeed(seed: number, text: string): number {
	let hash = (2166136261 ^ (Number.isFinite(seed) ? Math.floor(seed) : 0)) >>> 0;
	for (let i = 0; i < text.length; i++) {
		hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
	}
	return hash;
}
