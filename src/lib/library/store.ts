import { createStore, del, entries, get, set, update } from 'idb-keyval';

/**
 * Where the library keeps its records: the few key-value operations it needs, so that the browser
 * uses IndexedDB and unit tests a map in memory with the same semantics.
 */
export interface LibraryStore {
	get(key: string): Promise<unknown>;
	set(key: string, value: unknown): Promise<void>;
	del(key: string): Promise<void>;
	entries(): Promise<[IDBValidKey, unknown][]>;
	/**
	 * Reads and writes `key` in one transaction, so no other tab writes in between. An `updater`
	 * that throws writes nothing, and the promise rejects with what it threw.
	 */
	update(key: string, updater: (old: unknown) => unknown): Promise<void>;
}

/** Crux's own database, apart from idb-keyval's default one that other code on the origin may use. */
export const DATABASE = 'crux-library';
export const OBJECT_STORE = 'maps';

/** The browser's IndexedDB. Opening it is lazy: a browser without it fails at the first call. */
export function idbStore(database = DATABASE, objectStore = OBJECT_STORE): LibraryStore {
	let use: ReturnType<typeof createStore> | undefined;
	// `createStore` touches `indexedDB` only when a call opens it; private modes that refuse it
	// reject there, which `storageFailure` reports as unavailable.
	const store = () => (use ??= createStore(database, objectStore));
	const opened = <T>(run: () => Promise<T>): Promise<T> => {
		if (typeof indexedDB === 'undefined') {
			return Promise.reject(new Error('this browser offers no IndexedDB'));
		}
		return run();
	};
	return {
		get: (key) => opened(() => get(key, store())),
		set: (key, value) => opened(() => set(key, value, store())),
		del: (key) => opened(() => del(key, store())),
		entries: () => opened(() => entries(store())),
		update: (key, updater) => opened(() => update(key, updater, store()))
	};
}

/**
 * A store in memory, for tests and for code that wants the library's rules without a browser.
 * Values are cloned on the way in and out, as IndexedDB's structured clone does.
 */
export function memoryStore(): LibraryStore {
	const data = new Map<string, unknown>();
	return {
		get: async (key) => structuredClone(data.get(key)),
		set: async (key, value) => void data.set(key, structuredClone(value)),
		del: async (key) => void data.delete(key),
		entries: async () => [...data].map(([key, value]) => [key, structuredClone(value)]),
		update: async (key, updater) => {
			data.set(key, structuredClone(updater(structuredClone(data.get(key)))));
		}
	};
}

/**
 * Why a map could not be kept: storage is full, storage cannot be used (private mode, IndexedDB
 * blocked or broken), another tab saved the map since this one read it, the map is not in this
 * browser, or its record is not a valid map. The document in memory is never touched by one.
 */
export interface LibraryFailure {
	kind: 'quota' | 'unavailable' | 'conflict' | 'missing' | 'invalid';
	message: string;
}

/** Browsers name a full disk differently; Firefox before 2020 used its own name. */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/** What a store's error means for the user: full, or not usable at all. */
export function storageFailure(error: unknown): LibraryFailure {
	// A DOMException is an Error in browsers and Node alike; anything else thrown has no name.
	const name = error instanceof Error ? error.name : '';
	const detail = error instanceof Error ? error.message : String(error ?? '');
	if (QUOTA_NAMES.has(name)) {
		return {
			kind: 'quota',
			message: `this browser's storage is full, so the map is not saved${detail ? ` (${detail})` : ''}`
		};
	}
	return {
		kind: 'unavailable',
		message: `this browser's storage cannot be used (private mode or blocked), so the map is not saved${detail ? ` (${detail})` : ''}`
	};
}

/** The part of the browser's StorageManager that decides whether this site's data may be evicted. */
export type Persistence = Pick<StorageManager, 'persist' | 'persisted'>;

const browserPersistence = (): Persistence | undefined =>
	typeof navigator === 'undefined' ? undefined : navigator.storage;

/**
 * Asks the browser to keep this site's storage until the reader clears it, rather than evict it
 * when the disk runs low (Chromium decides by itself, Firefox asks the reader). Resolves to
 * whether the maps are kept so; `false` where the browser cannot be asked or refuses.
 */
export async function keepPersistent(
	storage: Persistence | undefined = browserPersistence()
): Promise<boolean> {
	if (!storage?.persist) return false;
	try {
		return (await storage.persisted()) || (await storage.persist());
	} catch {
		return false;
	}
}

/** Whether the browser keeps this site's storage until the reader clears it; `null` if unknown. */
export async function isPersistent(
	storage: Persistence | undefined = browserPersistence()
): Promise<boolean | null> {
	try {
		return storage?.persisted ? await storage.persisted() : null;
	} catch {
		return null;
	}
}
