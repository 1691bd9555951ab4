import { z } from 'zod';
import { checkDebate } from '../model/parse';
import type { Debate } from '../model/schema';
import { MAP_ID } from './ids';

/** Where a map in the library came from: made here, read from a file, or copied from a debate. */
export const OriginSchema = z.discriminatedUnion('kind', [
	z.strictObject({ kind: z.literal('created') }),
	/** `file`: the name of the file it was imported from. */
	z.strictObject({ kind: z.literal('imported'), file: z.string().max(1000) }),
	/** `of`: the id and title of the bundled debate or library map it copies. */
	z.strictObject({ kind: z.literal('copy'), of: z.string().max(1000), title: z.string().max(1000) })
]);
export type Origin = z.infer<typeof OriginSchema>;

const Millis = z.int().min(0);

/**
 * One map as IndexedDB keeps it. `title` and `size` repeat the debate's title and claim count so
 * that the list can show them; they are written from the debate on every save, never edited.
 * `revision` counts saves: a tab writes only over the revision it last read or wrote.
 */
export const MapRecordSchema = z.strictObject({
	id: z.string().regex(MAP_ID),
	title: z.string(),
	/** Checked by `checkDebate` (shape and references) after the envelope passes. */
	debate: z.unknown(),
	origin: OriginSchema,
	created: Millis,
	changed: Millis,
	revision: z.int().min(1),
	size: z.int().min(0)
});

export interface MapRecord extends Omit<z.infer<typeof MapRecordSchema>, 'debate'> {
	debate: Debate;
}

/** What the list shows of a map: everything but the document. */
export type MapSummary = Omit<MapRecord, 'debate'>;

/** A stored value that is not a map the library can open, with why, for a notice. */
export interface Skipped {
	key: string;
	reason: string;
}

/** A stored record whose envelope passed, its debate not yet checked. */
export type UncheckedRecord = MapSummary & { debate: unknown };

/**
 * Reads a stored value as a record: local data is input like any file, so a value another
 * version, an extension or a hand in the developer tools wrote is checked, never trusted.
 */
export function readRecord(
	key: IDBValidKey,
	value: unknown
): { ok: true; record: MapRecord } | { ok: false; skipped: Skipped } {
	const envelope = readEnvelope(key, value);
	if (!envelope.ok) return envelope;
	const parsed = checkDebate(envelope.record.debate);
	if (!parsed.ok) {
		const error = parsed.errors[0]!;
		return skip(key, `its map is not valid: ${error.path.join('.') || 'debate'}: ${error.message}`);
	}
	return { ok: true, record: { ...envelope.record, debate: parsed.debate } };
}

/** `readRecord` less the debate's own check: for a map opened in a worker, which checks the
 * debate as it checks any file, off the page's thread (10,000 claims take about 100 ms). */
export function readEnvelope(
	key: IDBValidKey,
	value: unknown
): { ok: true; record: UncheckedRecord } | { ok: false; skipped: Skipped } {
	const envelope = MapRecordSchema.safeParse(value);
	if (!envelope.success) {
		const issue = envelope.error.issues[0]!;
		return skip(key, `not a saved map: ${issue.path.join('.') || 'record'}: ${issue.message}`);
	}
	if (envelope.data.id !== key)
		return skip(key, `kept under "${String(key)}" but says it is "${envelope.data.id}"`);
	return { ok: true, record: envelope.data };
}

const skip = (key: IDBValidKey, reason: string) => ({
	ok: false as const,
	skipped: { key: String(key), reason }
});

/** A record for `debate` at `revision`, with the fields the list repeats filled in from it. */
export function makeRecord(
	debate: Debate,
	fields: Pick<MapRecord, 'id' | 'origin' | 'created' | 'changed' | 'revision'>
): MapRecord {
	return { ...fields, title: debate.title, size: debate.claims.length, debate };
}

export function summary(record: MapSummary): MapSummary {
	const { id, title, origin, created, changed, revision, size } = record;
	return { id, title, origin, created, changed, revision, size };
}
