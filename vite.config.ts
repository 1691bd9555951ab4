import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * d3-zoom's imports of d3-transition and d3-interpolate resolve to the stand-ins in
 * src/lib/vendor (see the files for why); any other importer would get the real packages.
 */
function zoomWithoutTransitions(): Plugin {
	const standIns: Record<string, string> = {
		'd3-transition': fileURLToPath(new URL('./src/lib/vendor/d3-transition.ts', import.meta.url)),
		'd3-interpolate': fileURLToPath(new URL('./src/lib/vendor/d3-interpolate.ts', import.meta.url))
	};
	return {
		name: 'crux:zoom-without-transitions',
		enforce: 'pre',
		resolveId: (source, importer) =>
			importer?.includes('/node_modules/d3-zoom/') ? standIns[source] : undefined
	};
}

export default defineConfig({
	plugins: [
		zoomWithoutTransitions(),
		sveltekit(),
		// The service worker that keeps the site for offline use; src/lib/offline.ts registers it.
		SvelteKitPWA({
			// static/app.webmanifest, linked from app.html: the same file in dev and build. (Not named
			// manifest.webmanifest: the plugin keeps that name out of the precache, for its own.)
			manifest: false,
			injectRegister: null,
			workbox: {
				// The first worker takes charge of the page that installed it, so that page works
				// offline; a newer one waits until every Crux tab is closed, so no open page loses
				// the scripts it was built with.
				clientsClaim: true,
				// Every query parameter is view state the page reads itself: one cached page each.
				ignoreURLParametersMatching: [/./],
				navigateFallback: null,
				// The README's screenshot is not part of the app.
				globIgnores: ['client/screenshot.png']
			}
		})
	],
	// Found only when a page first loads the library, idb-keyval would be bundled then and every
	// open page of the dev server reloaded; bundled at start, nothing reloads.
	optimizeDeps: { include: ['idb-keyval'] },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
