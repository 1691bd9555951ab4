import { hydrate, mount, type Component } from 'svelte';

/**
 * Makes the prerendered nodes in `target` a root of their own. A target with none (a page drawn
 * in the browser, as an opened file is) is drawn afresh, as is one whose nodes do not match, with
 * a word in the console. `context` is the parent's (`getAllContexts()`): a root has none of its own.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function takeOver<Props extends Record<string, any>>(
	component: Component<Props>,
	target: Element,
	props: Props,
	context: Map<unknown, unknown>
) {
	if (!target.firstChild) return mount(component, { target, props, context });
	// In development, Svelte's server ends each component with an empty comment, which the parent
	// consumes when it hydrates; a root has no parent here, so that comment would not match.
	const end = target.lastChild?.previousSibling;
	if (import.meta.env.DEV && end instanceof Comment && end.data === '') end.remove();
	try {
		return hydrate(component, { target, props, context, recover: false });
	} catch (error) {
		console.error('The prerendered page did not match; drawing it afresh.', error);
		target.replaceChildren();
		return mount(component, { target, props, context });
	}
}
