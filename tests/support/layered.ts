import dagre from '@dagrejs/dagre';
import type { ArgumentGraph } from '../../src/lib/model/graph';
import { cardBox } from '../../src/lib/scene/cards';
import type { MapLayout } from '../../src/lib/layout/types';

/**
 * The yardstick for the map's edge crossings: dagre's layered layout (Sugiyama: ranks, crossing
 * minimisation, coordinates) of the same cards, at the same sizes, with the same edges. Each
 * relation is an edge from what it answers down to its author, so the resolution comes out on
 * top; an undercut counts as an edge from the claim at the end of the relation it attacks (for an
 * undercut of an undercut, followed to a claim). The result is a `MapLayout` with the debate's own
 * edges, so `countCrossings` measures both layouts the same way: straight segments between
 * centres.
 */
export function layeredLayout(graph: ArgumentGraph): MapLayout {
	const g = new dagre.graphlib.Graph({ multigraph: true });
	g.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 90, marginx: 0, marginy: 0 });
	g.setDefaultEdgeLabel(() => ({}));
	for (const claim of graph.debate.claims) {
		const box = cardBox(claim);
		g.setNode(claim.id, { width: box.width, height: box.height });
	}
	const targetClaim = (relationId: string): string | undefined => {
		const seen = new Set<string>();
		let relation = graph.relations.get(relationId);
		while (relation && relation.kind === 'undercuts' && !seen.has(relation.id)) {
			seen.add(relation.id);
			relation = graph.relations.get(relation.to);
		}
		return relation && relation.kind !== 'undercuts' ? relation.to : undefined;
	};
	for (const relation of graph.debate.relations) {
		const to = relation.kind === 'undercuts' ? targetClaim(relation.to) : relation.to;
		if (to === undefined || to === relation.from) continue;
		g.setEdge(to, relation.from, {}, relation.id);
	}
	dagre.layout(g);

	const nodes = graph.debate.claims.map((claim) => {
		const node = g.node(claim.id);
		return { id: claim.id, x: node.x!, y: node.y!, width: node.width, height: node.height };
	});
	const edges = graph.debate.relations.map((r) => ({
		id: r.id,
		from: r.from,
		to: r.to,
		kind: r.kind
	}));
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	for (const n of nodes) {
		minX = Math.min(minX, n.x - n.width / 2);
		maxX = Math.max(maxX, n.x + n.width / 2);
		minY = Math.min(minY, n.y - n.height / 2);
		maxY = Math.max(maxY, n.y + n.height / 2);
	}
	return { nodes, edges, bounds: { x: minX, y: minY, width: maxX - minX, height: maxY - minY } };
}
