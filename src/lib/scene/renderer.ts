/**
 * Which renderer draws a map. SVG draws each card as elements, which print, export and scale
 * cleanly, but every pan and zoom frame costs the browser work for each of them; the canvas
 * draws only what the screen shows, at the detail the scale allows.
 *
 * Threshold, measured with `measureLargeMaps` (scripts/bench/large-maps.ts) on generated Kialo
 * exports, production build, headless Chromium, this machine (2 cores, no GPU, shared), frame p95
 * while dragging / while wheel-zooming, and the longest task while opening:
 *
 *     claims   SVG                          canvas
 *     200      16.7 / 16.8 ms, 93 ms        16.7 / 16.7 ms, none over 50 ms
 *     350      16.8 / 33.4 ms, 153 ms       16.7 / 16.7 ms, none over 50 ms
 *     500      16.8 / 50.0 ms, 198 ms       16.7 / 16.7 ms, none over 50 ms
 *     1000     33.4 / 66.8 ms, 334 ms       16.7 / 16.7 ms, none over 50 ms
 *
 * SVG keeps every frame of a zoom within 16.7 ms up to about 200 claims and drops them from about
 * 350; opening passes 100 ms between the two. Hence the canvas from 300.
 */
export type Renderer = 'svg' | 'canvas';

export const CANVAS_FROM = 300;

/** The renderer for a map of `claims` claims; `asked` (a developer's setting) overrides it. */
export function rendererFor(claims: number, asked: Renderer | null = null): Renderer {
	return asked ?? (claims >= CANVAS_FROM ? 'canvas' : 'svg');
}
