import { CARD } from './cards';
import { FIT_PAD } from './fit';
import type { Box } from './geometry';
import { READING_PX } from './lod';

/**
 * Where the map sits on screen. Both renderers draw the layout into a view box (`fittedView` in
 * fit.ts: the layout's bounds padded, or a band of it), fitted to the frame as SVG's `xMidYMid meet` does, and zoom inside it by a
 * transform in view box units: the explorer's `zoom`, which a link carries. So a link opens at
 * the same place whichever renderer draws it.
 */
export interface Zoom {
	k: number;
	x: number;
	y: number;
}
/** A rectangle by its top left corner. */
export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}
export interface Frame {
	width: number;
	height: number;
}

export const IDENTITY: Zoom = { k: 1, x: 0, y: 0 };

/** Screen px per view box unit at fit (0 before the frame is measured). */
export function fitScale(view: Rect, frame: Frame): number {
	return Math.min(frame.width / view.width, frame.height / view.height);
}

/**
 * The map on screen as one transform, layout units to frame px (`screen = k * p + (x, y)`):
 * the view box fitted and centred in the frame, then the zoom.
 */
export function screenTransform(view: Rect, frame: Frame, zoom: Zoom): Zoom {
	const s = fitScale(view, frame);
	const ox = (frame.width - view.width * s) / 2;
	const oy = (frame.height - view.height * s) / 2;
	return { k: s * zoom.k, x: ox + s * (zoom.x - view.x), y: oy + s * (zoom.y - view.y) };
}

/**
 * d3-zoom on a canvas works in the element's px, where its identity is the fitted view: these
 * turn the explorer's zoom (view box units) into that transform and back.
 */
export function zoomToPx(view: Rect, frame: Frame, zoom: Zoom): Zoom {
	const s = fitScale(view, frame);
	const ox = (frame.width - view.width * s) / 2 - s * view.x;
	const oy = (frame.height - view.height * s) / 2 - s * view.y;
	return { k: zoom.k, x: (1 - zoom.k) * ox + s * zoom.x, y: (1 - zoom.k) * oy + s * zoom.y };
}

export function zoomFromPx(view: Rect, frame: Frame, px: Zoom): Zoom {
	const s = fitScale(view, frame);
	if (!s) return { ...px };
	const ox = (frame.width - view.width * s) / 2 - s * view.x;
	const oy = (frame.height - view.height * s) / 2 - s * view.y;
	return { k: px.k, x: (px.x - (1 - px.k) * ox) / s, y: (px.y - (1 - px.k) * oy) / s };
}

/**
 * How far the reader may zoom in: 8 times the fit, or, on a map so large that its text is still
 * too small there, until the text reads at twice the reading size; never past `ceiling`.
 */
export function zoomCeiling(view: Rect, frame: Frame, ceiling: number): number {
	const fit = fitScale(view, frame);
	const reading = fit > 0 ? (2 * READING_PX) / (fit * CARD.fontSize) : 8;
	return Math.min(ceiling, Math.max(8, reading));
}

/** The zoom that fits the cards given (centred boxes) into the view box, within `limits`. */
export function fitZoom(boxes: readonly Box[], view: Rect, limits: { min: number; max: number }) {
	let [left, right, top, bottom] = [Infinity, -Infinity, Infinity, -Infinity];
	for (const b of boxes) {
		left = Math.min(left, b.x - b.width / 2);
		right = Math.max(right, b.x + b.width / 2);
		top = Math.min(top, b.y - b.height / 2);
		bottom = Math.max(bottom, b.y + b.height / 2);
	}
	if (!boxes.length) return IDENTITY;
	[left, right, top, bottom] = [left - FIT_PAD, right + FIT_PAD, top - FIT_PAD, bottom + FIT_PAD];
	const k = Math.max(
		Math.min(view.width / (right - left), view.height / (bottom - top), limits.max),
		limits.min
	);
	return centredOn({ x: (left + right) / 2, y: (top + bottom) / 2 }, k, view);
}

/** The zoom at scale `k` with the point `at` in the middle of the view box. */
export function centredOn(at: { x: number; y: number }, k: number, view: Rect): Zoom {
	return {
		k,
		x: view.x + view.width / 2 - k * at.x,
		y: view.y + view.height / 2 - k * at.y
	};
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

/** A zoom as a link keeps it (rounded), or `null` when it is the fitted view. */
export function keptZoom(zoom: Zoom): Zoom | null {
	const next = { k: round(zoom.k, 3), x: round(zoom.x, 1), y: round(zoom.y, 1) };
	return next.k === 1 && next.x === 0 && next.y === 0 ? null : next;
}

/** Whether two zooms differ by more than a kept zoom's rounding. */
export function zoomDiffers(a: Zoom, b: Zoom): boolean {
	return Math.abs(a.k - b.k) > 5e-4 || Math.abs(a.x - b.x) > 0.05 || Math.abs(a.y - b.y) > 0.05;
}
