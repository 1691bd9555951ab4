import type { ArgumentGraph } from '$lib/model/graph';

/** A claim, the claims it answers and those that answer it, including both ends of undercuts. */
export function neighbourhood(graph: ArgumentGraph, claim: string): Set<string> {
	const near = new Set([claim]);
	for (const relation of graph.outgoing.get(claim) ?? []) {
		const target = relation.kind === 'undercuts' ? graph.relations.get(relation.to) : relation;
		if (target) near.add(target.kind === 'undercuts' ? target.from : target.to).add(target.from);
		for (const undercut of graph.undercuts.get(relation.id) ?? []) near.add(undercut.from);
	}
	for (const relation of graph.incoming.get(claim) ?? []) near.add(relation.from);
	return near;
}
