import { selection } from 'd3-selection';

/**
 * Stands in for d3-transition in d3-zoom's import of it (vite.config.ts). The map never animates
 * its zoom, and d3-zoom asks d3-transition only to interrupt transitions, which then never start:
 * the real package would bring d3-color, d3-interpolate's colour code, d3-ease and d3-timer into
 * the first load (5 KB gzipped) for nothing. To animate the zoom, delete the plugin in
 * vite.config.ts and both files.
 */
export function interrupt(): void {}

// d3-transition adds `interrupt` to every selection; d3-zoom calls it before setting a transform.
Object.assign(selection.prototype, {
	interrupt<T>(this: T): T {
		return this;
	}
});
