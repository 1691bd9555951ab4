import type { Placement } from '$lib/layout';
import type { Origin } from '$lib/library';
import type { Debate } from '$lib/model/schema';
import type { Groundwork, Opened } from '$lib/open';
import { DEFAULT_VIEW, type ViewState } from '$lib/url/state';
import { dropMapFragment, MAP_FRAGMENT, showMap } from '$lib/url/sync.svelte';
import type { Explorer } from './explorer.svelte';
import type { MapSource } from './keeper.svelte';

/** The library's use cases: a reader who never keeps a map never fetches them. */
const keeping = () => import('$lib/keep');

/**
 * What a debate page shows: its own bundled debate, a map of the library (named in the address
 * as `?map=<id>`), a map from a link (in the address's fragment, read-only until saved), or a map
 * from a file or New map that storage refused (in this tab only, to be exported).
 */
export type Shown =
	| { kind: 'bundled' }
	| { kind: 'opening'; id: string }
	| {
			kind: 'map';
			debate: Debate;
			layout: Placement;
			source: MapSource;
			/** A file's name and format, or a link's view: said in a banner over the map. */
			imported?: { name: string; format: string; view?: URLSearchParams };
			/** What opening already worked out of the map, so the page does not stall making it. */
			groundwork?: Groundwork;
	  };

/**
 * Which map a debate page shows, and the ways to another: open one the address names, keep one
 * made or opened, save one from a link, go back to the bundled debate. Each map shown gets an
 * explorer and a keeper of its own.
 */
export class Workspace {
	shown = $state.raw<Shown>({ kind: 'bundled' });
	/** Why the map the address named (in its query or fragment) could not be opened. */
	problem = $state<string | null>(null);

	/** `asked`: the library map the address names, read as the page starts. */
	constructor(asked: string | null) {
		if (asked) this.shown = { kind: 'opening', id: asked };
	}

	async openFromLibrary(id: string) {
		const { openKept } = await keeping();
		const kept = await openKept(id);
		if ('problem' in kept) {
			this.problem = kept.problem;
			// The bundled debate's own address replaces the map's when its explorer reads it.
			this.shown = { kind: 'bundled' };
			return;
		}
		const { record, opened, groundwork } = kept;
		this.shown = {
			kind: 'map',
			...opened,
			source: { kind: 'kept', id, revision: record.revision },
			groundwork
		};
	}

	/** Opens the map an address's fragment carries, if it carries one. */
	async openLinked(fragment: string) {
		// The map's code (`share/map-link`) loads only for a fragment that holds one.
		if (!fragment.startsWith(MAP_FRAGMENT)) return;
		const { openMapLink } = await import('$lib/share/map-link');
		const linked = await openMapLink(fragment);
		if ('problem' in linked) {
			this.problem = linked.problem;
			this.shown = { kind: 'bundled' };
			// Nothing of it is kept: a reload opens the bundled debate, not the same failure.
			dropMapFragment();
			return;
		}
		const { debate, layout, format } = linked.opened;
		this.shown = {
			kind: 'map',
			debate,
			layout,
			source: { kind: 'linked' },
			imported: { name: 'a shared link', format, view: linked.view }
		};
	}

	/** A map from a file or New map: kept in the library and named in the address, if it can be. */
	async keep(
		opened: Opened,
		origin: Origin,
		name?: string,
		view?: ViewState,
		groundwork?: Groundwork
	) {
		const { debate, layout, format } = opened;
		// A file Crux wrote for sharing opens on the view it was sent with, as a link does.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, never changed
		const sent = opened.view === undefined ? undefined : new URLSearchParams(opened.view);
		const imported = name ? { name, format, view: sent } : undefined;
		const { keepNew } = await keeping();
		const kept = await keepNew(debate, origin);
		if ('failure' in kept) {
			const source = { kind: 'new', origin, failure: kept.failure } as const;
			this.shown = { kind: 'map', debate, layout, imported, source, groundwork };
			return;
		}
		await showMap(kept.id, view ?? sent);
		const source = { kind: 'kept', ...kept } as const;
		this.shown = { kind: 'map', debate, layout, imported, source, groundwork };
	}

	/** A new map of one claim, the question: kept and opened with that claim selected. Resolves
	 * to why it could not be made, or `null`. */
	async make(debate: Debate): Promise<string | null> {
		const { layOut } = await keeping();
		const laid = await layOut(debate, debate.title);
		if ('problem' in laid) return laid.problem;
		// The author goes on from the one claim there is (A adds a support, R a rebuttal).
		const claim = laid.opened.debate.resolution ?? null;
		await this.keep(laid.opened, { kind: 'created' }, undefined, { ...DEFAULT_VIEW, claim });
		return null;
	}

	/** A map from a link, saved to my maps: now the address names it, with the view on screen. */
	async kept(explorer: Explorer, id: string, revision: number) {
		await showMap(id, explorer.viewState);
		const source = { kind: 'kept', id, revision } as const;
		this.shown = { kind: 'map', debate: explorer.history.debate, layout: explorer.layout, source };
	}

	/** Back to the page's own debate, at its plain address: the map left is kept as it was. */
	async close() {
		await showMap(null);
		this.shown = { kind: 'bundled' };
		this.problem = null;
	}
}
