import { OVERVIEW } from './cards';
import type { Box } from './geometry';

/** Around the map, in layout units. */
export const FIT_PAD = 40;
/** A small map is not blown up past this scale when fitted: cards keep a card's size. */
export const MAX_FIT = 1.25;
/** Frames narrower than this, in px, are a phone's: fitting a wide map's whole width there
 * shrinks its cards to specks. */
export const NARROW_PX = 600;
/** Smallest screen size, in px, of the overview's titles on a narrow screen's first view. */
export const TITLE_PX = 9;

/** The band's scale at most, as a multiple of the scale at which titles reach `TITLE_PX`. */
export const BAND_ZOOM = 1.15;

export interface Frame {
	width: number;
	height: number;
}

/**
 * The part of the map a screen shows before any zoom (the SVG's viewBox, in layout units; `bounds`
 * as the layout's own, top left at `x`, `y`): the whole map, padded. Unless fitting the whole map
 * would shrink card titles below `TITLE_PX` and `band` allows (a phone, or a large map that opens
 * collapsed): then the map fills the frame's height, or at least keeps titles readable, in a band
 * around `anchor` (the resolution), from the top when it is taller than the frame; the reader
 * pans or pinches to the rest. A frame not yet measured gets the whole map.
 */
export function fittedView(
	bounds: Box,
	frame: Frame,
	anchor: { x: number; y: number },
	band: boolean
): Box {
	const { x, y, width, height } = bounds;
	const w = Math.max(width + 2 * FIT_PAD, frame.width / MAX_FIT);
	const h = Math.max(height + 2 * FIT_PAD, frame.height / MAX_FIT);
	const whole = { x: x + width / 2 - w / 2, y: y + height / 2 - h / 2, width: w, height: h };
	if (!band || !frame.width || !frame.height) return whole;
	const legible = TITLE_PX / OVERVIEW.fontSize;
	if (Math.min(frame.width / w, frame.height / h) >= legible) return whole;
	// Screen px per layout unit: the whole height if titles are readable at it, else readable, and
	// never so large that a map's few top cards fill the screen: the band is for finding one's way.
	const scale = Math.min(Math.max(frame.height / h, legible), legible * BAND_ZOOM);
	const bandWidth = frame.width / scale;
	const bandHeight = frame.height / scale;
	const left = Math.min(Math.max(anchor.x - bandWidth / 2, whole.x), whole.x + w - bandWidth);
	return {
		x: bandWidth < w ? left : x + width / 2 - bandWidth / 2,
		y: bandHeight < h ? y - FIT_PAD : y + height / 2 - bandHeight / 2,
		width: bandWidth,
		height: bandHeight
	};
}
