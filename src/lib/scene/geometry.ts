import type { Relation, RelationKind } from '$lib/model/schema';

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** A claim's card where the reader sees it: pinned or laid out. */
export function boxOf(
	explorer: { position(claim: string): { x: number; y: number }; nodes: ReadonlyMap<string, Box> },
	claim: string
): Box {
	const at = explorer.position(claim);
	const node = explorer.nodes.get(claim);
	return { x: at.x, y: at.y, width: node?.width ?? 0, height: node?.height ?? 0 };
}

export interface Segment {
	id: string;
	kind: RelationKind;
	from: string;
	to: string;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/** Where the line from a box's centre towards (tx, ty) leaves the box, plus a gap. */
export function exitPoint(box: Box, tx: number, ty: number, gap = 0): { x: number; y: number } {
	const dx = tx - box.x;
	const dy = ty - box.y;
	if (dx === 0 && dy === 0) return { x: box.x, y: box.y };
	const scale = Math.min(
		dx === 0 ? Infinity : (box.width / 2 + gap) / Math.abs(dx),
		dy === 0 ? Infinity : (box.height / 2 + gap) / Math.abs(dy)
	);
	return { x: box.x + dx * Math.min(scale, 1), y: box.y + dy * Math.min(scale, 1) };
}

/**
 * Straight segments from card edge to card edge; an undercut ends on the midpoint of the segment
 * it attacks, which is why segments are resolved in dependency order.
 */
export function segments(relations: readonly Relation[], box: (claim: string) => Box): Segment[] {
	const byId = new Map(relations.map((r) => [r.id, r]));
	const done = new Map<string, Segment | null>();
	const resolve = (relation: Relation): Segment | null => {
		if (done.has(relation.id)) return done.get(relation.id)!;
		done.set(relation.id, null); // a cycle of undercuts draws nothing rather than recursing
		const source = box(relation.from);
		let end: { x: number; y: number } | null;
		if (relation.kind === 'undercuts') {
			const target = byId.get(relation.to);
			const attacked = target ? resolve(target) : null;
			end = attacked
				? { x: (attacked.x1 + attacked.x2) / 2, y: (attacked.y1 + attacked.y2) / 2 }
				: null;
		} else {
			const target = box(relation.to);
			end = exitPoint(target, source.x, source.y, 6);
		}
		if (!end) return null;
		const start = exitPoint(source, end.x, end.y, 2);
		const segment: Segment = {
			id: relation.id,
			kind: relation.kind,
			from: relation.from,
			to: relation.to,
			x1: start.x,
			y1: start.y,
			x2: end.x,
			y2: end.y
		};
		done.set(relation.id, segment);
		return segment;
	};
	return relations.map(resolve).filter((s): s is Segment => s !== null);
}
