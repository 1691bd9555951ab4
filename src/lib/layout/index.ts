/**
 * The layout stage: claim cards placed as an argument map. Pure and deterministic, no DOM: the
 * same code runs at build time, in the CLI, in tests and in a Web Worker.
 */
export {
	CARD,
	OVERVIEW,
	cardBox,
	cardFace,
	charsPerLine,
	titleLines,
	wrapText,
	type CardBox,
	type CardFace
} from '../scene/cards';
export type { LayoutEdge, LayoutNode, LayoutOptions, MapLayout, Placement } from './types';
export { layoutDebate, COLLIDE_MARGIN } from './simulation';
export { countCrossings, countOverlaps, edgeSegments, segmentsCross } from './metrics';
export { ASPECT, BAND_GAP, CORRIDOR, GAP, TIER_GAP } from './bands';
