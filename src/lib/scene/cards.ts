import type { Claim } from '../model/schema';

/**
 * The geometry of a claim card, shared by the layout (which needs every card's size before it
 * places anything) and the renderer (which must draw exactly these lines in these boxes).
 *
 * A card, top to bottom: `padding`, a `headerHeight` row (speaker, side/kind badge), `lines` of
 * text at `lineHeight` each, `padding`. Text starts `padding` from the left edge. The renderer puts
 * line `i` (0-based) on the baseline `padding + headerHeight + lineHeight * (i + 1) - 3`.
 */
export const CARD = {
	/** Width of every card but the resolution's. */
	width: 200,
	resolutionWidth: 260,
	padding: 8,
	headerHeight: 14,
	lineHeight: 16,
	/** px, system-ui sans-serif. */
	fontSize: 12,
	/**
	 * A conservative average advance per character at `fontSize` (28 characters per 184 px):
	 * wrapping at `floor(innerWidth / charWidth)` characters keeps ordinary prose inside the card.
	 */
	charWidth: 184 / 28
} as const;

/**
 * A card zoomed out too far for its text shows its title instead, in type large enough to read
 * at the scale that fits a whole debate on a laptop's screen.
 */
export const OVERVIEW = {
	fontSize: 28,
	lineHeight: 29,
	/** Conservative for a bold sans-serif: wide fonts (DejaVu Sans) run about 0.62 em. */
	charWidth: 28 * 0.62
} as const;

export interface CardBox {
	width: number;
	height: number;
	/** The card text wrapped: the renderer draws exactly these lines. */
	lines: string[];
}

/** What the renderer draws of a card beyond its box (the layout needs only the box). */
export interface CardFace extends CardBox {
	/** The title (else the start of the text) wrapped for the overview, as many lines as fit. */
	titleLines: string[];
}

/** How many characters fit on one line of a card `width` px wide, in type of `charWidth`. */
export function charsPerLine(width: number, charWidth: number = CARD.charWidth): number {
	return Math.max(1, Math.floor((width - 2 * CARD.padding) / charWidth + 1e-9));
}

/**
 * Greedy word wrap at `perLine` characters (counted in code points): breaks at white space, and
 * hard-breaks a word longer than a whole line. Deterministic and DOM-free.
 */
export function wrapText(text: string, perLine: number): string[] {
	const lines: string[] = [];
	let line: string[] = [];
	let length = 0;
	for (const word of text.split(/\s+/).filter(Boolean)) {
		let chars = Array.from(word);
		const gap = length ? 1 : 0;
		if (length + gap + chars.length <= perLine) {
			line.push(word);
			length += gap + chars.length;
			continue;
		}
		if (length) lines.push(line.join(' '));
		line = [];
		length = 0;
		while (chars.length > perLine) {
			lines.push(chars.slice(0, perLine).join(''));
			chars = chars.slice(perLine);
		}
		if (chars.length) {
			line = [chars.join('')];
			length = chars.length;
		}
	}
	if (length) lines.push(line.join(' '));
	return lines.length ? lines : [''];
}

export function cardBox(claim: Claim): CardBox {
	const width = claim.kind === 'resolution' ? CARD.resolutionWidth : CARD.width;
	const lines = wrapText(claim.text, charsPerLine(width));
	const height = 2 * CARD.padding + CARD.headerHeight + lines.length * CARD.lineHeight;
	return { width, height, lines };
}

export function cardFace(claim: Claim): CardFace {
	const box = cardBox(claim);
	return { ...box, titleLines: titleLines(claim, box.width, box.height) };
}

/**
 * The overview's lines: the title, or the text when there is none, wrapped to the card and cut
 * with an ellipsis at the lines that fit its height (at least one).
 */
export function titleLines(claim: Claim, width: number, height: number): string[] {
	const perLine = charsPerLine(width, OVERVIEW.charWidth);
	const fit = Math.max(1, Math.floor((height - CARD.padding / 2) / OVERVIEW.lineHeight));
	const lines = wrapText(claim.title ?? claim.text, perLine);
	if (lines.length <= fit) return lines;
	const kept = lines.slice(0, fit);
	const last = Array.from(kept[fit - 1]!);
	kept[fit - 1] = `${last
		.slice(0, perLine - 1)
		.join('')
		.trimEnd()}…`;
	return kept;
}
