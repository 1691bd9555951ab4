/* eslint-disable svelte/prefer-svelte-reactivity -- pins are replaced whole, never mutated: a $state.raw Map snapshot is what the URL state will serialise */
import { buildGraph, type ArgumentGraph } from '$lib/model/graph';
import type { Debate, Relation } from '$lib/model/schema';
import type { LayoutNode, MapLayout } from '$lib/layout';
import { NO_FILTERS, visibleClaims, visibleRelations, type Filters } from '$lib/view/filters';
import { searchClaims, type SearchHit } from '$lib/view/search';
import { buildOutline, step, type Direction } from '$lib/view/outline';
import { neighbourhood } from '$lib/view/neighbourhood';

export type View = 'map' | 'outline';
export interface Point {
	x: number;
	y: number;
}

/**
 * Joins the reader's view state (selection, filters, search, pins) to the argument pipeline.
 * Components render what it derives; they compute nothing themselves.
 */
export class Explorer {
	readonly graph: ArgumentGraph;
	readonly layout: MapLayout;
	readonly nodes: Map<string, LayoutNode>;
	readonly outline;

	selected = $state<string | null>(null);
	/** The keyboard's place on the map: where arrow keys move from. */
	cursor = $state<string>('');
	filters = $state.raw<Filters>(NO_FILTERS);
	query = $state('');
	view = $state<View>('map');
	/** Cards the reader dragged, by claim id, in layout coordinates. */
	pinned = $state.raw<ReadonlyMap<string, Point>>(new Map());
	/** Bumped to ask the map to bring a claim into view. */
	centreRequest = $state.raw<{ claim: string } | null>(null);

	readonly visible: Set<string>;
	readonly relations: Relation[];
	readonly near: Set<string> | null;
	readonly hits: SearchHit[];

	constructor(debate: Debate, layout: MapLayout) {
		this.graph = buildGraph(debate);
		this.layout = layout;
		this.nodes = new Map(layout.nodes.map((n) => [n.id, n]));
		// Siblings run left to right as on the map, so arrow keys and the outline agree with the eye.
		this.outline = buildOutline(
			this.graph,
			(a, b) => (this.nodes.get(a)?.x ?? 0) - (this.nodes.get(b)?.x ?? 0)
		);
		this.cursor = this.graph.resolution;
		this.visible = $derived(visibleClaims(this.graph, this.filters));
		this.relations = $derived(visibleRelations(this.graph, this.visible, this.filters));
		this.near = $derived(this.selected ? neighbourhood(this.graph, this.selected) : null);
		this.hits = $derived(searchClaims(this.graph, this.query));
	}

	position(claim: string): Point {
		return this.pinned.get(claim) ?? this.nodes.get(claim) ?? { x: 0, y: 0 };
	}

	select(claim: string | null, options: { centre?: boolean } = {}) {
		this.selected = claim;
		if (claim) {
			this.cursor = claim;
			if (options.centre) this.centreRequest = { claim };
		}
	}

	move(direction: Direction) {
		this.cursor = step(this.outline, this.cursor, direction);
		return this.cursor;
	}

	pin(claim: string, at: Point) {
		this.pinned = new Map(this.pinned).set(claim, at);
	}

	release(claim: string) {
		if (!this.pinned.has(claim)) return;
		const next = new Map(this.pinned);
		next.delete(claim);
		this.pinned = next;
	}

	setFilters(filters: Filters) {
		this.filters = filters;
		if (this.selected && !this.visible.has(this.selected)) this.selected = null;
		if (!this.visible.has(this.cursor)) this.cursor = this.graph.resolution;
	}

	speakerName(claim: string): string | undefined {
		const id = this.graph.claims.get(claim)?.speaker;
		return id ? this.graph.speakers.get(id)?.name : undefined;
	}
}
