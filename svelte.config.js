import { createHash } from 'node:crypto';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The one style attribute the app draws: SvelteKit's route announcer (an element it writes into
 * every app, see @sveltejs/kit src/core/sync/write_root.js). Allowed by its hash, so that no other
 * style attribute applies; if SvelteKit changes it, tests/e2e/security.spec.ts reports the refusal.
 */
const ANNOUNCER_STYLE =
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ fallback: '404.html', strict: true }),
		// A static host sends no headers we control, so the policy travels in each page's <meta>.
		// Hash mode: SvelteKit hashes the one inline script it writes (the start-up), and nothing
		// else inline may run. README.md ("Security") says why each directive is what it is.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', sha256(ANNOUNCER_STYLE)],
				'img-src': ['self', 'blob:'],
				'worker-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['none']
			}
		},
		typescript: {
			// svelte-check reads only src/ unless told: the tests, scripts and CLI are code too.
			config: (tsconfig) => ({
				...tsconfig,
				include: [
					...tsconfig.include,
					'../tests/**/*.ts',
					'../scripts/**/*.ts',
					'../playwright.config.ts',
					'../vite.config.ts'
				]
			})
		}
	}
};

export default config;
