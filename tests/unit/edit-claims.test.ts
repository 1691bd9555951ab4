import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/model';
import { apply, dependents, newMap } from '../../src/lib/edit';
import { applied, refused, small } from '../support/edit';

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('newMap', () => {
	it('opens a map with nothing but its resolution, ids made from the question', () => {
		const made = newMap('  Should the city ban cars downtown?  ');
		if (!made.ok) throw new Error(made.message);
		expect(made.debate).toEqual({
			id: 'should-the-city-ban-cars-downtown',
			title: 'Should the city ban cars downtown?',
			question: 'Should the city ban cars downtown?',
			resolution: 'should-the-city-ban-cars-downtown',
			sources: [],
			speakers: [],
			claims: [
				{
					id: 'should-the-city-ban-cars-downtown',
					text: 'Should the city ban cars downtown?',
					kind: 'resolution'
				}
			],
			relations: [],
			events: []
		});
	});

	it('refuses a blank question and one too long for a claim, at the question', () => {
		expect(newMap(' \n ')).toEqual({ ok: false, field: 'question', message: 'cannot be empty' });
		expect(newMap('why '.repeat(130))).toMatchObject({
			ok: false,
			field: 'question',
			message: 'a claim text has at most 500 characters'
		});
	});
});

describe('addClaim', () => {
	it('adds a support with its relation, ids from its words, and undoes', () => {
		const before = small();
		const { debate, command } = applied(before, {
			type: 'addClaim',
			target: 'b',
			stance: 'rebuts',
			claim: { text: '  Objections like this one failed before.  ', title: ' Failed before ' }
		});
		expect(debate.claims.at(-1)).toEqual({
			id: 'objections-like-this-one-failed-before',
			text: 'Objections like this one failed before.',
			title: 'Failed before'
		});
		expect(debate.relations.at(-1)).toEqual({
			id: 'objections-like-this-one-failed-before-rebuts-b',
			from: 'objections-like-this-one-failed-before',
			to: 'b',
			kind: 'rebuts'
		});
		expect(command).toMatchObject({ id: 'objections-like-this-one-failed-before' });
		// A rebuttal of a negative claim stands for the resolution.
		expect(buildGraph(debate).side.get('objections-like-this-one-failed-before')).toBe(
			'affirmative'
		);
		// Untouched claims are shared, not copied.
		expect(debate.claims[1]).toBe(before.claims[1]);
	});

	it('gives a new claim whose words are taken the next free suffix', () => {
		let debate = small();
		const made: string[] = [];
		for (let i = 0; i < 3; i++) {
			const result = applied(debate, {
				type: 'addClaim',
				target: 'r',
				stance: 'supports',
				claim: { text: 'A reason.' }
			});
			debate = result.debate;
			made.push(debate.claims.at(-1)!.id);
		}
		expect(made).toEqual(['a-reason', 'a-reason-2', 'a-reason-3']);
	});

	it('keeps a claim made of no letters or digits readable', () => {
		const { debate } = applied(small(), {
			type: 'addClaim',
			target: 'r',
			stance: 'supports',
			claim: { text: '?!' }
		});
		expect(ids(debate.claims).at(-1)).toBe('claim');
	});

	it.each([
		[{ text: '   ' }, 'text', 'cannot be empty'],
		[{ text: 'x'.repeat(501) }, 'text', 'a claim text has at most 500 characters'],
		[{ text: 'ok', title: 'x'.repeat(41) }, 'title', 'a claim title has at most 40 characters'],
		[{ text: 'ok', speaker: 'bob' }, 'speaker', 'no speaker has the id "bob"'],
		[{ text: 'ok', source: 'book' }, 'source', 'no source has the id "book"'],
		[{ text: 'ok', paragraph: 0 }, 'paragraph', undefined],
		[{ text: 'ok', topics: ['a b'], tilte: 'typo' }, 'tilte', 'unknown field "tilte"']
	])('refuses claim fields %j at %s', (claim, field, message) => {
		const refusal = refused(small(), { type: 'addClaim', target: 'r', stance: 'supports', claim });
		expect(refusal.field).toBe(field);
		if (message) expect(refusal.message).toBe(message);
	});

	it('refuses a target that is missing or a relation, and an id already taken', () => {
		const add = { type: 'addClaim', stance: 'supports', claim: { text: 'ok' } } as const;
		expect(refused(small(), { ...add, target: 'nobody' })).toEqual({
			ok: false,
			field: 'target',
			message: 'no claim has the id "nobody"'
		});
		expect(refused(small(), { ...add, target: 'a-r' }).field).toBe('target');
		expect(refused(small(), { ...add, target: 'r', id: 'e' })).toMatchObject({
			field: 'id',
			message: '"e" is already the id of an event'
		});
		expect(refused(small(), { ...add, target: 'r', relationId: 'a' }).field).toBe('relationId');
		// A command read back from storage or another tab may lack what the types promise.
		expect(refused(small(), { ...add, target: 'r', claim: {} as never })).toEqual({
			ok: false,
			field: 'text',
			message: 'a claim needs its text'
		});
	});
});

describe('addUndercut', () => {
	it('adds a claim that attacks a relation, even an undercut', () => {
		const { debate } = applied(small(), {
			type: 'addUndercut',
			relation: 'w-u',
			claim: { text: 'It follows only here.' }
		});
		expect(debate.relations.at(-1)).toEqual({
			id: 'it-follows-only-here-undercuts-w-u',
			from: 'it-follows-only-here',
			to: 'w-u',
			kind: 'undercuts'
		});
	});

	it('refuses to aim at a claim or at nothing, at the relation', () => {
		const undercut = { type: 'addUndercut', claim: { text: 'No.' } } as const;
		expect(refused(small(), { ...undercut, relation: 'a' })).toEqual({
			ok: false,
			field: 'relation',
			message: 'an undercut attacks a relation, but "a" is a claim (use "rebuts" to attack a claim)'
		});
		expect(refused(small(), { ...undercut, relation: 'gone' }).message).toBe(
			'no relation has the id "gone"'
		);
	});
});

describe('editClaim', () => {
	it('writes, trims and removes fields, keeping the schema order of keys', () => {
		const { debate } = applied(small(), {
			type: 'editClaim',
			claim: 'b',
			changes: {
				topics: [' cost ', '', 'time'],
				quote: 'verbatim words',
				source: 'paper',
				paragraph: 3,
				speaker: 'ann',
				kind: 'position',
				title: 'Objection'
			}
		});
		expect(JSON.stringify(debate.claims[2])).toBe(
			JSON.stringify({
				id: 'b',
				text: 'An objection.',
				title: 'Objection',
				kind: 'position',
				speaker: 'ann',
				quote: 'verbatim words',
				source: 'paper',
				paragraph: 3,
				topics: ['cost', 'time']
			})
		);
		const cleared = applied(debate, {
			type: 'editClaim',
			claim: 'b',
			changes: { title: '  ', kind: null, topics: [' '], paragraph: null, text: 'New words.' }
		});
		expect(cleared.debate.claims[2]).toEqual({
			id: 'b',
			text: 'New words.',
			speaker: 'ann',
			quote: 'verbatim words',
			source: 'paper'
		});
	});

	it('changes nothing, and makes no step, when the fields are saved as they were', () => {
		const before = small();
		const result = apply(before, {
			type: 'editClaim',
			claim: 'a',
			changes: { text: ' A reason. ', title: 'Reason' }
		});
		expect(result).toEqual({
			ok: true,
			debate: before,
			patch: {},
			inverse: {},
			command: expect.anything()
		});
	});

	it('refuses empty text, a missing claim, and the kind resolution out of its place', () => {
		const before = small();
		expect(refused(before, { type: 'editClaim', claim: 'a', changes: { text: '' } })).toEqual({
			ok: false,
			field: 'text',
			message: 'cannot be empty'
		});
		expect(refused(before, { type: 'editClaim', claim: 'a-r', changes: {} })).toEqual({
			ok: false,
			field: 'claim',
			message: '"a-r" is a relation, not a claim'
		});
		expect(refused(before, { type: 'editClaim', claim: 'zz', changes: {} }).message).toBe(
			'no claim has the id "zz"'
		);
		expect(
			refused(before, { type: 'editClaim', claim: 'a', changes: { kind: 'resolution' } })
		).toEqual({
			ok: false,
			field: 'kind',
			message: 'only the resolution ("r") has the kind "resolution"'
		});
		expect(refused(before, { type: 'editClaim', claim: 'r', changes: { kind: null } }).field).toBe(
			'kind'
		);
		expect(
			refused(before, { type: 'editClaim', claim: 'a', changes: { speaker: 'bob' } }).field
		).toBe('speaker');
	});
});

describe('deleteClaim and dependents', () => {
	it('takes the claim, its relations, the undercuts aimed at them, and its place in events', () => {
		const before = small();
		expect(ids(dependents(before, 'a').relations)).toEqual(['a-r', 'u-a-r', 'w-u']);
		expect(dependents(before, 'a').events).toEqual([]);
		expect(ids(dependents(before, 'a').stranded)).toEqual(['u', 'w']);
		const { debate } = applied(before, { type: 'deleteClaim', claim: 'a' });
		expect(ids(debate.claims)).toEqual(['r', 'b', 'c', 'u', 'w']);
		expect(ids(debate.relations)).toEqual(['b-r', 'c-b']);

		expect(ids(dependents(before, 'c').events)).toEqual(['e']);
		const withoutEvidence = applied(before, { type: 'deleteClaim', claim: 'c' }).debate;
		expect(withoutEvidence.events[0]!.claims).toEqual(['b']);
	});

	it('lists what goes with a relation: the undercuts aimed at it, and on', () => {
		expect(ids(dependents(small(), 'u-a-r').relations)).toEqual(['w-u']);
		expect(dependents(small(), 'nothing')).toEqual({ relations: [], events: [], stranded: [] });
	});

	it('refuses to delete the resolution or what is not a claim', () => {
		expect(refused(small(), { type: 'deleteClaim', claim: 'r' })).toMatchObject({
			field: 'claim',
			message: expect.stringContaining('"r" is the resolution')
		});
		expect(refused(small(), { type: 'deleteClaim', claim: 'e' }).message).toBe(
			'"e" is an event, not a claim'
		);
	});
});
