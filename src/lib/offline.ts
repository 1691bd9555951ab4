import { dev } from '$app/environment';
import { base } from '$app/paths';

/**
 * Registers the service worker that @vite-pwa/sveltekit builds (`vite.config.ts`), which keeps
 * the whole site (every prerendered page, its scripts, styles, the open-file worker and the
 * icons) so Crux opens with no network. Registered from the app's own module, not an inline
 * script, so the Content Security Policy needs no exception; `worker-src 'self'` admits it.
 * Not in development: the dev server builds no worker, and a cached site would hide edits.
 */
export function keepOffline(): void {
	if (dev || !('serviceWorker' in navigator)) return;
	const register = () =>
		navigator.serviceWorker.register(`${base}/sw.js`, { scope: `${base}/` }).catch(() => {
			// Without it Crux still works online (a private window may refuse workers): nothing to say.
		});
	// After the page's own load: keeping the site must not compete with the page being opened.
	if (document.readyState === 'complete') register();
	else addEventListener('load', register, { once: true });
}
