/* eslint-disable svelte/prefer-svelte-reactivity -- pins are replaced whole, never mutated, so a link can be made from a snapshot */
import { buildGraph, type ArgumentGraph } from '$lib/model/graph';
import type { Debate, Relation } from '$lib/model/schema';
import type { LayoutNode, Placement } from '$lib/layout';
import { NO_FILTERS, visibleClaims, visibleRelations, type Filters } from '$lib/view/filters';
import { searchClaims, type SearchHit } from '$lib/view/search';
import { buildOutline, step, type Direction, type Outline } from '$lib/view/outline';
import { neighbourhood, within } from '$lib/view/neighbourhood';
import type { DebateVocabulary } from '$lib/view/codec';
import type { ViewState, Zoom } from '$lib/view/state';
import { diffEvaluations, evaluate, type ClaimChange, type Evaluation } from '$lib/analysis';

export type Scenario = ViewState['scenario'];
export type Verdict = 'argued' | 'rejected' | 'accepted';
const NO_SCENARIO: Scenario = { rejected: [], accepted: [], base: [] };
export const isWhatIf = (s: Scenario) => s.rejected.length + s.accepted.length + s.base.length > 0;

export type View = ViewState['view'];
export interface Point {
	x: number;
	y: number;
}

/**
 * Joins the reader's view state (selection, filters, search, zoom, pins) to the argument
 * pipeline. Components render what it derives; they compute nothing themselves.
 */
export class Explorer {
	readonly graph: ArgumentGraph;
	readonly layout: Placement;
	readonly nodes: Map<string, LayoutNode>;
	/** Built when first asked for (keys, the outline view): the first load has no use for it. */
	get outline(): Outline {
		// Siblings run left to right as on the map, so arrow keys and the outline agree with the eye.
		return (this.#outline ??= buildOutline(
			this.graph,
			(a, b) => (this.nodes.get(a)?.x ?? 0) - (this.nodes.get(b)?.x ?? 0)
		));
	}
	#outline: Outline | undefined;
	readonly vocabulary: DebateVocabulary;

	selected = $state<string | null>(null);
	/** The keyboard's place on the map: where arrow keys move from. */
	cursor = $state<string>('');
	filters = $state.raw<Filters>(NO_FILTERS);
	/** Show only claims this many relations from the selected claim; `null` shows all. */
	focus = $state<number | null>(null);
	query = $state('');
	view = $state<View>('map');
	/** The map's zoom in layout units; `null` is fitted to the screen. */
	zoom = $state.raw<Zoom | null>(null);
	/** Cards the reader dragged, by claim id, in layout coordinates. */
	pinned = $state.raw<ReadonlyMap<string, Point>>(new Map());
	/** Bumped to ask the map to bring a claim into view. */
	centreRequest = $state.raw<{ claim: string } | null>(null);
	/** Bumped to ask the map to fit the claims shown. */
	fitRequest = $state.raw<object | null>(null);
	/** Whether cards show which claims stand. */
	standing = $state(true);
	/** Whose brief the brief view shows: a side, or a position's id. */
	brief = $state<string>('affirmative');
	/** How practice asks for a rebuttal. */
	practice = $state<ViewState['practice']>('choose');
	/** The reader's what-if: claims rejected or accepted, and base scores. */
	scenario = $state.raw<Scenario>(NO_SCENARIO);
	/** Set once the view the address asks for is shown and the page answers input. */
	ready = $state(false);
	/** What the last opened link asked for that could not be shown. */
	notices = $state.raw<string[]>([]);

	readonly visible: Set<string>;
	readonly relations: Relation[];
	readonly near: Set<string> | null;
	readonly hits: SearchHit[];
	/** Everything above that a link carries. */
	readonly viewState: ViewState;
	/** Which claims stand as the debate is argued, with no what-if: evaluated when first read. */
	get asArgued(): Evaluation {
		return (this.#asArgued ??= evaluate(this.graph));
	}
	#asArgued: Evaluation | undefined;
	/** Which claims stand under the reader's what-if. */
	readonly evaluation: Evaluation;
	/** Every claim whose label or strength the what-if changed. */
	readonly changes: Map<string, ClaimChange>;

	constructor(debate: Debate, layout: Placement) {
		this.graph = buildGraph(debate);
		this.layout = layout;
		this.nodes = new Map(layout.nodes.map((n) => [n.id, n]));
		this.vocabulary = {
			claims: new Set(this.graph.claims.keys()),
			speakers: new Set(this.graph.speakers.keys()),
			topics: new Set(debate.claims.flatMap((c) => c.topics ?? []))
		};
		this.cursor = this.graph.resolution;
		this.visible = $derived.by(() => {
			const kept = visibleClaims(this.graph, this.filters);
			if (this.focus === null || !this.selected) return kept;
			const near = within(this.graph, this.selected, this.focus);
			return new Set([...kept].filter((id) => near.has(id)));
		});
		this.relations = $derived(visibleRelations(this.graph, this.visible, this.filters));
		this.near = $derived(this.selected ? neighbourhood(this.graph, this.selected) : null);
		this.hits = $derived(searchClaims(this.graph, this.query));
		this.evaluation = $derived(
			isWhatIf(this.scenario)
				? evaluate(this.graph, {
						scenario: {
							rejected: this.scenario.rejected,
							accepted: this.scenario.accepted,
							base: Object.fromEntries(this.scenario.base)
						}
					})
				: this.asArgued
		);
		this.changes = $derived(
			new Map(diffEvaluations(this.asArgued, this.evaluation).map((c) => [c.id, c]))
		);
		this.viewState = $derived({
			claim: this.selected,
			view: this.view,
			focus: this.focus,
			filters: this.filters,
			query: this.query,
			zoom: this.zoom,
			pins: [...this.pinned].map(([id, at]): [string, number, number] => [id, at.x, at.y]),
			standing: this.standing,
			brief: this.brief,
			practice: this.practice,
			scenario: this.scenario
		});
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

	/** Selects a claim and brings it to the middle of the map, from whatever view is open. */
	show(claim: string) {
		this.view = 'map';
		this.select(claim, { centre: true });
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

	/** Takes a claim as argued, rejected or accepted in the what-if. */
	setVerdict(claim: string, verdict: Verdict) {
		const rejected = this.scenario.rejected.filter((id) => id !== claim);
		const accepted = this.scenario.accepted.filter((id) => id !== claim);
		if (verdict === 'rejected') rejected.push(claim);
		if (verdict === 'accepted') accepted.push(claim);
		this.scenario = { ...this.scenario, rejected, accepted };
	}

	/** Sets a claim's base score in the what-if; `null` restores the default. */
	setBase(claim: string, score: number | null) {
		const base = this.scenario.base.filter(([id]) => id !== claim);
		if (score !== null) base.push([claim, Math.round(score * 100) / 100]);
		this.scenario = { ...this.scenario, base };
	}

	resetWhatIf() {
		this.scenario = NO_SCENARIO;
	}

	verdict(claim: string): Verdict {
		if (this.scenario.rejected.includes(claim)) return 'rejected';
		return this.scenario.accepted.includes(claim) ? 'accepted' : 'argued';
	}

	/** Narrows the map to the claims around the selection, and brings them into view. */
	setFocus(steps: number | null) {
		this.focus = steps;
		this.fitRequest = {};
	}

	setFilters(filters: Filters) {
		this.filters = filters;
		if (this.selected && !this.visible.has(this.selected)) this.selected = null;
		if (!this.visible.has(this.cursor)) this.cursor = this.graph.resolution;
	}

	/** Shows what a link describes; returns what of it could not be shown. */
	apply(state: ViewState): string[] {
		const notices: string[] = [];
		this.filters = state.filters;
		this.focus = state.focus;
		this.query = state.query;
		this.view = state.view;
		this.zoom = state.zoom;
		this.pinned = new Map(state.pins.map(([id, x, y]) => [id, { x, y }]));
		this.standing = state.standing;
		this.brief = state.brief;
		this.practice = state.practice;
		this.scenario = state.scenario;
		this.selected = state.claim;
		if (state.claim && !this.visible.has(state.claim)) {
			notices.push('the selected claim is hidden by the filters, so nothing is selected');
			this.selected = null;
		}
		this.cursor = this.selected ?? this.graph.resolution;
		return notices;
	}

	speakerName(claim: string): string | undefined {
		const id = this.graph.claims.get(claim)?.speaker;
		return id ? this.graph.speakers.get(id)?.name : undefined;
	}
}
