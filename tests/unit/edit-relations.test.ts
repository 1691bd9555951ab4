import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/model';
import { apply } from '../../src/lib/edit';
import { accepted, applied, bundled, refused, small } from '../support/edit';

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('linkClaims', () => {
	it('relates two claims already on the map, cycles included', () => {
		const link = { type: 'linkClaims', from: 'b', to: 'c', stance: 'rebuts' } as const;
		const { debate, command } = applied(small(), link);
		expect(command).toEqual({ ...link, id: 'b-rebuts-c' });
		expect(debate.relations.at(-1)).toEqual({
			id: 'b-rebuts-c',
			from: 'b',
			to: 'c',
			kind: 'rebuts'
		});
		// c supports b and b rebuts c: a cycle, and b now stands on both sides.
		expect(buildGraph(debate).warnings.map((w) => w.code)).toContain('side-conflict');
	});

	it('refuses a claim related to itself, the resolution as a reason, a second link and a relation', () => {
		const link = { type: 'linkClaims', stance: 'supports' } as const;
		expect(refused(small(), { ...link, from: 'a', to: 'a' })).toEqual({
			ok: false,
			field: 'to',
			message: 'relation "a-supports-a" points at its own source "a"'
		});
		expect(refused(small(), { ...link, from: 'r', to: 'a' }).field).toBe('from');
		expect(refused(small(), { ...link, from: 'a', to: 'r' })).toMatchObject({
			field: 'to',
			message: expect.stringContaining('"a" already supports "r" (relation "a-r")')
		});
		expect(refused(small(), { ...link, from: 'a', to: 'b-r' }).field).toBe('to');
		expect(refused(small(), { ...link, from: 'a-r', to: 'b' }).field).toBe('from');
		expect(refused(small(), { ...link, from: 'a', to: 'b', id: 'c' }).field).toBe('id');
	});
});

describe('setRelationKind and removeRelation', () => {
	it('turns a support into a rebuttal, in place', () => {
		const { debate } = applied(small(), {
			type: 'setRelationKind',
			relation: 'c-b',
			stance: 'rebuts'
		});
		expect(debate.relations[2]).toEqual({ id: 'c-b', from: 'c', to: 'b', kind: 'rebuts' });
		expect(buildGraph(debate).side.get('c')).toBe('affirmative');
		const same = apply(small(), { type: 'setRelationKind', relation: 'c-b', stance: 'supports' });
		expect(same.ok && same.patch).toEqual({});
	});

	it('refuses to turn an undercut, or a claim, into a support', () => {
		expect(
			refused(small(), { type: 'setRelationKind', relation: 'u-a-r', stance: 'supports' }).field
		).toBe('relation');
		expect(
			refused(small(), { type: 'setRelationKind', relation: 'a', stance: 'supports' }).message
		).toBe('"a" is a claim, not a relation');
	});

	it('removes a relation with the undercuts aimed at it; its claims stay', () => {
		const { debate } = applied(small(), { type: 'removeRelation', relation: 'a-r' });
		expect(ids(debate.relations)).toEqual(['b-r', 'c-b']);
		expect(debate.claims).toHaveLength(6);
		expect(refused(small(), { type: 'removeRelation', relation: 'r' }).field).toBe('relation');
	});
});

describe('renameMap', () => {
	it('renames, and a question removed comes back in its place on undo', () => {
		const { debate } = applied(small(), { type: 'renameMap', title: ' Tiny map ', question: '  ' });
		expect(debate.title).toBe('Tiny map');
		expect('question' in debate).toBe(false);
		const asked = applied(debate, { type: 'renameMap', question: 'Must we?' }).debate;
		expect(Object.keys(asked).slice(0, 4)).toEqual(['id', 'title', 'question', 'resolution']);
	});

	it('refuses an empty title and changes nothing for the same words', () => {
		expect(refused(small(), { type: 'renameMap', title: ' ' })).toEqual({
			ok: false,
			field: 'title',
			message: 'cannot be empty'
		});
		const same = apply(small(), { type: 'renameMap', title: 'Tiny', question: 'Should we?' });
		expect(same.ok && same.patch).toEqual({ head: {} });
	});
});

describe('a map that names no resolution', () => {
	const unnamed = () =>
		accepted({
			id: 'unnamed',
			title: 'Unnamed',
			claims: [
				{ id: 'x', text: 'First.' },
				{ id: 'root', text: 'The thesis.' },
				{ id: 'y', text: 'A reason.' }
			],
			relations: [
				{ id: 'x-root', from: 'x', to: 'root', kind: 'supports' },
				{ id: 'y-x', from: 'y', to: 'x', kind: 'supports' }
			]
		});

	it('refuses an edit that would put another claim in the resolution place', () => {
		expect(refused(unnamed(), { type: 'removeRelation', relation: 'x-root' })).toMatchObject({
			field: 'relation',
			message: expect.stringContaining('would make "x" the resolution in place of "root"')
		});
		expect(refused(unnamed(), { type: 'deleteClaim', claim: 'root' }).field).toBe('claim');
		expect(
			refused(unnamed(), { type: 'linkClaims', from: 'root', to: 'y', stance: 'supports' }).field
		).toBe('from');
		applied(unnamed(), { type: 'deleteClaim', claim: 'y' });
	});
});

describe('commands from elsewhere', () => {
	it('refuses an unknown command by its type', () => {
		expect(apply(small(), { type: 'retarget' } as never)).toEqual({
			ok: false,
			field: 'type',
			message: 'no edit is called "retarget"'
		});
	});

	it('edits the bundled debate without copying what it leaves alone', () => {
		const before = bundled();
		const { debate } = applied(before, { type: 'deleteClaim', claim: 'kratsios-terminate' });
		expect(debate.claims.length).toBe(before.claims.length - 1);
		expect(debate.events).toBe(before.events);
		expect(debate.sources).toBe(before.sources);
	});
});
