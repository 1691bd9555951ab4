import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// Found only when a page first loads the library, idb-keyval would be bundled then and every
	// open page of the dev server reloaded; bundled at start, nothing reloads.
	optimizeDeps: { include: ['idb-keyval'] },
	resolve: {
		// The map never animates its zoom: see the files for why d3-transition and d3-interpolate
		// are left out.
		alias: {
			'd3-transition': fileURLToPath(new URL('./src/lib/vendor/d3-transition.ts', import.meta.url)),
			'd3-interpolate': fileURLToPath(
				new URL('./src/lib/vendor/d3-interpolate.ts', import.meta.url)
			)
		}
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
