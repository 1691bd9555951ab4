/**
 * Which map of the reader's library the address names: `?map=<id>`, first in the query, then the
 * view. A query parameter, not a path, so every static host serves it from the one prerendered
 * page; the view codec never sees it (it says which map, not how to look at it).
 */
export const MAP_PARAM = 'map';

/** The library map `search` names, or `null`. Its form is the library's business, not checked here. */
export function mapIdOf(search: string): string | null {
	const id = new URLSearchParams(search).get(MAP_PARAM);
	return id ? id : null;
}

/** `search` without the map's parameter: the view alone, for the view codec. */
export function viewOf(search: string): URLSearchParams {
	const params = new URLSearchParams(search);
	params.delete(MAP_PARAM);
	return params;
}

/** A view's query (`?...` or empty) with the map named first, or left out for `null`. */
export function withMapId(search: string, id: string | null): string {
	const view = search.startsWith('?') ? search.slice(1) : search;
	if (id === null) return view ? `?${view}` : '';
	const map = `${MAP_PARAM}=${encodeURIComponent(id)}`;
	return `?${map}${view ? `&${view}` : ''}`;
}
