import type { RelationKind } from '../model/schema';

/** A placed card. `x`, `y` are the CENTRE of the card. */
export interface LayoutNode {
	id: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

/** A relation to draw. For undercuts `to` is the id of the relation it attacks. */
export interface LayoutEdge {
	id: string;
	from: string;
	to: string;
	kind: RelationKind;
}

export interface MapLayout {
	nodes: LayoutNode[];
	edges: LayoutEdge[];
	/** The rectangle holding every card. */
	bounds: { x: number; y: number; width: number; height: number };
}

/**
 * Where the cards are: all the views need of a layout (the lines they draw are the debate's own
 * relations), and all a page ships of it.
 */
export type Placement = Pick<MapLayout, 'nodes' | 'bounds'>;

export interface LayoutOptions {
	/** Simulation steps after the layered start. Default 300. */
	ticks?: number;
	/** Seed of the simulation's random source. Default 1. */
	seed?: number;
	/**
	 * Where an author placed cards (an OVA map's positions, say): each band keeps its cards in
	 * the author's left-to-right order instead of the computed one. Cards without a position keep
	 * their computed neighbours.
	 */
	positions?: ReadonlyMap<string, { x: number; y: number }>;
	/**
	 * With `positions`: cards keep their x, moved only as far as the gaps between cards need, and a
	 * card without a position goes under the claim it answers. No simulation: for laying a map out
	 * again after an edit, where what the reader knows must not move.
	 */
	keepPlaces?: boolean;
	/** Told the share of the work done, from 0 to 1, as it goes: for a progress bar. */
	onProgress?: (done: number) => void;
}
