import type { Claim, Side } from '$lib/model/schema';
import type { Label } from '$lib/analysis';
import type { Verdict } from '$lib/view/what-if';
import { CARD } from '$lib/scene/cards';
import { foldLabel } from './collapse';
import { LABEL_TEXT } from './standing';
import { KIND_LABEL, SIDE_LABEL, type MARK } from './symbols';

/** The words a card draws besides its text, the same on either renderer. */

/** The header's badge: later, the side (in words: a minus sign is not read alike), pinned. */
export function cardFlags(claim: Claim, side: Side | null, pinned: boolean): string {
	const badge = claim.kind === 'resolution' ? 'Resolution' : side ? SIDE_LABEL[side] : 'Unlinked';
	return `${claim.later ? 'Later · ' : ''}${badge}${pinned ? ' · pinned' : ''}`;
}

/**
 * The header shares one row between the speaker and the badge: the name gives way, by the
 * average advance of the bold 10.5 px speaker font and the 10 px upper-case badge font.
 */
export function shownSpeaker(speaker: string | undefined, flags: string, width: number): string {
	const room = Math.floor((width - 2 * CARD.padding - 14 - 8 - flags.length * 7) / 6.4);
	if (!speaker || speaker.length <= room) return speaker ?? '';
	return `${speaker.slice(0, Math.max(room - 1, 1)).trimEnd()}…`;
}

/** The standing tag's words: the label, the strength, and the what-if's verdict if any. */
export function standingPill(label: Label, strength: number, verdict: Verdict): string {
	return `${LABEL_TEXT[label]} ${strength.toFixed(2)}${verdict === 'argued' ? '' : ` · ${verdict}`}`;
}

/** The mark the overview draws for a card's side: a star on the resolution. */
export function sideMarkOf(claim: Claim, side: Side | null): keyof typeof MARK {
	if (claim.kind === 'resolution') return 'star';
	return side === 'affirmative' ? 'for' : side === 'negative' ? 'against' : 'unknown';
}

/**
 * A card's name: its text in reading order, whether or not the words are drawn (screen readers
 * and voice control both go by it), then its kind and side. The title leads: zoomed out it is
 * the words on the card, and voice control goes by them.
 */
export function cardName(
	claim: Claim,
	side: Side | null,
	speaker: string,
	flags: string,
	pill: string,
	/** How many claims its collapse hides; `null` when it is not collapsed. */
	hides: number | null = null
): string {
	const sideWords = side
		? `, ${side === 'affirmative' ? 'for' : 'against'} the resolution`
		: ', not linked to the resolution';
	const folded = hides === null ? '' : `, ${foldLabel(true, hides).toLowerCase()} below`;
	const description = `${KIND_LABEL[claim.kind ?? 'claim']}${sideWords}${claim.later ? ', a later development' : ''}${folded}`;
	return `${claim.title ? `${claim.title}: ` : ''}${speaker} ${flags} ${claim.text} ${pill} (${description})`
		.replace(/\s+/g, ' ')
		.trim();
}
