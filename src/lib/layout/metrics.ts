import type { LayoutNode, MapLayout } from './types';

/**
 * Pairs of cards whose rectangles intersect, or come closer than `gap` px to each other. Touching
 * cards (exactly `gap` apart) do not count. A sweep along x: O(n log n) plus the pairs it finds.
 */
export function countOverlaps(nodes: readonly LayoutNode[], gap = 0): number {
	const sorted = nodes.slice().sort((a, b) => a.x - a.width / 2 - (b.x - b.width / 2));
	const eps = 1e-6;
	let count = 0;
	for (let i = 0; i < sorted.length; i++) {
		const a = sorted[i]!;
		const right = a.x + a.width / 2 + gap;
		for (let j = i + 1; j < sorted.length; j++) {
			const b = sorted[j]!;
			if (b.x - b.width / 2 >= right - eps) break;
			if (
				Math.abs(a.x - b.x) < (a.width + b.width) / 2 + gap - eps &&
				Math.abs(a.y - b.y) < (a.height + b.height) / 2 + gap - eps
			) {
				count++;
			}
		}
	}
	return count;
}

interface Segment {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	/** What its two ends sit on: claim ids, and `edge <id>` (ids have no spaces) for a point on an edge. */
	ends: string[];
}

/**
 * The straight segment of every edge: card centre to card centre for supports and rebuts, and for
 * an undercut from its author's centre to the midpoint of the edge it attacks (which may itself be
 * an undercut). Edges whose target cannot be resolved (missing, or a ring of undercuts) are left
 * out.
 */
export function edgeSegments(layout: MapLayout): Map<string, Segment> {
	const nodes = new Map(layout.nodes.map((n) => [n.id, n]));
	const edges = new Map(layout.edges.map((e) => [e.id, e]));
	const segments = new Map<string, Segment | null>();
	const resolve = (id: string, visiting: Set<string>): Segment | null => {
		const known = segments.get(id);
		if (known !== undefined) return known;
		const edge = edges.get(id);
		const from = edge && nodes.get(edge.from);
		let segment: Segment | null = null;
		if (edge && from && !visiting.has(id)) {
			if (edge.kind === 'undercuts') {
				visiting.add(id);
				const target = resolve(edge.to, visiting);
				visiting.delete(id);
				if (target) {
					segment = {
						x1: from.x,
						y1: from.y,
						x2: (target.x1 + target.x2) / 2,
						y2: (target.y1 + target.y2) / 2,
						ends: [edge.from, `edge ${edge.to}`]
					};
				}
			} else {
				const to = nodes.get(edge.to);
				if (to) {
					segment = { x1: from.x, y1: from.y, x2: to.x, y2: to.y, ends: [edge.from, edge.to] };
				}
			}
		}
		if (!visiting.size || segment) segments.set(id, segment);
		return segment;
	};
	const out = new Map<string, Segment>();
	for (const edge of layout.edges) {
		const segment = resolve(edge.id, new Set());
		if (segment) out.set(edge.id, segment);
	}
	return out;
}

const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
	(bx - ax) * (cy - ay) - (by - ay) * (cx - ax);

/** Whether two segments cross at a point inside both (touching or collinear does not count). */
export function segmentsCross(a: Segment, b: Segment): boolean {
	if (
		Math.max(a.x1, a.x2) < Math.min(b.x1, b.x2) ||
		Math.max(b.x1, b.x2) < Math.min(a.x1, a.x2) ||
		Math.max(a.y1, a.y2) < Math.min(b.y1, b.y2) ||
		Math.max(b.y1, b.y2) < Math.min(a.y1, a.y2)
	) {
		return false;
	}
	const scale = Math.max(
		Math.abs(a.x2 - a.x1) + Math.abs(a.y2 - a.y1),
		Math.abs(b.x2 - b.x1) + Math.abs(b.y2 - b.y1),
		1
	);
	const eps = 1e-9 * scale * scale;
	const d1 = orient(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
	const d2 = orient(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
	const d3 = orient(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
	const d4 = orient(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
	return (
		((d1 > eps && d2 < -eps) || (d1 < -eps && d2 > eps)) &&
		((d3 > eps && d4 < -eps) || (d3 < -eps && d4 > eps))
	);
}

/**
 * Crossings between the straight segments of the edges (see `edgeSegments`). Edges that share an
 * end do not count: two edges at one card, two undercuts of one edge, an undercut and the edge it
 * ends on.
 */
export function countCrossings(layout: MapLayout): number {
	const list: Segment[] = [];
	const own: string[][] = [];
	for (const [id, segment] of edgeSegments(layout)) {
		list.push(segment);
		// An edge's own points: its ends, and itself (undercuts of it end on it).
		own.push([...segment.ends, `edge ${id}`]);
	}
	let count = 0;
	for (let i = 0; i < list.length; i++) {
		for (let j = i + 1; j < list.length; j++) {
			if (own[i]!.some((end) => own[j]!.includes(end))) continue;
			if (segmentsCross(list[i]!, list[j]!)) count++;
		}
	}
	return count;
}
