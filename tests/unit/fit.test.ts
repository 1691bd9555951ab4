import { describe, expect, it } from 'vitest';
import { OVERVIEW } from '$lib/scene/cards';
import { BAND_ZOOM, FIT_PAD, fittedView, TITLE_PX } from '$lib/scene/fit';

/** A wide map, as force layouts of debates are: 3,600 by 1,400 layout units. */
const wide = { x: -1800, y: 0, width: 3600, height: 1400 };
const resolution = { x: 200, y: 60 };
const scaleOf = (view: { width: number; height: number }, frame: { width: number }) =>
	frame.width / view.width;

describe('the first view of a map', () => {
	it('is the whole map, padded, where that keeps titles readable or no band is allowed', () => {
		const whole = {
			x: -1800 - FIT_PAD,
			y: -FIT_PAD,
			width: 3600 + 2 * FIT_PAD,
			height: 1400 + 2 * FIT_PAD
		};
		expect(fittedView(wide, { width: 1080, height: 690 }, resolution, false)).toEqual(whole);
		expect(fittedView(wide, { width: 390, height: 506 }, resolution, false)).toEqual(whole);
		// Not measured yet (the prerendered page): the whole map.
		expect(fittedView(wide, { width: 0, height: 0 }, resolution, true)).toEqual(whole);
	});

	it('on a phone fills the frame’s height around the resolution, titles readable', () => {
		const frame = { width: 390, height: 506 };
		const view = fittedView(wide, frame, resolution, true);
		expect(view.width / view.height).toBeCloseTo(frame.width / frame.height);
		expect(view.height).toBeCloseTo(1400 + 2 * FIT_PAD);
		expect(view.x + view.width / 2).toBeCloseTo(resolution.x);
		expect(scaleOf(view, frame) * OVERVIEW.fontSize).toBeGreaterThanOrEqual(TITLE_PX);
	});

	it('shows the top of a map too deep for readable titles, and zooms a shallow one only so far', () => {
		const deep = { x: -1800, y: 0, width: 3600, height: 6000 };
		const frame = { width: 390, height: 506 };
		const view = fittedView(deep, frame, resolution, true);
		expect(scaleOf(view, frame) * OVERVIEW.fontSize).toBeCloseTo(TITLE_PX);
		expect(view.y).toBe(-FIT_PAD);
		const shallow = { x: -1800, y: 0, width: 3600, height: 200 };
		const near = fittedView(shallow, { width: 1080, height: 690 }, resolution, true);
		expect(scaleOf(near, { width: 1080 }) * OVERVIEW.fontSize).toBeCloseTo(TITLE_PX * BAND_ZOOM);
	});

	it('keeps the band inside the map when the resolution is near an edge', () => {
		const view = fittedView(wide, { width: 390, height: 506 }, { x: -1790, y: 0 }, true);
		expect(view.x).toBeCloseTo(-1800 - FIT_PAD);
	});
});
