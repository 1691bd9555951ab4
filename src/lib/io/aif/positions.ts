import { isObject } from '../common';
import type { Position } from '../types';

/**
 * Where OVA3 drew each I node (`{"OVA": {"nodes": [{nodeID, x, y}]}}`), by claim id: a seed for
 * the layout. Nodes that are no claim, or without finite coordinates, are passed over.
 */
export function readPositions(ova: unknown, claimOf: Map<string, string>): Map<string, Position> {
	const positions = new Map<string, Position>();
	if (!isObject(ova) || !Array.isArray(ova.nodes)) return positions;
	for (const raw of ova.nodes) {
		if (!isObject(raw)) continue;
		const id = raw.nodeID;
		if (typeof id !== 'string' && typeof id !== 'number') continue;
		const claim = claimOf.get(String(id));
		const x = Number(raw.x);
		const y = Number(raw.y);
		if (claim && Number.isFinite(x) && Number.isFinite(y)) positions.set(claim, { x, y });
	}
	return positions;
}
