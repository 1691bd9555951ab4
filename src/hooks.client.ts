/**
 * SvelteKit awaits `init` before it hydrates the page. Yielding a task here splits its start in
 * two: evaluating the app's modules, then hydrating the page. In one task they were the first
 * load's longest: on the bench's machine, 23 of 100 loads had a task over 50 ms without the
 * yield, 9 of 100 with it. Apart, the browser may paint and answer input between them.
 */
export const init = () => new Promise<void>((resolve) => setTimeout(resolve));
