import { describe, expect, it } from 'vitest';
import { blankMap, RESOLUTION_ID } from '../../src/lib/library/blank';
import { buildGraph } from '../../src/lib/model/graph';

describe('a new map', () => {
	it('is the question as its title and its one claim, the resolution', () => {
		const made = blankMap('  Should the town ban cars from the market square?  ');
		if (!made.ok) throw new Error(made.message);
		const { debate } = made;
		expect(debate.title).toBe('Should the town ban cars from the market square?');
		expect(debate.claims).toEqual([{ id: RESOLUTION_ID, text: debate.title, kind: 'resolution' }]);
		expect(debate.relations).toEqual([]);
		expect(debate.id).toBe('should-the-town-ban-cars-from-the-market');
		expect(buildGraph(debate).resolution).toBe(RESOLUTION_ID);
	});

	it('refuses an empty question, saying what to write', () => {
		expect(blankMap('   ')).toEqual({ ok: false, message: 'write the question or resolution' });
	});

	it('refuses a question longer than a claim may be, in the words of the dialog', () => {
		expect(blankMap('x'.repeat(501))).toEqual({
			ok: false,
			message: 'the question or resolution has at most 500 characters'
		});
		expect(blankMap('x'.repeat(500)).ok).toBe(true);
	});

	it('gives a map of words no slug can hold an id all the same', () => {
		const made = blankMap('¿?');
		expect(made.ok && made.debate.id).toBe('my-map');
	});
});
