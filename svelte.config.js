import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ fallback: '404.html', strict: true }),
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
