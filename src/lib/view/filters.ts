import type { ArgumentGraph } from '$lib/model/graph';
import type { Relation, RelationKind, Side } from '$lib/model/schema';

/** What the reader narrowed the map to. An empty list means "all". */
export interface Filters {
	speakers: string[];
	topics: string[];
	kinds: RelationKind[];
	sides: Side[];
}

export const NO_FILTERS: Filters = { speakers: [], topics: [], kinds: [], sides: [] };

export const isFiltered = (filters: Filters) =>
	filters.speakers.length + filters.topics.length + filters.kinds.length + filters.sides.length > 0;

/** The claims a filter keeps. The resolution always stays: it is what every claim argues about. */
export function visibleClaims(graph: ArgumentGraph, filters: Filters): Set<string> {
	const keep = new Set<string>();
	for (const claim of graph.debate.claims) {
		const side = graph.side.get(claim.id);
		const kept =
			claim.id === graph.resolution ||
			((!filters.speakers.length || filters.speakers.includes(claim.speaker ?? '')) &&
				(!filters.topics.length || (claim.topics ?? []).some((t) => filters.topics.includes(t))) &&
				(!filters.sides.length || (side != null && filters.sides.includes(side))));
		if (kept) keep.add(claim.id);
	}
	return keep;
}

/** Relations drawn: their kind is kept and both ends are visible (an undercut's end is a relation). */
export function visibleRelations(
	graph: ArgumentGraph,
	claims: Set<string>,
	filters: Filters
): Relation[] {
	const kindKept = (r: Relation) => !filters.kinds.length || filters.kinds.includes(r.kind);
	const drawn = (r: Relation): boolean => {
		if (!kindKept(r) || !claims.has(r.from)) return false;
		if (r.kind !== 'undercuts') return claims.has(r.to);
		const target = graph.relations.get(r.to);
		return target !== undefined && target.id !== r.id && drawnOnce(target);
	};
	// Undercuts may chain; a relation is visited at most once per chain so a cycle cannot recurse.
	const seen = new Set<string>();
	const drawnOnce = (r: Relation): boolean => {
		if (seen.has(r.id)) return false;
		seen.add(r.id);
		const result = drawn(r);
		seen.delete(r.id);
		return result;
	};
	return graph.debate.relations.filter((r) => drawnOnce(r));
}

/** A value a filter can keep, with how many claims have it. */
export interface Facet {
	id: string;
	label: string;
	count: number;
}

/** The speakers (most claims first) and topics (alphabetical) the filters offer. */
export function facets(graph: ArgumentGraph): { speakers: Facet[]; topics: Facet[] } {
	const { claims } = graph.debate;
	const speakers = graph.debate.speakers
		.map((s) => ({
			id: s.id,
			label: s.name,
			count: claims.filter((c) => c.speaker === s.id).length
		}))
		.filter((s) => s.count)
		// Ties keep the debate's own order: no collation, whose first use costs the first load
		// several milliseconds of the browser setting it up.
		.sort((a, b) => b.count - a.count);
	const topics = [...new Set(claims.flatMap((c) => c.topics ?? []))].sort().map((t) => ({
		id: t,
		label: t,
		count: claims.filter((c) => (c.topics ?? []).includes(t)).length
	}));
	return { speakers, topics };
}
