import { hydrate, mount, type Component } from 'svelte';

/**
 * Makes the prerendered nodes in `target` a root of their own. A target with none (a page drawn
 * in the browser, as an opened file is) is drawn afresh, as is one whose nodes do not match, with
 * a word in the console.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function takeOver<Props extends Record<string, any>>(
	component: Component<Props>,
	target: Element,
	props: Props
) {
	if (!target.firstChild) return mount(component, { target, props });
	try {
		return hydrate(component, { target, props, recover: false });
	} catch (error) {
		console.error('The prerendered page did not match; drawing it afresh.', error);
		target.replaceChildren();
		return mount(component, { target, props });
	}
}
