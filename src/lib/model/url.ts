/**
 * The one rule for every link a map carries: an absolute `http:` or `https:` URL. Anything else
 * (`javascript:`, `data:`, `vbscript:`, a relative or protocol-less address) could run in, or
 * navigate away from, the page of whoever opens the map, so it is never stored, drawn or written.
 */

// C0 controls and DEL: the URL parser silently drops tabs and line breaks ("java\tscript:" reads as
// "javascript:"), so a link holding any of them says something other than what it shows.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Why `raw` is not a link Crux keeps, in words for the reader; `null` when it is one. */
export function urlProblem(raw: string): string | null {
	const text = raw.trim();
	if (!text) return 'a link cannot be empty';
	if (CONTROL.test(text)) return 'a link cannot hold control characters or line breaks';
	let url: URL;
	try {
		// Parsed with no base, as an absolute URL: a relative address has no scheme to check.
		url = new URL(text);
	} catch {
		return 'a link must be a full web address starting with http:// or https://';
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return `a link must start with http:// or https://, not ${url.protocol}`;
	}
	return null;
}

/**
 * The link to follow for `raw` (trimmed), or `null` when it is not an http(s) link. Every view and
 * exporter that writes a link passes it through here, even from a validated map: the check costs
 * nothing and holds when a map reaches a view by some path that skipped the schema.
 */
export function safeUrl(raw: unknown): string | null {
	if (typeof raw !== 'string') return null;
	return urlProblem(raw) === null ? raw.trim() : null;
}

/** `source` with its link only if the link is http(s): for writers of whole sources (exports). */
export function withSafeLink<T extends { url?: string }>(source: T): T {
	if (source.url === undefined) return source;
	const url = safeUrl(source.url);
	if (url === source.url) return source;
	const kept = { ...source };
	if (url === null) delete kept.url;
	else kept.url = url;
	return kept;
}
