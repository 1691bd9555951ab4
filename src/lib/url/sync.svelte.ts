import { onMount } from 'svelte';
import { afterNavigate, pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { mapIdOf, viewOf, withMapId } from './address';
import { decodeView, encodeView, needsZip, type DebateVocabulary } from './codec';
import type { ViewState } from './state';
import type { Zip } from './zip';

/**
 * What the address reads from and writes to: the explorer's store satisfies it. Named here, not
 * taken from the store, so URL state imports nothing above it.
 */
export interface UrlSubject {
	readonly vocabulary: DebateVocabulary;
	readonly viewState: ViewState;
	/** The library map on screen (`?map=<id>`), `null` for a bundled debate. */
	readonly mapId: string | null;
	/** Shows a view state; returns what of it could not be shown, in words for the reader. */
	apply(state: ViewState): string[];
	notices: string[];
	ready: boolean;
}

/** How a fragment holding a whole map starts (`maplink.ts`, not imported: it brings fflate and zod). */
export const MAP_FRAGMENT = '#map=';

/** Pans, zooms and drags settle for this long before the address follows them. */
const SETTLE_MS = 300;
/** Parameters of continuous gestures: they replace the current history entry, never add one. */
const CONTINUOUS = new Set(['z', 'pins']);

const discrete = (params: URLSearchParams) =>
	[...params].filter(([key]) => !CONTINUOUS.has(key)).join('&');
/** Commas and colons stay as typed (`rel=rebuts,undercuts`, `base=a:0.8`): valid in a query, and
 * easier to read than `%2C` and `%3A`. */
const searchOf = (params: URLSearchParams) =>
	params.size ? `?${params.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':')}` : '';

/** Whether SvelteKit's router has started: the address can be rewritten. */
let routerStarted = false;

/**
 * Notes when SvelteKit's router has started, for an explorer that mounts after the page's first
 * navigation (a kept map, read from the library first). Call during the initialisation of a
 * component that is there from the page's start.
 */
export function watchRouter() {
	afterNavigate(() => {
		routerStarted = true;
	});
}

/**
 * The one writer and reader of the address: reads it at start and on Back and Forward, and
 * writes the explorer's view back. Discrete steps (select, filter, change view) push a history
 * entry; continuous ones (pan, zoom, drag) replace the current one once they settle.
 * Call during component initialisation.
 */
export function syncUrl(explorer: UrlSubject) {
	/** The query string this module last wrote or read, so it never answers its own change. */
	let known: string | null = null;
	let settle: ReturnType<typeof setTimeout> | undefined;
	/** Pinned cards and long lists of collapsed claims are packed with fflate, fetched the first
	 * time a view has them. */
	let zip = $state.raw<Zip | null>(null);
	const loadZip = async () => (zip ??= (await import('./zip')).zip);

	const write = (search: string, how: typeof pushState) => {
		known = search;
		// A map carried in the fragment stays there: it is what the page shows.
		const map = location.hash.startsWith(MAP_FRAGMENT) ? location.hash : '';
		how((search || page.url.pathname) + map, {});
	};

	/** Shows what an address describes, then puts the clean form of it in the address bar. */
	const read = async (search: string) => {
		clearTimeout(settle);
		const params = viewOf(search);
		if (params.has('pins') || params.has('foldz')) await loadZip();
		const decoded = decodeView(params, explorer.vocabulary, { zip: zip ?? undefined });
		const current = encodeView(explorer.viewState, zip ?? undefined).toString();
		const wanted = encodeView(decoded.state, zip ?? undefined).toString();
		// The default view of a plain address is what is on screen already: nothing to redraw.
		const notices = wanted === current ? [] : explorer.apply(decoded.state);
		explorer.notices = [...decoded.notices, ...notices];
		const canonical = withMapId(
			searchOf(encodeView(explorer.viewState, zip ?? undefined)),
			explorer.mapId
		);
		if (canonical !== search) write(canonical, replaceState);
		else known = search;
		explorer.ready = true;
	};

	// The address may be rewritten only once SvelteKit's router has started: an explorer of the
	// page the reader opened reads it after the first navigation, a later one (back from an opened
	// file) at its mount. SvelteKit marks its router started just after the first navigation's
	// callbacks, hence the microtask. A later explorer asks `location`: a map saved from a link
	// rewrote the address without a navigation, which `page.url` does not follow.
	onMount(() => {
		if (routerStarted) void read(location.search);
	});
	afterNavigate(({ type }) => {
		routerStarted = true;
		if (type === 'enter' || known === null) queueMicrotask(() => void read(page.url.search));
	});

	// Back and Forward between entries this module pushed: SvelteKit does not navigate (they are
	// shallow), and its `page.url` keeps the last real navigation's address, so ask `location`.
	$effect(() => {
		const onpopstate = () => {
			if (known !== null && location.search !== known) void read(location.search);
		};
		addEventListener('popstate', onpopstate);
		return () => removeEventListener('popstate', onpopstate);
	});

	$effect(() => {
		const state = explorer.viewState;
		const mapId = explorer.mapId;
		if (needsZip(state) && !zip) {
			void loadZip();
			return;
		}
		const params = encodeView(state, zip ?? undefined);
		if (known === null) return;
		const search = withMapId(searchOf(params), mapId);
		if (search === known) return;
		clearTimeout(settle);
		// The map on screen became a copy in the library: the same place in history, renamed.
		if (mapIdOf(known) !== mapId) write(search, replaceState);
		else if (discrete(params) !== discrete(viewOf(known))) write(search, pushState);
		else settle = setTimeout(() => write(search, replaceState), SETTLE_MS);
	});

	$effect(() => () => clearTimeout(settle));
}

/** Takes a map out of the address's fragment (it failed to open, or the reader left it). */
export function dropMapFragment() {
	if (!location.hash.startsWith(MAP_FRAGMENT)) return;
	// This page's own address, as it is, less its fragment: nothing to resolve.
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	replaceState(location.pathname + location.search, {});
}

/**
 * Names the library map `id` in the address, with `view` (none: the map's default view), in place
 * of whatever the address held, fragment included: a map from a file or a link, once kept, is
 * reopened by this address. `null` leaves the page's own debate's plain address. The explorer
 * shown next syncs from it.
 */
export async function showMap(id: string | null, view?: ViewState | URLSearchParams) {
	// A view as sent (a file's): written as it came, and read back, checked, by the map's explorer.
	if (view instanceof URLSearchParams) {
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		replaceState(location.pathname + withMapId(searchOf(view), id), {});
		return;
	}
	const zip = view && needsZip(view) ? (await import('./zip')).zip : undefined;
	const search = withMapId(view ? searchOf(encodeView(view, zip)) : '', id);
	// This page's own path with a new query: nothing to resolve.
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	replaceState(location.pathname + search, {});
}
