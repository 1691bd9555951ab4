import type { ArgumentGraph } from '$lib/model/graph';
import type { Relation } from '$lib/model/schema';

/**
 * The map as an indented tree from the resolution: the accessible equivalent of the map. Each
 * claim appears once, under the claim it reaches the resolution through (breadth-first, so at its
 * shortest depth); every other relation it has is listed as a cross-reference.
 */
export interface OutlineEntry {
	claim: string;
	/** The relation that places this claim under its parent (`undefined` for a root). */
	via?: Relation;
	children: OutlineEntry[];
	/** Relations from this claim to claims placed elsewhere in the tree. */
	alsoRelations: Relation[];
}

export interface Outline {
	root: OutlineEntry;
	/** Claims with no chain to the resolution, each as a tree of its own. */
	detached: OutlineEntry[];
	parent: Map<string, string>;
	/** Entries by claim id, for keyboard navigation. */
	entries: Map<string, OutlineEntry>;
}

export function buildOutline(
	graph: ArgumentGraph,
	order: (a: string, b: string) => number = () => 0
): Outline {
	const entries = new Map<string, OutlineEntry>();
	const parent = new Map<string, string>();
	const placedVia = new Set<string>();
	const entry = (claim: string, via?: Relation): OutlineEntry => {
		const made: OutlineEntry = { claim, via, children: [], alsoRelations: [] };
		entries.set(claim, made);
		if (via) placedVia.add(via.id);
		return made;
	};

	const grow = (start: OutlineEntry) => {
		const queue = [start];
		for (let head = 0; head < queue.length; head++) {
			const current = queue[head]!;
			const answers = [
				...(graph.incoming.get(current.claim) ?? []),
				...(graph.outgoing.get(current.claim) ?? []).flatMap((r) => graph.undercuts.get(r.id) ?? [])
			];
			for (const relation of answers) {
				if (entries.has(relation.from)) continue;
				const child = entry(relation.from, relation);
				parent.set(relation.from, current.claim);
				current.children.push(child);
				queue.push(child);
			}
			current.children.sort((a, b) => order(a.claim, b.claim));
		}
	};

	const root = entry(graph.resolution);
	grow(root);
	const detached: OutlineEntry[] = [];
	for (const claim of graph.debate.claims) {
		if (entries.has(claim.id)) continue;
		const tree = entry(claim.id);
		grow(tree);
		detached.push(tree);
	}
	for (const relation of graph.debate.relations) {
		if (!placedVia.has(relation.id)) entries.get(relation.from)?.alsoRelations.push(relation);
	}
	return { root, detached, parent, entries };
}

export type Direction = 'parent' | 'child' | 'previous' | 'next' | 'root';

/** Where an arrow key moves from a claim: along the relations, in the outline's order. */
export function step(outline: Outline, from: string, direction: Direction): string {
	const entry = outline.entries.get(from);
	if (!entry) return from;
	const parentId = outline.parent.get(from);
	const siblings = parentId
		? outline.entries.get(parentId)!.children
		: [outline.root, ...outline.detached];
	const at = siblings.findIndex((e) => e.claim === from);
	switch (direction) {
		case 'root':
			return outline.root.claim;
		case 'parent':
			return parentId ?? from;
		case 'child':
			return entry.children[0]?.claim ?? from;
		case 'previous':
			return siblings[at - 1]?.claim ?? from;
		case 'next':
			return siblings[at + 1]?.claim ?? from;
	}
}
