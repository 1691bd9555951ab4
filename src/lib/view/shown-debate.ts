import type { Debate } from '$lib/model/schema';

/**
 * The map as it shows with `hidden` folded away: the other claims, and the relations among them
 * (an undercut stays while the relation it attacks does). What the map lays out, so that a large
 * map opened collapsed is not a few cards scattered over the whole map's width.
 */
export function shownDebate(debate: Debate, hidden: ReadonlySet<string>): Debate {
	if (!hidden.size) return debate;
	const claims = debate.claims.filter((c) => !hidden.has(c.id));
	const shown = new Set(claims.map((c) => c.id));
	const relations = new Map(debate.relations.map((r) => [r.id, r]));
	const kept = new Map<string, boolean>();
	// An undercut's target is a relation, which may be an undercut too: settled from the bottom.
	const keeps = (id: string, seen = new Set<string>()): boolean => {
		const known = kept.get(id);
		if (known !== undefined) return known;
		const relation = relations.get(id);
		if (!relation || seen.has(id)) return false;
		seen.add(id);
		const keep =
			shown.has(relation.from) &&
			(relation.kind === 'undercuts' ? keeps(relation.to, seen) : shown.has(relation.to));
		kept.set(id, keep);
		return keep;
	};
	return { ...debate, claims, relations: debate.relations.filter((r) => keeps(r.id)) };
}
