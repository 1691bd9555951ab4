import type { ArgumentGraph } from '../model/graph';
import { layoutDebate } from './simulation';
import type { Placement } from './types';

/**
 * The map laid out again after an edit. Seeded with where the cards were: each band keeps its
 * cards in their old left-to-right order, so nothing the reader knows jumps across the map, and a
 * new card, which has no old place, is drawn in beside the claim it answers.
 */
export function relayout(
	graph: ArgumentGraph,
	was: ReadonlyMap<string, { x: number; y: number }>
): Placement {
	const { nodes, bounds } = layoutDebate(graph, { positions: was });
	return { nodes, bounds };
}
