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

/** Claims within `steps` relations of a claim, whichever way the relations point. */
export function within(graph: ArgumentGraph, claim: string, steps: number): Set<string> {
	const reached = new Set([claim]);
	let frontier = [claim];
	for (let step = 0; step < steps && frontier.length; step++) {
		const next: string[] = [];
		for (const current of frontier) {
			for (const near of neighbourhood(graph, current)) {
				if (!reached.has(near)) {
					reached.add(near);
					next.push(near);
				}
			}
		}
		frontier = next;
	}
	return reached;
}
