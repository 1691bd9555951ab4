import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
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
	plugins: [zoomWithoutTransitions(), sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
