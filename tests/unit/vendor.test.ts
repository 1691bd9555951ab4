import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { selection } from 'd3-selection';
import * as stub from '$lib/vendor/d3-transition';

// The map's zoom runs on d3-zoom with d3-transition left out (see src/lib/vendor/d3-transition.ts):
// should d3-zoom ever ask it for more, these fail before a reader's zoom does.
const zoom = readFileSync(
	new URL('../../node_modules/d3-zoom/dist/d3-zoom.mjs', import.meta.url),
	'utf8'
);

describe('the stand-in for d3-transition', () => {
	it('exports every name d3-zoom imports from d3-transition', () => {
		const imports = [...zoom.matchAll(/import\s*\{([^}]*)\}\s*from\s*'d3-transition'/g)];
		expect(imports).toHaveLength(1);
		const names = imports[0]![1]!.split(',').map((name) => name.trim());
		expect(names).toEqual(['interrupt']);
		for (const name of names) expect(stub).toHaveProperty(name);
	});

	it('gives every selection an interrupt that returns the selection', () => {
		const some = selection.prototype as unknown as { interrupt(this: unknown): unknown };
		const chosen = {};
		expect(some.interrupt.call(chosen)).toBe(chosen);
	});

	it('is asked for transitions only where the map turns them off', () => {
		// d3-zoom starts a transition on a double-click (the map removes that handler) and when
		// handed a transition (the map hands it selections only).
		const started = [...zoom.matchAll(/\.transition\(\)/g)].map(
			(m) => zoom.slice(zoom.lastIndexOf('function', m.index), m.index).match(/function (\w+)/)?.[1]
		);
		expect(started).toEqual(['dblclicked']);
	});
});
