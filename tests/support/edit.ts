import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parseDebate, type Debate, type DebateInput } from '../../src/lib/model';
import { apply, applyPatch, type Applied, type Command, type Refusal } from '../../src/lib/edit';

/** A debate the model accepted, frozen all the way down so that any edit that mutates it throws. */
export function accepted(input: DebateInput): Debate {
	const parsed = parseDebate(input);
	if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
	return deepFreeze(parsed.debate);
}

/** Freezes `value` and all it holds, so that any edit that mutates it throws. */
export function deepFreeze<T>(value: T): T {
	if (typeof value === 'object' && value !== null) {
		for (const inner of Object.values(value)) deepFreeze(inner);
		Object.freeze(value);
	}
	return value;
}

export const bundled = (): Debate =>
	accepted(JSON.parse(readFileSync('data/debates/sta-renewal.json', 'utf8')));

/**
 * A resolution with a support, a rebuttal and its evidence, an undercut of the support and an
 * undercut of that undercut, a speaker, a source and an event.
 */
export const small = (): Debate =>
	accepted({
		id: 'tiny',
		title: 'Tiny',
		question: 'Should we?',
		resolution: 'r',
		speakers: [{ id: 'ann', name: 'Ann' }],
		sources: [{ id: 'paper', title: 'A paper' }],
		claims: [
			{ id: 'r', text: 'We should.', kind: 'resolution' },
			{ id: 'a', text: 'A reason.', title: 'Reason', speaker: 'ann' },
			{ id: 'b', text: 'An objection.' },
			{ id: 'c', text: 'Evidence for the objection.', kind: 'evidence' },
			{ id: 'u', text: 'That does not follow.' },
			{ id: 'w', text: 'It does follow.' }
		],
		relations: [
			{ id: 'a-r', from: 'a', to: 'r', kind: 'supports' },
			{ id: 'b-r', from: 'b', to: 'r', kind: 'rebuts' },
			{ id: 'c-b', from: 'c', to: 'b', kind: 'supports' },
			{ id: 'u-a-r', from: 'u', to: 'a-r', kind: 'undercuts' },
			{ id: 'w-u', from: 'w', to: 'u-a-r', kind: 'undercuts' }
		],
		events: [{ id: 'e', date: '2024', title: 'Something happened', claims: ['b', 'c'] }]
	});

/**
 * Applies a command that must succeed, and checks what every success promises: the model reads the
 * result back unchanged (valid, trimmed, keys in order) and the inverse gives back the input.
 */
export function applied(debate: Debate, command: Command): Applied {
	const result = apply(debate, command);
	if (!result.ok) throw new Error(`refused at ${result.field}: ${result.message}`);
	const reread = parseDebate(result.debate);
	expect(reread.ok && JSON.stringify(reread.debate)).toBe(JSON.stringify(result.debate));
	expect(JSON.stringify(applyPatch(result.debate, result.inverse).debate)).toBe(
		JSON.stringify(debate)
	);
	return result;
}

/** Applies a command that must be refused, and returns the refusal. */
export function refused(debate: Debate, command: Command): Refusal {
	const result = apply(debate, command);
	if (result.ok) throw new Error(`expected a refusal of ${JSON.stringify(command)}`);
	return result;
}
