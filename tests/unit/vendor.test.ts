import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { selection } from 'd3-selection';
import * as transitionStub from '$lib/vendor/d3-transition';
import * as interpolateStub from '$lib/vendor/d3-interpolate';

// The map's zoom runs on d3-zoom with d3-transition and d3-interpolate left out (see
// src/lib/vendor): should d3-zoom ever ask them for more, these fail before a reader's zoom does.
const zoom = readFileSync(
	new URL('../../node_modules/d3-zoom/dist/d3-zoom.mjs', import.meta.url),
	'utf8'
);

/** What d3-zoom imports from `pkg`, in its one import from it. */
function importedFrom(pkg: string): string[] {
	const imports = [
		...zoom.matchAll(new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*'${pkg}'`, 'g'))
	];
	expect(imports).toHaveLength(1);
	return imports[0]![1]!.split(',').map((name) => name.trim());
}

/** The d3-zoom function a match at `index` is in (its own are declared two spaces in). */
const enclosing = (index: number) =>
	[...zoom.slice(0, index).matchAll(/\n {2}function (\w+)/g)].at(-1)?.[1];

it.each([
	['d3-transition', transitionStub, ['interrupt']],
	['d3-interpolate', interpolateStub, ['interpolateZoom']]
])('the stand-in for %s exports every name d3-zoom imports from it', (pkg, stub, expected) => {
	const names = importedFrom(pkg);
	expect(names).toEqual(expected);
	for (const name of names) expect(stub).toHaveProperty(name);
});

describe('the stand-in for d3-transition', () => {
	it('gives every selection an interrupt that returns the selection', () => {
		const some = selection.prototype as unknown as { interrupt(this: unknown): unknown };
		const chosen = {};
		expect(some.interrupt.call(chosen)).toBe(chosen);
	});

	it('is asked for transitions only where the map turns them off', () => {
		// d3-zoom starts a transition on a double-click (the map removes that handler) and when
		// handed a transition (the map hands it selections only).
		const started = [...zoom.matchAll(/\.transition\(\)/g)].map((m) => enclosing(m.index));
		expect(started).toEqual(['dblclicked']);
	});
});

describe('the stand-in for d3-interpolate', () => {
	it('is called only to tween a transition, which the map never starts', () => {
		// d3-zoom keeps the interpolator as `interpolate` and calls it in `schedule` alone, which
		// runs only when d3-zoom is handed a transition.
		const calls = [...zoom.matchAll(/\binterpolate\(/g)].map((m) => enclosing(m.index));
		expect(calls).toEqual(['schedule']);
		expect([...zoom.matchAll(/\bschedule\(/g)]).toHaveLength(2); // its definition and one call
		expect(zoom).toMatch(/if \(collection !== selection\) \{\s*schedule\(/);
	});
});
