import '$lib/model/jitless';
import { z } from 'zod';

/**
 * Everything Crux keeps in this browser's storage, each with the schema it is read through.
 * Stored data is input like any file: another tab, an extension or a hand in the developer tools
 * may have written anything under our keys, so a value that fails its schema is removed, reported
 * and never shown.
 */

/** The practice round's score for one debate and brief: `right` of `tried` anticipated. */
export const PracticeTally = z
	.strictObject({
		tried: z.int().min(0).max(1_000_000),
		right: z.int().min(0).max(1_000_000)
	})
	.refine((tally) => tally.right <= tally.tried, 'more right answers than tries');
export type PracticeTally = z.infer<typeof PracticeTally>;

/** One debate's and brief's practice tally, as stored. */
export const practiceTally = (debate: string, brief: string) =>
	storedValue(`crux:practice:${debate}:${brief}`, PracticeTally);

/** What a read found: the value, or `null` with `dropped` set when a bad value was removed. */
export interface Stored<T> {
	value: T | null;
	dropped: boolean;
}

/** Reads `key` from localStorage through `schema`. Storage that is off reads as empty. */
export function readStored<T>(key: string, schema: z.ZodType<T>): Stored<T> {
	let raw: string | null;
	try {
		raw = localStorage.getItem(key);
	} catch {
		return { value: null, dropped: false };
	}
	if (raw === null) return { value: null, dropped: false };
	const parsed = schema.safeParse(parseJson(raw));
	if (parsed.success) return { value: parsed.data, dropped: false };
	forgetStored(key);
	return { value: null, dropped: true };
}

function parseJson(raw: string): unknown {
	try {
		return JSON.parse(raw);
	} catch {
		// Not JSON: no schema accepts `undefined`, so the value is dropped like any other bad one.
		return undefined;
	}
}

/** Writes `value` as JSON; with storage off or full, it lasts as long as the page. */
export function writeStored(key: string, value: unknown) {
	try {
		localStorage.setItem(key, JSON.stringify(value));
	} catch {
		// Nothing to do: the value stays in memory only.
	}
}

export function forgetStored(key: string) {
	try {
		localStorage.removeItem(key);
	} catch {
		// Storage is off: there is nothing stored to forget.
	}
}

/** One value kept under `key`: read through `schema`, written as JSON, forgotten. */
export function storedValue<T>(key: string, schema: z.ZodType<T>) {
	return {
		key,
		read: () => readStored(key, schema),
		write: (value: T) => writeStored(key, value),
		forget: () => forgetStored(key)
	};
}
