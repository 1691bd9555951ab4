/**
 * Which renderer draws a map. SVG draws each card as elements, which print, export and scale
 * cleanly, but every pan and zoom frame costs the browser work for each of them; the canvas
 * draws only what the screen shows, at the detail the scale allows.
 *
 * Threshold, measured with `npm run bench -- --only "Large maps"` (this machine: 2 cores, no GPU,
 * headless Chromium): see CANVAS_FROM.
 */
export type Renderer = 'svg' | 'canvas';

export const CANVAS_FROM = 500;

/** The renderer for a map of `claims` claims; `asked` (a developer's setting) overrides it. */
export function rendererFor(claims: number, asked: Renderer | null = null): Renderer {
	return asked ?? (claims >= CANVAS_FROM ? 'canvas' : 'svg');
}
