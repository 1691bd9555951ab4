import type { ClaimKind, RelationKind } from './vocabulary';

/** What the rule needs of a debate, so that importers can ask before their debate is validated. */
export interface ResolutionInput {
	claims: readonly { id: string; kind?: ClaimKind }[];
	relations?: readonly { id: string; from: string; to: string; kind: RelationKind }[];
}

export interface InferredResolution {
	/** The claim taken as the resolution. */
	id: string;
	/** Claims that support or rebut nothing, in the debate's order. */
	roots: string[];
	/** How many claims answer the chosen one, directly or not, itself included. */
	treeSize: number;
	/** Chosen for being of kind `resolution`, not for the size of its tree. */
	byKind: boolean;
}

/**
 * The one rule for a debate that names no resolution: its only root (a claim that supports or
 * rebuts nothing); of several roots, the one of kind `resolution`, else the root of the largest tree of answers, so that a lone
 * claim does not become the map's centre; when every root stands alone or there is none (the
 * debate is a cycle), the claim of kind `resolution`, else the one with the most answers below
 * it. Ties go to the claim that comes first. `undefined` for a debate without claims.
 */
export function inferResolution(input: ResolutionInput): InferredResolution | undefined {
	const relations = input.relations ?? [];
	const hasOutgoing = new Set<string>();
	const answers = new Map<string, string[]>();
	const answer = (target: string, from: string) => {
		const list = answers.get(target);
		if (list) list.push(from);
		else answers.set(target, [from]);
	};
	const relationFrom = new Map(relations.map((r) => [r.id, r.from]));
	for (const r of relations) {
		hasOutgoing.add(r.from);
		// An undercut answers the claim whose relation it attacks (for an undercut of an undercut,
		// its undercutter).
		const target = r.kind === 'undercuts' ? relationFrom.get(r.to) : r.to;
		if (target !== undefined) answer(target, r.from);
	}
	const roots = input.claims.filter((c) => !hasOutgoing.has(c.id));
	const treeSize = (root: string) => {
		const seen = new Set([root]);
		const queue = [root];
		for (let head = 0; head < queue.length; head++) {
			for (const next of answers.get(queue[head]!) ?? []) {
				if (!seen.has(next)) {
					seen.add(next);
					queue.push(next);
				}
			}
		}
		return seen.size;
	};
	const choose = (candidates: ResolutionInput['claims']) => {
		const named = candidates.find((c) => c.kind === 'resolution');
		if (candidates.length === 1 || named) {
			const id = (named ?? candidates[0]!).id;
			return { id, treeSize: treeSize(id), byKind: !!named && candidates.length > 1 };
		}
		let best: { id: string; treeSize: number; byKind: boolean } | undefined;
		for (const claim of candidates) {
			const size = treeSize(claim.id);
			if (!best || size > best.treeSize) best = { id: claim.id, treeSize: size, byKind: false };
		}
		return best;
	};
	let chosen = choose(roots);
	if (!chosen || (roots.length > 1 && !chosen.byKind && chosen.treeSize <= 1 && relations.length)) {
		chosen = choose(input.claims);
	}
	return chosen && { ...chosen, roots: roots.map((c) => c.id) };
}
