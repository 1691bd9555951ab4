/**
 * Sharing a map that has no address of its own (opened from a file or a link): the whole map
 * travels in the link's fragment, which a static host never receives. A use case above url and
 * open; its modules load on first use, so that fflate, zod and the formats stay out of the first
 * load.
 */
import type { Debate } from '$lib/model/schema';
import { mapFile } from './file';
import type { Opened } from '$lib/open';
import type { UrlSubject } from '$lib/url/sync.svelte';
import type { ViewState } from '$lib/url/state';

export type LinkedMap = { opened: Opened; view: URLSearchParams } | { problem: string };

/** The map a link carries: decoded and checked by the model, then laid out in a Web Worker. */
export async function openMapLink(fragment: string): Promise<LinkedMap> {
	const [{ decodeMapLink }, { openInWorker }] = await Promise.all([
		import('$lib/url/maplink'),
		import('$lib/open')
	]);
	const decoded = decodeMapLink(fragment);
	if (!decoded.ok) return { problem: decoded.error.message };
	const reply = await openInWorker(
		{ text: JSON.stringify(decoded.debate), name: 'the link', format: 'json' },
		() => {}
	);
	if ('failed' in reply) return { problem: reply.failed.errors.join('; ') };
	return { opened: reply.opened, view: decoded.view };
}

/** Shows the view a map link carried; what it could not show goes to the reader's notices. */
export async function applyLinkedView(subject: UrlSubject, view: URLSearchParams) {
	const [{ decodeView }, zip] = await Promise.all([
		import('$lib/url/codec'),
		view.has('pins') || view.has('foldz') ? import('$lib/url/zip').then((m) => m.zip) : undefined
	]);
	const decoded = decodeView(view, subject.vocabulary, { zip });
	subject.notices = [...decoded.notices, ...subject.apply(decoded.state)];
}

/** The address of a whole map and its view, and whether it is short enough to send as a link. */
export async function mapLinkOf(
	debate: Debate,
	view: ViewState,
	page: string
): Promise<{ link: string; bytes: number; shareable: boolean }> {
	const [{ encodeMapLink, linkSize }, { encodeView }, { zip }] = await Promise.all([
		import('$lib/url/maplink'),
		import('$lib/url/codec'),
		import('$lib/url/zip')
	]);
	const link = page + encodeMapLink(debate, encodeView(view, zip));
	return { link, ...linkSize(link) };
}

/** The map and its view as a Crux JSON file, for a map too large for a link: Open… restores both. */
export async function mapFileOf(debate: Debate, view: ViewState): Promise<File> {
	const [{ serialize }, { encodeView }, { zip }] = await Promise.all([
		import('$lib/io/json/serialize'),
		import('$lib/url/codec'),
		import('$lib/url/zip')
	]);
	return mapFile(serialize(debate, encodeView(view, zip).toString()), debate.id);
}
