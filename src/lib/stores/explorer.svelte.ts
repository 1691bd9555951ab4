/* eslint-disable svelte/prefer-svelte-reactivity -- pins are replaced whole, never mutated, so a link can be made from a snapshot */
import { buildGraph, type ArgumentGraph } from '$lib/model/graph';
import type { Claim, Debate, Relation } from '$lib/model/schema';
import type { ExportFormat } from '$lib/io/types';
import type { LayoutNode, Placement } from '$lib/layout';
import { cardFace, type CardFace } from '$lib/scene/cards';
import { boxOf, segments, type Box, type Segment } from '$lib/scene/geometry';
import { rendererFor, type Renderer } from '$lib/scene/renderer';
import { keptZoom, zoomDiffers } from '$lib/scene/viewport';
import { rendererSetting } from '$lib/view/renderer-setting';
import {
	facets,
	NO_FILTERS,
	visibleClaims,
	visibleRelations,
	type Facet,
	type Filters
} from '$lib/view/filters';
import { searchClaims, type SearchHit } from '$lib/view/search';
import type { History } from '$lib/edit/history';
import { buildOutline, step, type Direction, type Outline } from '$lib/view/outline';
import { neighbourhood, within } from '$lib/view/neighbourhood';
import { collapsible, folding, openingFold, revealing } from '$lib/view/collapse';
import type { DebateVocabulary } from '$lib/url/codec';
import type { ViewState, Zoom } from '$lib/url/state';
import {
	diffEvaluations,
	evaluate,
	type ClaimChange,
	type Evaluation,
	type Label
} from '$lib/analysis';
import { claimRelations, glance, type ClaimRelations, type Glance } from '$lib/view/panel';
import { Authoring, type Keeping } from './authoring.svelte';
import { Pages } from './pages.svelte';
import { Placing } from './placing.svelte';
import {
	asScenario,
	baseOf,
	isWhatIf,
	NO_WHAT_IF,
	verdictOf,
	whatIfParts,
	withBase,
	withVerdict,
	type Verdict,
	type WhatIf
} from '$lib/view/what-if';

export type { Verdict, WhatIf };

/** How many edits undo can take back. */
export const UNDO_STEPS = 200;

export type View = ViewState['view'];

const NONE: ReadonlySet<string> = new Set();
export type Point = { x: number; y: number };

/**
 * Joins the reader's view state (selection, filters, search, zoom, pins) to the argument
 * pipeline. Components render what it derives; they compute nothing themselves.
 */
export class Explorer {
	/** The map on screen and the edits around it: everything below derives from `history.debate`. */
	history = $state.raw<History>() as History;
	readonly graph: ArgumentGraph;
	/** Where the cards are, and laying the map out again after an edit or a fold. */
	readonly #placing: Placing;
	readonly nodes: Map<string, LayoutNode>;
	/** Built when first asked for (keys, the outline view): the first load has no use for it. */
	readonly outline: Outline;
	readonly vocabulary: DebateVocabulary;
	/** Edits, undo and redo: every change to the map is a command applied here. */
	readonly authoring = new Authoring(this);

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
	/** The claims whose answers are folded away (`$lib/view/collapse` says what that hides). */
	collapsed = $state.raw<ReadonlySet<string>>(new Set());
	/** Whether the reader or a link chose `collapsed`; if not, it is the map's default and a link
	 * leaves it out, so whoever opens the link gets the default for their map. */
	collapseChosen = $state(false);
	/** Cards the reader dragged, by claim id, in layout coordinates. */
	pinned = $state.raw<ReadonlyMap<string, Point>>(new Map());
	/** Bumped to ask the map to bring a claim into view. */
	centreRequest = $state.raw<{ claim: string } | null>(null);
	/** Bumped to ask the map to fit the claims shown. */
	fitRequest = $state.raw<object | null>(null);
	/** What draws the map: SVG, or a canvas for a large map (and SVG again to export it). */
	renderer = $state<Renderer>('svg');
	/** Whether cards show which claims stand. */
	standing = $state(true);
	/** Whose brief the brief and practice views show: a side, or a position's id. */
	briefFor = $state<string>('affirmative');
	/** How practice asks for a rebuttal. */
	answerBy = $state<ViewState['practice']>('choose');
	/** The reader's what-if: claims rejected or accepted, and base scores. */
	whatIf = $state.raw<WhatIf>(NO_WHAT_IF);
	/** Set once the view the address asks for is shown and the page answers input. */
	ready = $state(false);
	/** What the last opened link asked for that could not be shown. */
	notices = $state.raw<string[]>([]);
	/** The library map on screen, which the address names; `null` for a bundled debate. */
	mapId = $state<string | null>(null);
	/** Keeps the map in the library as it is edited; `null` where nothing keeps it. */
	keeping: Keeping | null = null;
	/** Loads and sets `keeping`: `authoring.load` waits for it, so that no edit goes unkept. */
	loadKeeping: (() => Promise<unknown>) | null = null;
	/** What was kept in this browser but failed its schema, so was removed unread. */
	dropped = $state.raw<string[]>([]);

	/** The claims a collapsed claim hides. */
	readonly hidden: Set<string>;
	/** What the map, outline and links show: the filters and focus less the hidden claims. */
	readonly visible: Set<string>;
	readonly relations: Relation[];
	readonly near: Set<string> | null;
	readonly hits: SearchHit[];
	/** The claims the search finds, for the map to mark. */
	readonly found: Set<string>;
	/** The relations shown, as lines from card edge to card edge. */
	readonly segments: Segment[];
	/** Everything above that a link carries. */
	readonly viewState: ViewState;
	/** Which claims stand as the debate is argued, with no what-if: evaluated when first read. */
	readonly asArgued: Evaluation;
	/** Which claims stand under the reader's what-if. */
	readonly evaluation: Evaluation;
	/** Every claim whose label or strength the what-if changed. */
	readonly changes: Map<string, ClaimChange>;
	/** What the what-if sets, in words; empty with no what-if. */
	readonly whatIfParts: string[];

	/** What the other views show (report, brief, practice, speakers, timeline), loaded with them. */
	readonly pages = new Pages(this);
	/** The speakers and topics the filters offer. */
	readonly facets: { speakers: Facet[]; topics: Facet[] };
	/** The debate's size and its ways in, for the panel with nothing selected. */
	readonly glance: Glance;
	/** What the selected claim answers and what answers it. */
	readonly selection: ClaimRelations | null;

	/** `prepared`: what was already worked out of this debate (see `layGroundwork` in open/). */
	constructor(
		debate: Debate,
		layout: Placement,
		prepared: { graph?: ArgumentGraph; asArgued?: Evaluation } = {}
	) {
		// The edit code loads with the first edit (`authoring.load`); a reader never fetches it.
		this.history = { debate, past: [], future: [], limit: UNDO_STEPS };
		this.#placing = new Placing(debate, layout);
		// A $derived is worked out when first read: the outline and the evaluation wait for a reader.
		// What opening worked out serves the map as opened; an edit makes a new graph.
		this.graph = $derived(
			prepared.graph && this.history.debate === debate
				? prepared.graph
				: buildGraph(this.history.debate)
		);
		this.nodes = $derived(new Map(this.layout.nodes.map((n) => [n.id, n])));
		// Siblings run left to right as on the map, so arrow keys and the outline agree with the eye.
		this.outline = $derived(
			buildOutline(this.graph, (a, b) => (this.nodes.get(a)?.x ?? 0) - (this.nodes.get(b)?.x ?? 0))
		);
		this.vocabulary = $derived({
			claims: new Set(this.graph.claims.keys()),
			speakers: new Set(this.graph.speakers.keys()),
			topics: new Set(this.graph.debate.claims.flatMap((c) => c.topics ?? []))
		});
		this.asArgued = $derived(
			prepared.asArgued && this.graph === prepared.graph ? prepared.asArgued : evaluate(this.graph)
		);
		this.cursor = this.graph.resolution;
		this.renderer = rendererFor(this.graph.claims.size, rendererSetting());
		this.collapsed = this.defaultCollapse();
		const fold = $derived(folding(this.graph, this.collapsed));
		this.hidden = $derived(fold.hidden);
		this.#hiddenCounts = $derived(fold.counts);
		this.visible = $derived.by(() => {
			const kept = visibleClaims(this.graph, this.filters);
			for (const id of this.hidden) kept.delete(id);
			if (this.focus === null || !this.selected) return kept;
			const near = within(this.graph, this.selected, this.focus);
			return new Set([...kept].filter((id) => near.has(id)));
		});
		this.relations = $derived(visibleRelations(this.graph, this.visible, this.filters));
		this.near = $derived(this.selected ? neighbourhood(this.graph, this.selected) : null);
		this.hits = $derived(searchClaims(this.graph, this.query));
		this.found = $derived(new Set(this.hits.map((h) => h.id)));
		// Only between placed cards: a claim an edit just added has no place until it is laid out.
		this.segments = $derived(
			segments(
				this.relations.filter(
					(r) => this.nodes.has(r.from) && (r.kind === 'undercuts' || this.nodes.has(r.to))
				),
				(claim) => this.box(claim)
			)
		);
		this.evaluation = $derived(
			isWhatIf(this.whatIf)
				? evaluate(this.graph, { scenario: asScenario(this.whatIf) })
				: this.asArgued
		);
		// With no what-if nothing changed: a large map is not compared with itself claim by claim.
		this.changes = $derived(
			isWhatIf(this.whatIf)
				? new Map(diffEvaluations(this.asArgued, this.evaluation).map((c) => [c.id, c]))
				: new Map()
		);
		this.whatIfParts = $derived(whatIfParts(this.whatIf));
		this.facets = $derived(facets(this.graph));
		this.glance = $derived(glance(this.graph));
		this.selection = $derived(this.selected ? claimRelations(this.graph, this.selected) : null);
		this.viewState = $derived({
			claim: this.selected,
			view: this.view,
			focus: this.focus,
			filters: this.filters,
			query: this.query,
			zoom: this.zoom,
			collapsed: this.collapseChosen ? [...this.collapsed] : null,
			pins: [...this.pinned].map(([id, at]): [string, number, number] => [id, at.x, at.y]),
			standing: this.standing,
			brief: this.briefFor,
			practice: this.answerBy,
			scenario: this.whatIf
		});
		// A map that opens folded was laid out whole (the file's worker knows no view): its shown
		// claims are laid out on their own, or they would be a few cards across the whole map's width.
		if (this.hidden.size && layout.nodes.some((n) => this.hidden.has(n.id))) {
			this.#placing.fresh = true;
			this.#layOut();
		}
	}

	position(claim: string): Point {
		return this.pinned.get(claim) ?? this.nodes.get(claim) ?? { x: 0, y: 0 };
	}

	/** A claim's card where the reader sees it: pinned or laid out. */
	box(claim: string): Box {
		return boxOf(this, claim);
	}

	select(claim: string | null, options: { centre?: boolean } = {}) {
		if (claim) this.reveal(claim);
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
		const next = step(this.outline, this.cursor, direction);
		// Down from a collapsed claim (or up to a hidden one) there is no card to move to.
		if (!this.hidden.has(next)) this.cursor = next;
		return this.cursor;
	}

	/** Sets the zoom as a link keeps it (rounded); an unchanged zoom is not set again. */
	zoomTo(zoom: Zoom) {
		const next = keptZoom(zoom);
		const now = this.zoom;
		if (next === null ? now !== null : !now || zoomDiffers(now, next)) this.zoom = next;
	}

	/** What a large map hides when it opens, so its first view is readable. */
	defaultCollapse(): ReadonlySet<string> {
		return openingFold(this.graph);
	}

	/** How many claims a collapsed claim hides; 0 for any other claim. */
	hiddenBelow(claim: string): number {
		return this.#hiddenCounts.get(claim) ?? 0;
	}
	readonly #hiddenCounts: Map<string, number>;

	/** Whether a claim has answers to fold away. */
	collapsible(claim: string): boolean {
		return collapsible(this.graph, claim);
	}

	/** Folds away the claims that answer `claim`, or shows them again. */
	setCollapsed(claim: string, collapsed: boolean) {
		if (this.collapsed.has(claim) === collapsed || (collapsed && !this.collapsible(claim))) return;
		const next = new Set(this.collapsed);
		if (collapsed) next.add(claim);
		else next.delete(claim);
		this.#collapse(next);
		// The selection and the keyboard's place stay on the map: on the claim that folded them.
		if (this.selected && this.hidden.has(this.selected)) this.selected = claim;
		if (this.hidden.has(this.cursor)) this.cursor = claim;
	}

	toggleCollapsed(claim: string) {
		this.setCollapsed(claim, !this.collapsed.has(claim));
	}

	/** Expands what hides `claim`, so it can be shown. */
	reveal(claim: string) {
		if (this.hidden.has(claim)) this.#collapse(revealing(this.graph, this.collapsed, claim));
	}

	/** Shows every claim, or folds the map as a large map opens: laid out anew, as it would open. */
	foldAll(fold: boolean) {
		this.#collapse(fold ? openingFold(this.graph) : NONE, true);
		this.zoom = null;
		if (this.selected && this.hidden.has(this.selected)) this.selected = null;
		if (this.hidden.has(this.cursor)) this.cursor = this.graph.resolution;
	}

	#collapse(next: ReadonlySet<string>, anew = false) {
		this.#fold(next, anew);
		this.collapseChosen = true;
	}

	/** Collapses `next`; the map is laid out again when that shows or hides claims. */
	#fold(next: ReadonlySet<string>, anew = false) {
		const was = this.hidden;
		this.collapsed = next;
		const now = this.hidden;
		if (now.size === was.size && [...now].every((id) => was.has(id))) return;
		if (anew) this.#placing.fresh = true;
		this.#layOut();
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
		this.whatIf = withVerdict(this.whatIf, claim, verdict);
	}

	/** Sets a claim's base score in the what-if; `null` restores the default. */
	setBase(claim: string, score: number | null) {
		this.whatIf = withBase(this.whatIf, claim, score);
	}

	resetWhatIf() {
		this.whatIf = NO_WHAT_IF;
	}

	verdict(claim: string): Verdict {
		return verdictOf(this.whatIf, claim);
	}

	/** The base score the what-if gives a claim; `null` when it keeps the default. */
	baseScore(claim: string): number | null {
		return baseOf(this.whatIf, claim);
	}

	/** Whether a claim stands under the what-if. */
	label(claim: string): Label {
		return this.evaluation.labels.get(claim) ?? 'undec';
	}

	strength(claim: string): number {
		return this.evaluation.strength.get(claim) ?? 0;
	}

	/** A claim's card as the map draws it; worked out when the card is first drawn. An edit makes a
	 * new claim object, so an edited claim gets a new face. */
	face(claim: Claim): CardFace {
		let face = this.#faces.get(claim);
		if (!face) this.#faces.set(claim, (face = cardFace(claim)));
		return face;
	}
	#faces = new WeakMap<Claim, CardFace>();

	/** The card the map draws for a claim: its face, or, while an edit that changed its size is
	 * laid out, the face it was placed with, so that a card never outgrows its place. */
	card(claim: Claim): CardFace {
		const face = this.face(claim);
		const node = this.nodes.get(claim.id);
		const was = this.placed.get(claim.id);
		return node && was && node.height !== face.height ? this.face(was) : face;
	}

	/** Shows the map an edit, undo or redo made: the view keeps to what is left of it, and the
	 * map is laid out again. */
	showEdited(history: History) {
		if (history === this.history) return;
		this.history = history;
		this.keeping?.changed(history.debate);
		const claims = this.graph.claims;
		if (this.selected && !claims.has(this.selected)) this.selected = null;
		if (!claims.has(this.cursor)) this.cursor = this.selected ?? this.graph.resolution;
		const pinned = [...this.pinned.keys()].filter((id) => !claims.has(id));
		if (pinned.length) this.pinned = new Map([...this.pinned].filter(([id]) => claims.has(id)));
		this.#layOut();
	}

	#layOut() {
		this.#placing.again(this.history.debate, this.hidden, this.graph, (why) => {
			this.notices = [...this.notices, why];
		});
	}

	/** Where the cards are; replaced after an edit or a fold, once the map is laid out again. */
	get layout(): Placement {
		return this.#placing.layout;
	}
	/** The claims as `layout` placed them: until an edit is laid out, their cards keep that size. */
	get placed(): ReadonlyMap<string, Claim> {
		return this.#placing.placed;
	}
	/** Whether a change is being laid out: the map shows the last layout meanwhile. */
	get layingOut(): boolean {
		return this.#placing.busy;
	}
	/** Resolves when the map on screen is laid out: at once unless a change is being laid out. */
	get laidOut(): Promise<void> {
		return this.#placing.done;
	}

	/** The debate as a file of `format`. The formats load on first use: most readers never export. */
	async exported(format: ExportFormat): Promise<string> {
		const { exportDebate } = await import('$lib/io/export');
		return exportDebate(this.graph.debate, format);
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
		this.#fold(state.collapsed ? new Set(state.collapsed) : this.defaultCollapse());
		this.collapseChosen = state.collapsed !== null;
		this.pinned = new Map(state.pins.map(([id, x, y]) => [id, { x, y }]));
		this.standing = state.standing;
		this.briefFor = state.brief;
		this.answerBy = state.practice;
		this.whatIf = state.scenario;
		if (state.claim) this.reveal(state.claim);
		this.selected = state.claim;
		if (state.claim && !this.visible.has(state.claim)) {
			notices.push('the selected claim is hidden by the filters, so nothing is selected');
			this.selected = null;
		}
		this.cursor = this.selected ?? this.graph.resolution;
		return notices;
	}

	dropStored(what: string) {
		if (!this.dropped.includes(what)) this.dropped = [...this.dropped, what];
	}

	speakerName(claim: string): string | undefined {
		const id = this.graph.claims.get(claim)?.speaker;
		return id ? this.graph.speakers.get(id)?.name : undefined;
	}
}
