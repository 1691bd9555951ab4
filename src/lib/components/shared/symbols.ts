import type { ClaimKind, RelationKind, Side } from '$lib/model/schema';

/** Side and kind are said in words and shapes as well as colour. */
export const SIDE_LABEL: Record<Side, string> = { affirmative: 'For', negative: 'Against' };
export const SIDE_GLYPH: Record<Side, string> = { affirmative: '+', negative: '−' };
export const KIND_LABEL: Record<ClaimKind, string> = {
	resolution: 'Resolution',
	position: 'Position',
	claim: 'Claim',
	evidence: 'Evidence'
};
export const KIND_GLYPH: Record<ClaimKind, string> = {
	resolution: '★',
	position: '◆',
	claim: '●',
	evidence: '■'
};
export const RELATION_LABEL: Record<RelationKind, string> = {
	supports: 'supports',
	rebuts: 'rebuts',
	undercuts: 'undercuts'
};
/** How each relation reads from the other end. */
export const RELATION_PASSIVE: Record<RelationKind, string> = {
	supports: 'Supported by',
	rebuts: 'Rebutted by',
	undercuts: 'Undercut by'
};

/**
 * The marks a card draws while its words are too small to read, as paths on a 24-unit square
 * centred on the origin. Paths, not glyphs: ✓, ✗ and ★ send the browser to a fallback font, and
 * laying out a few dozen of those on first paint costs more than the rest of the map.
 */
export const MARK = {
	for: 'M-9 0h18M0-9v18',
	against: 'M-9 0h18',
	unknown: 'M-5-5a5 5 0 1 1 7 4.6c-1.5.7-2 1.6-2 3.4M0 9v.5',
	stands: 'M-9 0l6 6 12-12',
	falls: 'M-8-8l16 16M8-8l-16 16',
	star: 'M0-11L2.7-3.7L10.5-3.4L4.4 1.4L6.5 8.9L0 4.6L-6.5 8.9L-4.4 1.4L-10.5-3.4L-2.7-3.7z'
} as const;
