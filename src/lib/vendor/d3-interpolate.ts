/**
 * Stands in for d3-interpolate in d3-zoom's import of it (vite.config.ts). d3-zoom imports only
 * `interpolateZoom`, and calls it only to tween a zoom transition, which the map never starts (see
 * d3-transition.ts beside this file); the real package would bring all of d3-color into the first
 * load for it. To animate the zoom, delete the plugin in vite.config.ts and both files.
 */
export function interpolateZoom(): never {
	throw new Error('Zoom transitions are left out of Crux: see src/lib/vendor/d3-transition.ts');
}
