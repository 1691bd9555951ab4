import type { ArgumentGraph } from '$lib/model/graph';

/**
 * Collapsing a claim hides the claims that answer it, recursively: the claims that support or
 * rebut it, and those that undercut its relations (as the outline places them), and what answers
 * those, down the tree away from the resolution.
 *
 * The rule for a claim reached by more than one path (cross relations, cycles): it is hidden only
 * when every path to it from the resolution passes through a collapsed claim. So a claim stays
 * visible while any path to it is expanded, and a collapse never hides what the reader can still
 * reach another way. Claims with no chain to the resolution start from the first of their own
 * (the outline's detached roots), so collapsing works there the same way.
 */

/**
 * Maps with more claims than this open with the claims below `OPEN_LEVELS` collapsed. Fitted
 * whole on a laptop's map (1080×690 px), the bundled 65 claims have titles of 8.2 px; generated
 * maps of 100, 200 and 1,500 claims 4.7, 2.3 and 0.3 px: past 100 the whole map is specks.
 */
export const COLLAPSE_ABOVE = 100;
/** How many levels of answers under the resolution a large map opens with. */
export const OPEN_LEVELS = 2;

interface Structure {
	/** The claims that answer each claim. */
	answers: Map<string, string[]>;
	/** Where every path starts: the resolution, then one claim per part not linked to it. */
	starts: string[];
}

const structures = new WeakMap<ArgumentGraph, Structure>();

function structure(graph: ArgumentGraph): Structure {
	let known = structures.get(graph);
	if (known) return known;
	const answers = new Map<string, string[]>();
	for (const id of graph.claims.keys()) {
		const from = [
			...(graph.incoming.get(id) ?? []),
			...(graph.outgoing.get(id) ?? []).flatMap((r) => graph.undercuts.get(r.id) ?? [])
		].map((r) => r.from);
		answers.set(
			id,
			[...new Set(from)].filter((f) => f !== id)
		);
	}
	const starts: string[] = [];
	const reached = new Set<string>();
	for (const id of [graph.resolution, ...graph.claims.keys()]) {
		if (reached.has(id) || !graph.claims.has(id)) continue;
		starts.push(id);
		walk([id], answers, () => true, reached);
	}
	structures.set(graph, (known = { answers, starts }));
	return known;
}

/** Breadth-first from `from`, going on past a claim only where `through` says so; returns the
 * claims reached (adding them to `reached`) with each one's step count. */
function walk(
	from: string[],
	answers: Map<string, string[]>,
	through: (claim: string) => boolean,
	reached = new Set<string>()
): Map<string, number> {
	const depth = new Map<string, number>();
	const queue = from.filter((id) => !reached.has(id));
	for (const id of queue) {
		reached.add(id);
		depth.set(id, 0);
	}
	for (let head = 0; head < queue.length; head++) {
		const claim = queue[head]!;
		if (!through(claim)) continue;
		for (const answer of answers.get(claim) ?? []) {
			if (reached.has(answer)) continue;
			reached.add(answer);
			depth.set(answer, depth.get(claim)! + 1);
			queue.push(answer);
		}
	}
	return depth;
}

/** The claims that answer `claim` directly: what collapsing it hides first. */
export function answersOf(graph: ArgumentGraph, claim: string): readonly string[] {
	return structure(graph).answers.get(claim) ?? [];
}

/** Whether collapsing `claim` could hide anything: it has answers. */
export function collapsible(graph: ArgumentGraph, claim: string): boolean {
	return answersOf(graph, claim).length > 0;
}

/** The claims every path to which passes through a collapsed claim. */
export function hiddenClaims(graph: ArgumentGraph, collapsed: ReadonlySet<string>): Set<string> {
	const hidden = new Set<string>();
	if (!collapsed.size) return hidden;
	const { answers, starts } = structure(graph);
	const shown = walk(starts, answers, (claim) => !collapsed.has(claim));
	for (const id of graph.claims.keys()) if (!shown.has(id)) hidden.add(id);
	return hidden;
}

/**
 * How many hidden claims each collapsed claim hides: the hidden claims reached from it through
 * hidden claims only. A claim hidden under two collapsed claims counts under both; a claim under a
 * collapsed claim that is hidden itself counts under the collapsed claim above it too, so the
 * badge says what lies folded beneath it, as far down as it goes.
 */
export function hiddenCounts(
	graph: ArgumentGraph,
	collapsed: ReadonlySet<string>,
	hidden: ReadonlySet<string>
): Map<string, number> {
	const { answers } = structure(graph);
	const counts = new Map<string, number>();
	for (const claim of collapsed) {
		const below = (answers.get(claim) ?? []).filter((a) => hidden.has(a));
		const reached = walk(below, answers, (id) => hidden.has(id), new Set([claim]));
		let count = 0;
		for (const id of reached.keys()) if (hidden.has(id)) count++;
		counts.set(claim, count);
	}
	return counts;
}

/**
 * What to collapse so that only `levels` levels of answers show under the resolution (and under
 * the first claim of each part not linked to it): the claims `levels` steps down that have
 * answers. Everything deeper is then hidden, since every path down passes through that level.
 */
export function collapseBelow(graph: ArgumentGraph, levels: number): Set<string> {
	const { answers, starts } = structure(graph);
	const depth = walk(starts, answers, () => true);
	const collapsed = new Set<string>();
	for (const [id, steps] of depth) {
		if (steps === levels && (answers.get(id)?.length ?? 0) > 0) collapsed.add(id);
	}
	return collapsed;
}

const openingFolds = new WeakMap<ArgumentGraph, ReadonlySet<string>>();

/** What a map folds as it opens: below `OPEN_LEVELS` for a map of more than `COLLAPSE_ABOVE`
 * claims, nothing for a smaller one. Kept per graph, as opening works it out ahead of the page. */
export function openingFold(graph: ArgumentGraph): ReadonlySet<string> {
	let fold = openingFolds.get(graph);
	if (!fold) {
		fold = graph.claims.size > COLLAPSE_ABOVE ? collapseBelow(graph, OPEN_LEVELS) : new Set();
		openingFolds.set(graph, fold);
	}
	return fold;
}

/** What a fold hides, and how much under each collapsed claim. */
export interface Folding {
	hidden: Set<string>;
	counts: Map<string, number>;
}

const foldings = new WeakMap<ArgumentGraph, { collapsed: ReadonlySet<string>; folding: Folding }>();

/** `hiddenClaims` and `hiddenCounts` of a fold, the last one per graph kept: a 10,000-claim map
 * takes tens of milliseconds over them, which opening spends in a task of its own. */
export function folding(graph: ArgumentGraph, collapsed: ReadonlySet<string>): Folding {
	const known = foldings.get(graph);
	if (known?.collapsed === collapsed) return known.folding;
	const hidden = hiddenClaims(graph, collapsed);
	const made = { hidden, counts: hiddenCounts(graph, collapsed, hidden) };
	foldings.set(graph, { collapsed, folding: made });
	return made;
}

/**
 * The collapsed claims, less those that must open for `claim` to show: the collapsed claims on a
 * shortest path to it from where paths start. The claim itself stays as it was.
 */
export function revealing(
	graph: ArgumentGraph,
	collapsed: ReadonlySet<string>,
	claim: string
): Set<string> {
	const next = new Set(collapsed);
	if (!hiddenClaims(graph, collapsed).has(claim)) return next;
	const { answers, starts } = structure(graph);
	const parent = new Map<string, string>();
	const reached = new Set(starts);
	const queue = [...starts];
	for (let head = 0; head < queue.length && !reached.has(claim); head++) {
		const at = queue[head]!;
		for (const answer of answers.get(at) ?? []) {
			if (reached.has(answer)) continue;
			reached.add(answer);
			parent.set(answer, at);
			queue.push(answer);
		}
	}
	for (let at = parent.get(claim); at !== undefined; at = parent.get(at)) next.delete(at);
	return next;
}
