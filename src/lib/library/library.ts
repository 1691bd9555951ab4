import { apply } from '../edit/apply';
import { exportDebate } from '../io/export';
import type { Debate } from '../model/schema';
import { newMapId } from './ids';
import { copyTitle } from './title';
import {
	makeRecord,
	MapRecordSchema,
	readEnvelope,
	readRecord,
	summary,
	type MapRecord,
	type MapSummary,
	type Origin,
	type Skipped
} from './record';
import { storageFailure, type LibraryFailure, type LibraryStore } from './store';

/** Every operation answers with its result or a failure; none throws. */
export type Result<T> = ({ ok: true } & T) | { ok: false; failure: LibraryFailure };

/** A map saved (`revision`) or deleted (`null`), for other tabs to learn of it. */
export interface LibraryChange {
	id: string;
	revision: number | null;
}

export interface LibraryOptions {
	now?: () => number;
	newId?: () => string;
	/** Told after every write that succeeded: the BroadcastChannel hook. */
	onChange?: (change: LibraryChange) => void;
}

/** Thrown inside a store transaction to write nothing and report `failure`. */
class Refused extends Error {
	constructor(readonly failure: LibraryFailure) {
		super(failure.message);
	}
}

const missing = (id: string): LibraryFailure => ({
	kind: 'missing',
	message: `there is no map "${id}" in this browser's library`
});

async function guard<T>(run: () => Promise<Result<T>>): Promise<Result<T>> {
	try {
		return await run();
	} catch (error) {
		return { ok: false, failure: error instanceof Refused ? error.failure : storageFailure(error) };
	}
}

export { copyTitle };

export type Library = ReturnType<typeof createLibrary>;

/**
 * The user's maps in this browser: list, open, create, rename, duplicate, delete (restorable for
 * the session), export, and the compare-and-set save that autosave uses.
 */
export function createLibrary(store: LibraryStore, options: LibraryOptions = {}) {
	const now = options.now ?? Date.now;
	const newId = options.newId ?? newMapId;
	const changed = (change: LibraryChange) => options.onChange?.(change);
	/** Deleted this session, restorable until the page goes. */
	const trash = new Map<string, MapRecord>();

	/** Writes a record under a key that must be free, so two creations never meet. */
	async function insert(record: MapRecord): Promise<Result<{ record: MapRecord }>> {
		await store.update(record.id, (old) => {
			if (old !== undefined) {
				throw new Refused({ kind: 'conflict', message: `a map "${record.id}" is already kept` });
			}
			return record;
		});
		changed({ id: record.id, revision: record.revision });
		return { ok: true, record };
	}

	async function readWith<R>(
		id: string,
		check: (
			key: string,
			value: unknown
		) => { ok: true; record: R } | { ok: false; skipped: Skipped }
	): Promise<Result<{ record: R }>> {
		const value = await store.get(id);
		if (value === undefined) return { ok: false, failure: missing(id) };
		const read = check(id, value);
		if (!read.ok) return { ok: false, failure: { kind: 'invalid', message: read.skipped.reason } };
		return { ok: true, record: read.record };
	}
	const read = (id: string) => readWith(id, readRecord);

	const library = {
		/** Every map, last changed first, and what was skipped and why. A list needs no debate:
		 * each is checked when it is opened, as checking 10,000 claims holds the page 100 ms. */
		list: () =>
			guard(async () => {
				const maps: MapSummary[] = [];
				const skipped: Skipped[] = [];
				for (const [key, value] of await store.entries()) {
					const read = readEnvelope(key, value);
					if (read.ok) maps.push(summary(read.record));
					else skipped.push(read.skipped);
				}
				maps.sort((a, b) => b.changed - a.changed || a.title.localeCompare(b.title));
				return { ok: true, maps, skipped };
			}),

		/** The map with its revision: the one its saver must write over. */
		open: (id: string) => guard(() => read(id)),

		/** `open`, its debate left for the worker that lays the map out to check (`readEnvelope`). */
		openUnchecked: (id: string) => guard(() => readWith(id, readEnvelope)),

		/** Keeps a new map: made with `newMap`, imported from a file, or copied. */
		create: (debate: Debate, origin: Origin) =>
			guard(() => {
				const time = now();
				return insert(
					makeRecord(debate, { id: newId(), origin, created: time, changed: time, revision: 1 })
				);
			}),

		/** A copy of a bundled debate or of a map, titled "Copy of …". */
		copy: (debate: Debate, of: string) =>
			guard(async () => {
				const renamed = apply(debate, { type: 'renameMap', title: copyTitle(debate.title) });
				if (!renamed.ok) throw new Refused({ kind: 'invalid', message: renamed.message });
				return library.create(renamed.debate, { kind: 'copy', of, title: debate.title });
			}),

		duplicate: (id: string) =>
			guard(async () => {
				const found = await read(id);
				return found.ok ? library.copy(found.record.debate, id) : found;
			}),

		/** Retitles a map from the list. The open map is renamed by its edit, so it can be undone. */
		rename: (id: string, title: string) =>
			guard(async () => {
				const found = await read(id);
				if (!found.ok) return found;
				const { record } = found;
				const renamed = apply(record.debate, { type: 'renameMap', title });
				if (!renamed.ok) throw new Refused({ kind: 'invalid', message: renamed.message });
				return library.save(id, renamed.debate, record.revision);
			}),

		/**
		 * Writes `debate` over `revision`, in one transaction: if another tab saved or deleted the
		 * map since, nothing is written and the failure is a conflict.
		 */
		save: (id: string, debate: Debate, revision: number) =>
			guard(async () => {
				let saved: MapRecord | undefined;
				await store.update(id, (old) => {
					if (old === undefined) {
						throw new Refused({ kind: 'conflict', message: 'this map was deleted in another tab' });
					}
					const stored = MapRecordSchema.safeParse(old);
					if (!stored.success || stored.data.id !== id) {
						throw new Refused({ kind: 'invalid', message: 'the saved map is not readable' });
					}
					if (stored.data.revision !== revision) {
						throw new Refused({
							kind: 'conflict',
							message: `this map was saved in another tab (revision ${stored.data.revision}; this tab had ${revision})`
						});
					}
					const { origin, created } = stored.data;
					saved = makeRecord(debate, {
						id,
						origin,
						created,
						changed: now(),
						revision: revision + 1
					});
					return saved;
				});
				changed({ id, revision: saved!.revision });
				return { ok: true, record: saved! };
			}),

		/** Removes a map from the store, keeping it in memory so that `restore` can bring it back. */
		remove: (id: string) =>
			guard(async () => {
				const found = await read(id);
				if (!found.ok) return found;
				await store.del(id);
				trash.set(id, found.record);
				changed({ id, revision: null });
				return { ok: true, record: summary(found.record) };
			}),

		/** Maps deleted this session, most recent first. */
		deleted: (): MapSummary[] => [...trash.values()].reverse().map(summary),

		restore: (id: string) =>
			guard(async () => {
				const record = trash.get(id);
				if (!record) return { ok: false, failure: missing(id) };
				const restored = await insert(record);
				trash.delete(id);
				return restored;
			}),

		/** The map as a Crux JSON file, named as the export menu names it; other formats go there. */
		export: (id: string) =>
			guard(async () => {
				const found = await read(id);
				if (!found.ok) return found;
				const { debate } = found.record;
				return { ok: true, text: exportDebate(debate, 'json'), fileName: `${debate.id}.json` };
			})
	};
	return library;
}
