import type { ClaimKind, RelationKind, Side } from '../model/schema';

/**
 * The map's colours and strokes, for the canvas renderer. The SVG cards draw the same from their
 * stylesheets (ClaimCard.svelte, RelationLayer.svelte, ArgumentMap.svelte), which a content
 * security policy without inline styles keeps in CSS; tests/unit/palette.test.ts holds the two
 * to the same values, so a colour changed in one place fails until it is changed in the other.
 */
export type SideKey = Side | 'unlinked';
export type StandingKey = 'in' | 'out' | 'undec';

export const CARD_BODY: Record<SideKey, { fill: string; stroke: string }> = {
	unlinked: { fill: '#f8fafc', stroke: '#64748b' },
	affirmative: { fill: '#eef4ff', stroke: '#2f5fb3' },
	negative: { fill: '#fff3e8', stroke: '#b4540f' }
};
export const RESOLUTION_BODY = { fill: '#1e293b', stroke: '#0f172a', text: '#f8fafc' };

/** Border width by kind; evidence has square corners, the rest round ones. */
export const KIND_STROKE: Record<ClaimKind, number> = {
	resolution: 3,
	position: 2.6,
	claim: 1.2,
	evidence: 1.2
};
export const KIND_RADIUS: Record<ClaimKind, number> = {
	resolution: 8,
	position: 8,
	claim: 8,
	evidence: 2
};
/** A later development's border is dashed. */
export const LATER_DASH = [6, 3];

export const TEXT = '#0f172a';
/** The side's colour for the header's badge and glyph, and for the overview's side mark. */
export const SIDE_INK: Record<SideKey, string> = {
	unlinked: TEXT,
	affirmative: '#1d4ed8',
	negative: '#9a3412'
};
export const SIDE_BADGE_STROKE: Record<SideKey, string> = {
	unlinked: '#64748b',
	affirmative: '#2f5fb3',
	negative: '#b4540f'
};
/** The resolution's star. */
export const STAR_FILL = '#fde68a';

export const STANDING: Record<
	StandingKey,
	{ bar: string; tagStroke: string; tagFill: string; ink: string }
> = {
	in: { bar: '#15803d', tagStroke: '#15803d', tagFill: '#ffffff', ink: '#166534' },
	out: { bar: '#b91c1c', tagStroke: '#b91c1c', tagFill: '#fef2f2', ink: '#991b1b' },
	undec: { bar: '#b45309', tagStroke: '#b45309', tagFill: '#fffbeb', ink: '#92400e' }
};
/** The tag of a claim the what-if changed. */
export const CHANGED_TAG = { stroke: '#7c3aed', width: 2.5 };

export const RELATION: Record<
	RelationKind,
	{ stroke: string; width: number; dash: number[]; head: 'arrow' | 'bar' | 'diamond' }
> = {
	supports: { stroke: '#2f7d4f', width: 1.7, dash: [], head: 'arrow' },
	rebuts: { stroke: '#c2352b', width: 1.7, dash: [7, 4], head: 'bar' },
	undercuts: { stroke: '#6d3fc0', width: 2.2, dash: [2, 3], head: 'diamond' }
};
/** Relations outside the selection's neighbourhood fade to this opacity; cards to `DIMMED`. */
export const FADED = 0.12;
export const DIMMED = 0.22;

/** The collapse badge: dark with the count when collapsed, light with a minus when it offers to. */
export const FOLD = {
	width: 48,
	height: 20,
	/** Its scale while the card text is not legible: large enough to find at a glance. */
	zoomedOut: 2.2,
	collapsed: { fill: '#0f172a', stroke: '#ffffff', text: '#ffffff' },
	open: { fill: '#ffffff', stroke: '#0f172a', text: '#0f172a' }
};

/** The rings around a card: what it is (selected, found, changed, the keyboard's). */
export const RING = {
	selected: { stroke: '#0f172a', width: 3, dash: [] as number[] },
	changed: { stroke: '#7c3aed', width: 3, dash: [3, 2] },
	hit: { stroke: '#ca8a04', width: 3, dash: [5, 3] },
	focus: { stroke: '#7c3aed', width: 3.5, dash: [] as number[] }
};
