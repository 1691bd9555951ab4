import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CLAIM_KINDS, parseDebate, type Debate } from '../../src/lib/model';
import {
	canRedo,
	canUndo,
	edit,
	redo,
	startHistory,
	undo,
	type ClaimFields,
	type Command,
	type History,
	type Stance
} from '../../src/lib/edit';
import { generateDebate } from '../support/generate';
import { accepted, bundled, deepFreeze, small } from '../support/edit';

const support = (text: string): Command => ({
	type: 'addClaim',
	target: 'r',
	stance: 'supports',
	claim: { text }
});

function editOk(history: History, command: Command): History {
	const result = edit(history, command);
	if (!result.ok) throw new Error(`refused at ${result.field}: ${result.message}`);
	return result.history;
}

describe('history', () => {
	it('undoes and redoes, and a new edit clears what could be redone', () => {
		const start = startHistory(small());
		expect([canUndo(start), canRedo(start)]).toEqual([false, false]);
		expect(undo(start)).toBe(start);
		expect(redo(start)).toBe(start);

		const one = editOk(start, support('One.'));
		const two = editOk(one, support('Two.'));
		const back = undo(two);
		expect(back.debate).toEqual(one.debate);
		expect([canUndo(back), canRedo(back)]).toEqual([true, true]);
		expect(redo(back).debate).toEqual(two.debate);

		const other = editOk(back, support('Other.'));
		expect(canRedo(other)).toBe(false);
		expect(other.past.map((step) => step.command)).toMatchObject([{ id: 'one' }, { id: 'other' }]);
	});

	it('keeps 200 steps by default and as many as asked, dropping the oldest', () => {
		let history = startHistory(small());
		for (let i = 0; i < 205; i++) history = editOk(history, support(`Reason ${i}.`));
		expect(history.past).toHaveLength(200);
		expect(history.past[0]!.command).toMatchObject({ id: 'reason-5' });

		let short = startHistory(small(), 3);
		for (let i = 0; i < 5; i++) short = editOk(short, support(`Reason ${i}.`));
		while (canUndo(short)) short = undo(short);
		expect(short.debate.claims.map((c) => c.id).slice(-2)).toEqual(['reason-0', 'reason-1']);
		expect(() => startHistory(small(), 0)).toThrow(RangeError);
		expect(() => startHistory(small(), 2.5)).toThrow(RangeError);
	});

	it('records no step for an edit that changes nothing, and none for a refused one', () => {
		const start = startHistory(small());
		const same = edit(start, { type: 'editClaim', claim: 'a', changes: { text: 'A reason.' } });
		expect(same).toEqual({ ok: true, history: start, step: null });
		expect(edit(start, support(' '))).toEqual({
			ok: false,
			field: 'text',
			message: 'cannot be empty'
		});
	});
});

// ---------------------------------------------------------------------------------------------
// Random edit sequences: each step is drawn as numbers and words, and made into a command
// against the document as it is by then, so that most commands name what exists and some do not.

const text = fc.oneof(
	{
		weight: 8,
		arbitrary: fc
			.array(fc.constantFrom('cost', 'Risk', 'été', '中文', 'a', '42', '—', ' '), {
				minLength: 1,
				maxLength: 6
			})
			.map((words) => words.join(' '))
	},
	{ weight: 2, arbitrary: fc.string({ maxLength: 12, unit: 'grapheme' }) },
	{ weight: 1, arbitrary: fc.constantFrom('', '   ', 'x'.repeat(501)) }
);
const stance = fc.constantFrom<Stance>('supports', 'rebuts');
const changes: fc.Arbitrary<Partial<ClaimFields>> = fc.record(
	{
		text,
		title: fc.option(text, { nil: null }),
		kind: fc.constantFrom(...CLAIM_KINDS, null),
		speaker: fc.constantFrom('ann', 'kratsios', 'nobody', null),
		quote: fc.option(text, { nil: null }),
		paragraph: fc.constantFrom(0, 1, 7, null),
		topics: fc.option(fc.array(text, { maxLength: 3 }), { nil: null })
	},
	{ requiredKeys: [] }
);

type Draw = (debate: Debate) => Command;
const at = (items: readonly { id: string }[], n: number) => items[n % items.length]?.id ?? 'none';

const draw: fc.Arbitrary<Draw> = fc.oneof(
	fc.tuple(fc.nat(), stance, text).map(([n, stance, text]): Draw => (d) => ({
		type: 'addClaim',
		target: at(d.claims, n),
		stance,
		claim: { text }
	})),
	fc.tuple(fc.nat(), fc.boolean(), text).map(([n, atClaim, text]): Draw => (d) => ({
		type: 'addUndercut',
		relation: at(atClaim ? d.claims : d.relations, n),
		claim: { text }
	})),
	fc
		.tuple(fc.nat(), changes)
		.map(([n, changes]): Draw => (d) => ({ type: 'editClaim', claim: at(d.claims, n), changes })),
	fc.nat().map((n): Draw => (d) => ({ type: 'deleteClaim', claim: at(d.claims, n) })),
	fc.tuple(fc.nat(), fc.nat(), stance).map(([from, to, stance]): Draw => (d) => ({
		type: 'linkClaims',
		from: at(d.claims, from),
		to: at(d.claims, to),
		stance
	})),
	fc.tuple(fc.nat(), stance).map(([n, stance]): Draw => (d) => ({
		type: 'setRelationKind',
		relation: at(d.relations, n),
		stance
	})),
	fc.nat().map((n): Draw => (d) => ({ type: 'removeRelation', relation: at(d.relations, n) })),
	fc
		.tuple(fc.option(text, { nil: undefined }), fc.option(text))
		.map(([title, question]): Draw => () => ({ type: 'renameMap', title, question }))
);
const sequence = fc.array(draw, { minLength: 1, maxLength: 30 });

/** Runs the draws from `start`; returns every document the accepted edits made, and the tally. */
function run(start: Debate, draws: Draw[]) {
	let history = startHistory(start, draws.length);
	const documents = [JSON.stringify(start)];
	const tally = { accepted: new Set<string>(), refused: 0 };
	for (const drawn of draws) {
		const command = drawn(history.debate);
		const result = edit(history, command);
		if (!result.ok) {
			tally.refused++;
			expect(result.field).not.toBe('');
			continue;
		}
		history = result.history;
		if (!result.step) continue;
		tally.accepted.add(command.type);
		// Frozen, so that a later edit that mutated it would throw.
		deepFreeze(history.debate);
		documents.push(JSON.stringify(history.debate));
	}
	return { history, documents, tally };
}

function undoAllRedoAll(start: Debate, draws: Draw[]) {
	const { documents, ...ran } = run(start, draws);
	let history = ran.history;
	for (let i = documents.length - 2; i >= 0; i--) {
		history = undo(history);
		expect(JSON.stringify(history.debate)).toBe(documents[i]);
	}
	expect(canUndo(history)).toBe(false);
	for (let i = 1; i < documents.length; i++) {
		history = redo(history);
		expect(JSON.stringify(history.debate)).toBe(documents[i]);
	}
	expect(canRedo(history)).toBe(false);
	// Every document on the way is one the model reads back as it is.
	const reread = parseDebate(history.debate);
	expect(reread.ok && JSON.stringify(reread.debate)).toBe(documents.at(-1));
}

describe('random edit sequences', () => {
	it('draw both accepted edits of every kind and refused ones', () => {
		const kinds = new Set<string>();
		let refused = 0;
		for (const draws of fc.sample(sequence, { seed: 7, numRuns: 60 })) {
			const { tally } = run(small(), draws);
			tally.accepted.forEach((type) => kinds.add(type));
			refused += tally.refused;
		}
		expect([...kinds].sort()).toEqual(
			[
				'addClaim',
				'addUndercut',
				'deleteClaim',
				'editClaim',
				'linkClaims',
				'removeRelation',
				'renameMap',
				'setRelationKind'
			].sort()
		);
		expect(refused).toBeGreaterThan(30);
	});

	it('undo all gives back the first document byte for byte, redo all the last', () => {
		fc.assert(
			fc.property(sequence, (draws) => {
				undoAllRedoAll(small(), draws);
			})
		);
	});

	it('does the same from the bundled debate', () => {
		const start = bundled();
		fc.assert(
			fc.property(sequence, (draws) => {
				undoAllRedoAll(start, draws);
			}),
			{ numRuns: 40 }
		);
	});

	it('does the same from a generated debate with cycles and undercuts of undercuts', () => {
		const start = accepted(generateDebate(120, 3));
		fc.assert(
			fc.property(sequence, (draws) => {
				undoAllRedoAll(start, draws);
			}),
			{ numRuns: 30 }
		);
	});
});
