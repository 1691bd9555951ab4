import type { Rect } from './viewport';

/**
 * The picture of the map around the screen, kept between frames: while only the translation
 * changes (a pan), each frame copies it rather than drawing every card again; while the scale
 * changes (a wheel zoom), it is copied scaled until the zoom settles. Drawing a large map at fit
 * (ten thousand cards and relations) takes tens of milliseconds on a slow machine; copying it
 * takes one.
 */
export interface CachedRegion {
	/** The region drawn, in layout units. */
	left: number;
	top: number;
	right: number;
	bottom: number;
	/** The scale it was drawn at (CSS px per layout unit). */
	k: number;
	/** What it shows: bumped whenever anything drawn but the position changes. */
	version: number;
}

/**
 * The region to draw around what the screen shows (`seen`, layout units): the screen widened by
 * `margin` screens on each side, cut to the map's bounds, so a pan within the margin needs no
 * drawing.
 */
export function regionAround(
	seen: { left: number; top: number; right: number; bottom: number },
	bounds: Rect,
	margin = 0.5
): { left: number; top: number; right: number; bottom: number } {
	const w = (seen.right - seen.left) * margin;
	const h = (seen.bottom - seen.top) * margin;
	return {
		left: Math.max(seen.left - w, bounds.x),
		top: Math.max(seen.top - h, bounds.y),
		right: Math.min(seen.right + w, bounds.x + bounds.width),
		bottom: Math.min(seen.bottom + h, bounds.y + bounds.height)
	};
}

/** Whether a kept region can be copied for the screen now: the same content, and it covers it. */
export function regionServes(
	cached: CachedRegion | null,
	seen: { left: number; top: number; right: number; bottom: number },
	bounds: Rect,
	k: number,
	version: number
): boolean {
	if (!cached || cached.version !== version || Math.abs(cached.k - k) > 1e-9 * k) return false;
	// What of the screen the map can fill must lie inside the region.
	const need = {
		left: Math.max(seen.left, bounds.x),
		top: Math.max(seen.top, bounds.y),
		right: Math.min(seen.right, bounds.x + bounds.width),
		bottom: Math.min(seen.bottom, bounds.y + bounds.height)
	};
	if (need.left >= need.right || need.top >= need.bottom) return true;
	return (
		need.left >= cached.left - 1e-6 &&
		need.top >= cached.top - 1e-6 &&
		need.right <= cached.right + 1e-6 &&
		need.bottom <= cached.bottom + 1e-6
	);
}
