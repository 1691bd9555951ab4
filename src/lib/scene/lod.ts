import { CARD, OVERVIEW } from './cards';

/**
 * Level of detail: what a card and a relation show at a given scale (screen px per layout unit).
 * Both renderers follow these rules, so the map reads the same however it is drawn.
 */

/** Smallest screen size, in px, at which type is drawn as words rather than lines or nothing. */
export const LEGIBLE_PX = 7;
/** Screen size, in px, of card text after the map centres a claim: comfortable to read. */
export const READING_PX = 11;

/**
 * - `text`: the card's words (header, text, standing tag), once its text is legible;
 * - `titles`: the title in large type and the side and standing marks, once that is legible;
 * - `shapes`: the card as a coloured shape with its side and standing marks, too small for words.
 */
export type Detail = 'shapes' | 'titles' | 'text';

/** Whether the card text is legible at `scale`: the SVG cards draw their words from here on. */
export function isLegible(scale: number): boolean {
	return scale * CARD.fontSize >= LEGIBLE_PX;
}

export function detailAt(scale: number): Detail {
	if (isLegible(scale)) return 'text';
	return scale * OVERVIEW.fontSize >= LEGIBLE_PX ? 'titles' : 'shapes';
}

/**
 * Side and standing marks need a few px to be told apart from the card under them: on a card
 * narrower than this the card's colour and its strength bar carry them.
 */
export const MARK_MIN_PX = 3;
/** The marks' size in layout units (the SVG's overview badge: a 14-unit radius). */
export const MARK_RADIUS = 14;

export function marksShown(scale: number): boolean {
	return scale * MARK_RADIUS * 2 >= MARK_MIN_PX;
}

/** A relation's head is drawn once it is this many px long: smaller, it is a smudge on the line. */
export const HEAD_MIN_PX = 3;
/** The heads' length in layout units (the SVG's markers at their stroke width). */
export const HEAD_LENGTH = 12;

export function headsShown(scale: number): boolean {
	return scale * HEAD_LENGTH >= HEAD_MIN_PX;
}

/**
 * A relation's line, in screen px and opacity, and whether it keeps its dashes. Zoomed out past
 * the titles the lines would be thinner than a pixel; they keep a hairline, lighter and solid (a
 * dash shorter than a pixel is a blur that costs as much to draw), so a large map at fit shows
 * its branches without the lines burying the cards.
 */
export function edgeStroke(
	width: number,
	scale: number
): { widthPx: number; alpha: number; dashed: boolean } {
	const widthPx = width * scale;
	if (widthPx >= 1) return { widthPx, alpha: 1, dashed: true };
	return { widthPx: Math.max(widthPx, 0.6), alpha: 0.4, dashed: false };
}

/**
 * A card drawn as a speck shows its standing as a strip along its foot once the strip can be
 * seen beside the side's colour; smaller, the card is its side's colour alone.
 */
export const STRIP_MIN_PX = 6;

export function standingStripShown(scale: number, cardHeight: number): boolean {
	return scale * cardHeight >= STRIP_MIN_PX;
}
