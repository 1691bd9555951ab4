/* eslint-disable svelte/prefer-svelte-reactivity -- maps here are replaced whole, never mutated */
import { buildGraph, type ArgumentGraph } from '$lib/model/graph';
import type { Claim, Debate } from '$lib/model/schema';
import type { Placement } from '$lib/layout';

/**
 * Where the map's cards are, and laying it out again after an edit or a fold: seeded with where
 * the cards were, so that each keeps its place among its neighbours and a new card lands beside
 * the claim it answers. The layout code loads on the first change: a reader never fetches it.
 */
export class Placing {
	/** Where the cards are; replaced once a change is laid out. */
	layout = $state.raw<Placement>() as Placement;
	/** The claims as `layout` placed them: until a change is laid out, their cards keep that size. */
	placed = $state.raw<ReadonlyMap<string, Claim>>() as ReadonlyMap<string, Claim>;
	/** Whether a change is being laid out (in a worker, for a large map): the map shows the last
	 * layout, without the cards it has no place for yet. */
	busy = $state(false);
	/** Whether the layout still places claims that open hidden: it is laid out anew, not kept. */
	fresh = false;
	#laying: Promise<void> | null = null;
	/** The map as it opened, laid out whole: shown again at no cost when every claim is. */
	readonly #opened: { debate: Debate; layout: Placement };
	/** How many layouts were asked for: only the last one asked is shown. */
	#asked = 0;

	constructor(debate: Debate, layout: Placement) {
		this.#opened = { debate, layout };
		this.#show(layout, debate);
	}

	/** Resolves when the map on screen is laid out: at once unless a change is being laid out. */
	get done(): Promise<void> {
		return this.#laying ?? Promise.resolve();
	}

	/**
	 * Lays out what shows of `debate` with `hidden` folded away: collapsed claims leave no gaps,
	 * unfolded ones land under the claim that folded them. `graph` is `debate`'s, reused when
	 * nothing is hidden; `failed` hears why a layout failed (the map keeps its last one).
	 */
	again(
		debate: Debate,
		hidden: ReadonlySet<string>,
		graph: ArgumentGraph,
		failed: (why: string) => void
	) {
		++this.#asked;
		// Laid out anew with nothing folded, the map is the one that opened: its layout is kept.
		if (this.fresh && !hidden.size && debate === this.#opened.debate) {
			this.fresh = false;
			this.#show(this.#opened.layout, debate);
			this.#settle();
			return;
		}
		this.busy = true;
		this.#laying = this.#run(this.#asked, debate, hidden, graph, failed);
	}

	async #run(
		asked: number,
		debate: Debate,
		hidden: ReadonlySet<string>,
		graph: ArgumentGraph,
		failed: (why: string) => void
	): Promise<void> {
		const fresh = this.fresh;
		const [{ relayout, relayoutInWorker, MAIN_THREAD_CLAIMS }, { shownDebate }] = await Promise.all(
			[import('$lib/layout/relayout'), import('$lib/view/shown-debate')]
		);
		const shown = shownDebate(debate, hidden);
		const positions = new Map(
			fresh ? [] : this.layout.nodes.map((n) => [n.id, { x: n.x, y: n.y }])
		);
		let placement: Placement;
		try {
			placement =
				shown.claims.length > MAIN_THREAD_CLAIMS && typeof Worker !== 'undefined'
					? await relayoutInWorker(shown, positions)
					: relayout(shown === debate ? graph : buildGraph(shown), positions);
		} catch (error) {
			// The change stands; the map keeps its last layout (a new claim's card waits for a
			// place) until the next change lays it out.
			failed(error instanceof Error ? error.message : String(error));
			if (asked === this.#asked) this.#settle();
			return;
		}
		// A later change lays out its own map: this one is out of date.
		if (asked !== this.#asked) return;
		if (fresh) this.fresh = false;
		this.#show(placement, debate);
		this.#settle();
	}

	#show(layout: Placement, debate: Debate) {
		this.layout = layout;
		this.placed = new Map(debate.claims.map((claim) => [claim.id, claim]));
	}

	#settle() {
		this.#laying = null;
		this.busy = false;
	}
}
