import type { ArgumentGraph } from '../model/graph';
import type { Claim, RelationKind, Side } from '../model/schema';

/** A relation as the layout sees it: between two claims, by index into `claims`. */
export interface StructureLink {
	source: number;
	target: number;
	kind: RelationKind;
	/** The relation that places `source` under `target` in the breadth-first tree. */
	tree: boolean;
}

/**
 * What the layout needs to know about a debate, indexed by the claim's position in the file (so
 * nothing depends on Map or Set iteration order): each claim's band (its depth; claims with no
 * chain to the resolution share one band under the deepest), its parent in the breadth-first tree
 * from the resolution, and every relation as a link between two claims. An undercut links its
 * author to the claim whose relation it attacks (the `from` of that relation): that is where the
 * breadth-first search reaches it from, and where its edge ends, halfway along that relation.
 */
export interface ArgumentStructure {
	claims: Claim[];
	index: Map<string, number>;
	resolution: number;
	band: number[];
	bandCount: number;
	side: (Side | null)[];
	/** `-1` for the resolution and for claims with no chain to it. */
	parent: number[];
	children: number[][];
	links: StructureLink[];
}

export function argumentStructure(graph: ArgumentGraph): ArgumentStructure {
	const claims = graph.debate.claims;
	const index = new Map(claims.map((c, i) => [c.id, i]));
	const resolution = index.get(graph.resolution) ?? 0;
	const depth = claims.map((c) => graph.depth.get(c.id) ?? null);
	let deepest = 0;
	for (const d of depth) if (d !== null && d > deepest) deepest = d;
	const band = depth.map((d) => d ?? deepest + 1);
	const bandCount = depth.some((d) => d === null) ? deepest + 2 : deepest + 1;
	const side = claims.map((c) => graph.side.get(c.id) ?? null);

	// The relation's `from` for a relation id: where an undercut of it is anchored.
	const anchor = (relationId: string): number | undefined => {
		const relation = graph.relations.get(relationId);
		return relation ? index.get(relation.from) : undefined;
	};

	// Breadth-first from the resolution in the order buildGraph walks, so each claim's parent is
	// the claim its depth came through.
	const parent = claims.map(() => -1);
	const treeVia = claims.map((): string | null => null);
	const seen = claims.map(() => false);
	seen[resolution] = true;
	const queue = [resolution];
	const reach = (from: string, at: number, via: string) => {
		const i = index.get(from);
		if (i === undefined || seen[i] || depth[i] !== depth[at]! + 1) return;
		seen[i] = true;
		parent[i] = at;
		treeVia[i] = via;
		queue.push(i);
	};
	for (let head = 0; head < queue.length; head++) {
		const at = queue[head]!;
		const id = claims[at]!.id;
		for (const relation of graph.incoming.get(id) ?? []) reach(relation.from, at, relation.id);
		for (const relation of graph.outgoing.get(id) ?? []) {
			for (const undercut of graph.undercuts.get(relation.id) ?? []) {
				reach(undercut.from, at, undercut.id);
			}
		}
	}
	const children: number[][] = claims.map(() => []);
	parent.forEach((p, i) => {
		if (p >= 0) children[p]!.push(i);
	});

	const links: StructureLink[] = [];
	for (const relation of graph.debate.relations) {
		const source = index.get(relation.from);
		const target = relation.kind === 'undercuts' ? anchor(relation.to) : index.get(relation.to);
		if (source === undefined || target === undefined || source === target) continue;
		links.push({ source, target, kind: relation.kind, tree: treeVia[source] === relation.id });
	}
	return { claims, index, resolution, band, bandCount, side, parent, children, links };
}
