import type { Debate } from '../model/schema';
import { apply } from './apply';
import type { Command, Refusal } from './commands';
import { applyPatch, isEmptyPatch, type Patch } from './patch';

/** One edit as the undo stack keeps it: what was asked, what it did, and what undoes it. */
export interface Step {
	readonly command: Command;
	readonly patch: Patch;
	readonly inverse: Patch;
}

/**
 * A document and the edits around it, immutable: every operation returns a new history. Undo and
 * redo replay patches, so they give back the documents byte for byte without validating again.
 */
export interface History {
	readonly debate: Debate;
	/** Oldest first; the last is what `undo` takes back. */
	readonly past: readonly Step[];
	/** Nearest first; the first is what `redo` does again. */
	readonly future: readonly Step[];
	/** How many steps `past` keeps; the oldest go first. */
	readonly limit: number;
}

export const DEFAULT_UNDO_LIMIT = 200;

export function startHistory(debate: Debate, limit = DEFAULT_UNDO_LIMIT): History {
	if (!Number.isInteger(limit) || limit < 1) {
		throw new RangeError(`an undo limit is a whole number of steps, at least 1 (got ${limit})`);
	}
	return { debate, past: [], future: [], limit };
}

/**
 * Applies `command` to the history's document. A new step clears what could be redone; an edit
 * that changes nothing leaves the history as it was (`step` is then `null`).
 */
export function edit(
	history: History,
	command: Command
): { ok: true; history: History; step: Step | null } | Refusal {
	const applied = apply(history.debate, command);
	if (!applied.ok) return applied;
	if (isEmptyPatch(applied.patch)) return { ok: true, history, step: null };
	const step: Step = { command: applied.command, patch: applied.patch, inverse: applied.inverse };
	const past = [...history.past, step].slice(-history.limit);
	return { ok: true, history: { ...history, debate: applied.debate, past, future: [] }, step };
}

export const canUndo = (history: History): boolean => history.past.length > 0;
export const canRedo = (history: History): boolean => history.future.length > 0;

/** Takes back the last edit; the same history when there is none. */
export function undo(history: History): History {
	const step = history.past.at(-1);
	if (!step) return history;
	return {
		...history,
		debate: applyPatch(history.debate, step.inverse).debate,
		past: history.past.slice(0, -1),
		future: [step, ...history.future]
	};
}

/** Does again the last edit undone; the same history when there is none. */
export function redo(history: History): History {
	const step = history.future[0];
	if (!step) return history;
	return {
		...history,
		debate: applyPatch(history.debate, step.patch).debate,
		past: [...history.past, step],
		future: history.future.slice(1)
	};
}
