import {
	buildBrief,
	choices,
	practiceItems,
	type PracticeChoice,
	type PracticeItem
} from '$lib/brief';
import type { ArgumentGraph } from '$lib/model/graph';
import { briefTarget } from '$lib/brief/target';
import { within } from './neighbourhood';

/** Where a practice round stands: its questions, the one asked, and the choices offered for it. */
export interface PracticeRound {
	/** The claims to defend: with a focus, only those near the selected claim. */
	items: PracticeItem[];
	/** The question asked: the selected claim's, else the first. */
	index: number;
	item: PracticeItem | undefined;
	choices: PracticeChoice[];
}

/** A fixed seed per practice round: the same link shows the same choices in the same order. */
const SEED = 7;

/**
 * The practice round for `target` (a side or a position, as a link names it), on the debate as
 * argued: practice asks what the other side says on the map, whatever the reader's what-if.
 * `focus` keeps the questions within that many relations of `selected`.
 */
export function practiceRound(
	graph: ArgumentGraph,
	target: string,
	selected: string | null,
	focus: number | null
): PracticeRound {
	const all = practiceItems(buildBrief(graph, briefTarget(graph, target)));
	const near = focus !== null && selected ? within(graph, selected, focus) : null;
	const items = near ? all.filter((item) => near.has(item.claim.id)) : all;
	const index = Math.max(
		0,
		items.findIndex((item) => item.claim.id === selected)
	);
	const item = items[index];
	return { items, index, item, choices: item ? choices(item, graph, SEED) : [] };
}

/** The claim of the question `step` questions on (wrapping round), if the round has any. */
export function practiceStep(round: PracticeRound, step: number): string | undefined {
	const n = round.items.length;
	return round.items[(((round.index + step) % n) + n) % n]?.claim.id;
}
