/**
 * What the share buttons do, loaded with the first press: the link to the view on screen, copied
 * or handed to the share sheet; a map too large for a link goes as a file.
 */
import type { Debate } from '$lib/model/schema';
import type { ViewState } from '$lib/url/state';
import { canShareFile } from './file';

/** A whole map in a link or a file: its code (and fflate) loads only for a map that needs it. */
const mapLinks = () => import('./map-link');

export type ViewLink = { link: string } | { tooLarge: { kb: number; shareable: boolean } };

/** What is on screen: the map and the view of it. */
export interface Shown {
	debate: Debate;
	view: ViewState;
}

/** The link to what is on screen: the address, or for `wholeMap` the map itself in the link,
 * unless it is too large for one (then whether the share sheet takes it as a file). */
export async function linkToView({ debate, view }: Shown, wholeMap: boolean): Promise<ViewLink> {
	if (!wholeMap) return { link: location.href };
	const page = location.origin + location.pathname;
	const { mapFileOf, mapLinkOf } = await mapLinks();
	const { link, bytes, shareable } = await mapLinkOf(debate, view, page);
	if (shareable) return { link };
	const made = await mapFileOf(debate, view);
	return { tooLarge: { kb: Math.ceil(bytes / 1024), shareable: canShareFile(made) } };
}

/** The map's file with the view on screen now, which may have moved since it was offered. */
export const mapFileNow = async ({ debate, view }: Shown) =>
	(await mapLinks()).mapFileOf(debate, view);

/** Copies `text`: the Clipboard API where the page may use it, a selected text field and `copy`
 * otherwise. Resolves to whether it was copied. */
export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		// Not allowed here (no secure context or no permission): fall back below.
	}
	const field = document.createElement('textarea');
	field.value = text;
	field.setAttribute('readonly', '');
	field.style.position = 'fixed';
	field.style.opacity = '0';
	document.body.append(field);
	field.select();
	const done = document.execCommand('copy');
	field.remove();
	return done;
}

/** Hands a link or a file to the share sheet; resolves to whether that failed (a reader who
 * closes the sheet has not failed). */
export async function shareFailed(data: ShareData): Promise<boolean> {
	try {
		await navigator.share(data);
		return false;
	} catch (error) {
		return (error as DOMException).name !== 'AbortError';
	}
}
