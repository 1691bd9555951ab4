import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// Each size and weight of text on the first view costs the browser a synchronous font lookup in
// the browser process during the first layout, and while that process is busy loading the page
// the layout waits. Held to a small scale, the first view has 7 kinds of text, not 12: 11 font
// lookups per load instead of 21 (traced, median of 8 loads each). The map's card text, sized in
// px to fit the card layout's measures (src/lib/scene/cards.ts), and print sizes in pt are apart.
const SIZES = ['0.75rem', '0.875rem', '1rem', '1.125rem', '1.25rem', '1.5rem'];
const WEIGHTS = ['400', '700'];

function styleSources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return styleSources(path);
		return /\.(svelte|css)$/.test(entry.name) ? [path] : [];
	});
}

const declarations = styleSources('src').flatMap((file) =>
	[...readFileSync(file, 'utf8').matchAll(/font-(size|weight):\s*([^;}]+)/g)].map((m) => ({
		file,
		property: m[1]!,
		value: m[2]!.trim()
	}))
);

it('finds the styles it checks', () => {
	expect(declarations.filter((d) => d.property === 'size').length).toBeGreaterThan(50);
	expect(declarations.filter((d) => d.property === 'weight').length).toBeGreaterThan(20);
});

it('sizes text on the scale, in rem (px only on the map cards, pt only in print)', () => {
	const allowed = (d: (typeof declarations)[number]) =>
		SIZES.includes(d.value) ||
		(/^\d+(\.\d+)?px$/.test(d.value) && d.file.endsWith('ClaimCard.svelte')) ||
		(/^\d+(\.\d+)?pt$/.test(d.value) && d.file.endsWith('Brief.svelte'));
	expect(declarations.filter((d) => d.property === 'size' && !allowed(d))).toEqual([]);
});

it('weighs text 400 or 700', () => {
	const off = declarations.filter((d) => d.property === 'weight' && !WEIGHTS.includes(d.value));
	expect(off).toEqual([]);
});
