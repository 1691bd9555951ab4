import {
	DebateSchema,
	type Claim,
	type Debate,
	type DebateEvent,
	type Relation
} from '../model/schema';

/** Removes `remove` items at `at` and puts `insert` in their place, as `Array.prototype.splice`. */
export interface Splice<T> {
	readonly at: number;
	readonly remove: number;
	readonly insert: readonly T[];
}

/**
 * What one edit does to the document, in a form that is its own kind of inverse: applying a patch
 * yields the patch that undoes it. Splices run in order, each on the result of the one before.
 * Items are replaced whole, so an undo puts back the very objects (and key order) it took out.
 */
export interface Patch {
	/** The map's own words; `null` removes an optional one. */
	readonly head?: { readonly title?: string; readonly question?: string | null };
	readonly claims?: readonly Splice<Claim>[];
	readonly relations?: readonly Splice<Relation>[];
	readonly events?: readonly Splice<DebateEvent>[];
}

type Section = 'claims' | 'relations' | 'events';
const SECTIONS: readonly Section[] = ['claims', 'relations', 'events'];

/** Whether the patch changes nothing: an edit that saves what was there is no step to undo. */
export function isEmptyPatch(patch: Patch): boolean {
	return (
		Object.keys(patch.head ?? {}).length === 0 &&
		SECTIONS.every((section) => (patch[section] ?? []).length === 0)
	);
}

/**
 * Applies `patch` without validating it. Only the arrays it touches are copied; every claim,
 * relation and event it leaves alone is shared with `debate`, which is never mutated.
 */
export function applyPatch(debate: Debate, patch: Patch): { debate: Debate; inverse: Patch } {
	const next: Record<string, unknown> = { ...debate };
	const inverse: { -readonly [K in keyof Patch]: Patch[K] } = {};
	if (patch.head) {
		const before: { title?: string; question?: string | null } = {};
		for (const [key, value] of Object.entries(patch.head) as [keyof Debate, unknown][]) {
			(before as Record<string, unknown>)[key] = debate[key] ?? null;
			if (value === null) delete next[key];
			else next[key] = value;
		}
		inverse.head = before;
	}
	for (const section of SECTIONS) {
		const splices = patch[section];
		if (!splices?.length) continue;
		const { items, undo } = spliceAll<unknown>(debate[section], splices);
		next[section] = items;
		(inverse as Record<Section, unknown>)[section] = undo;
	}
	return { debate: inSchemaOrder(Object.keys(DebateSchema.shape), next) as Debate, inverse };
}

function spliceAll<T>(
	items: readonly T[],
	splices: readonly Splice<T>[]
): { items: T[]; undo: Splice<T>[] } {
	const next = items.slice();
	const undo: Splice<T>[] = [];
	for (const { at, remove, insert } of splices) {
		const removed = next.splice(at, remove, ...insert);
		undo.unshift({ at, remove: insert.length, insert: removed });
	}
	return { items: next, undo };
}

/**
 * Fields in the order the schema (and so every parsed file) has them, so that a field removed and
 * put back lands where it was: an undo gives the same bytes, not just the same data. Fields the
 * schema does not know go last, for it to name.
 */
export function inSchemaOrder(
	keys: readonly string[],
	fields: Record<string, unknown>
): Record<string, unknown> {
	const ordered: Record<string, unknown> = {};
	for (const key of [...keys, ...Object.keys(fields)]) {
		if (fields[key] !== undefined && !(key in ordered)) ordered[key] = fields[key];
	}
	return ordered;
}

/** Splices that remove the items `goes` picks, last first so that each index still holds. */
export function removals<T>(items: readonly T[], goes: (item: T) => boolean): Splice<T>[] {
	const splices: { at: number; remove: number; insert: readonly T[] }[] = [];
	for (let i = items.length - 1; i >= 0; i--) {
		if (!goes(items[i]!)) continue;
		const last = splices.at(-1);
		// A run of neighbours goes in one splice.
		if (last && last.at === i + 1) {
			last.at = i;
			last.remove++;
		} else splices.push({ at: i, remove: 1, insert: [] });
	}
	return splices;
}

/** A splice that puts `item` in place of the one at `at`. */
export const replace = <T>(at: number, item: T): Splice<T> => ({ at, remove: 1, insert: [item] });
