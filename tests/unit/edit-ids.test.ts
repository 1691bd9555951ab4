import { describe, expect, it } from 'vitest';
import { slug, uniqueId } from '../../src/lib/edit/ids';

describe('ids made from words', () => {
	it('keeps letters and digits of any script, drops accents, cuts after about 40 characters', () => {
		expect(slug('  Générale: the 2024 budget — über alles!  ')).toBe(
			'generale-the-2024-budget-uber-alles'
		);
		expect(slug('研究合作 应该 继续')).toBe('研究合作-应该-继续');
		expect(slug('one two three four five six seven eight nine ten eleven')).toBe(
			'one-two-three-four-five-six-seven-eight-nine'
		);
		expect(slug('?!', 'claim')).toBe('claim');
	});

	it('cuts a text written without spaces, never inside a surrogate pair', () => {
		expect(slug('𠀀'.repeat(100))).toBe('𠀀'.repeat(40));
		// 80 UTF-16 units would end in half of the 40th pair: it goes whole.
		expect(slug(`中${'𠀀'.repeat(100)}`)).toBe(`中${'𠀀'.repeat(39)}`);
	});

	it('adds the first free suffix, within the 200 characters an id may have', () => {
		const taken = new Set(['a', 'a-2']);
		expect(uniqueId('a', taken)).toBe('a-3');
		expect(uniqueId('b', taken)).toBe('b');
		expect(taken.has('a-3') && taken.has('b')).toBe(true);
		const long = 'x'.repeat(250);
		const first = uniqueId(long, taken);
		expect(first).toBe('x'.repeat(200));
		expect(uniqueId(long, taken)).toBe(`${'x'.repeat(198)}-2`);
	});
});
