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
