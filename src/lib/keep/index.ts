/**
 * Keeping maps in this browser: the use cases between the library (IndexedDB) and the page. Open
 * a kept map, keep a new one, lay a map out to show it. Loaded on first use: a reader who never
 * keeps a map never fetches idb-keyval or the library's schemas.
 */
import type {
	createSaver,
	flushOnHide,
	Library,
	LibraryChange,
	LibraryFailure,
	MapRecord,
	Origin
} from '$lib/library';
import type { Debate } from '$lib/model/schema';
import type { Groundwork, Opened } from '$lib/open';

export interface Shelf {
	library: Library;
	/** Calls `heard` with every save or delete another tab makes; returns what stops it. */
	listen(heard: (change: LibraryChange) => void): () => void;
	createSaver: typeof createSaver;
	flushOnHide: typeof flushOnHide;
}

let shelf: Promise<Shelf> | undefined;

/** The page's one library, telling the other tabs of this origin of every save and delete. */
export function useLibrary(): Promise<Shelf> {
	return (shelf ??= import('$lib/library').then((kept) => {
		const { createLibrary, idbStore, libraryChannel, createSaver, flushOnHide, keepPersistent } =
			kept;
		const channel = libraryChannel();
		const onChange = (change: LibraryChange) => {
			channel?.post(change);
			// A map is kept for the first time: the browser is asked not to evict the library.
			if (change.revision === 1) void keepPersistent();
		};
		return {
			createSaver,
			flushOnHide,
			library: createLibrary(idbStore(), { onChange }),
			listen: (heard) => channel?.listen(heard) ?? (() => {})
		};
	}));
}

/** A map laid out in a Web Worker (as a file is), to be shown; or why it could not be. */
export async function layOut(
	debate: unknown,
	name: string
): Promise<{ opened: Opened } | { problem: string }> {
	const { openInWorker } = await import('$lib/open');
	const reply = await openInWorker(
		{ text: JSON.stringify(debate), name, format: 'json' },
		() => {}
	);
	return 'failed' in reply ? { problem: reply.failed.errors.join('; ') } : reply;
}

/** A map of the library, read and laid out, with the groundwork its page would otherwise stall
 * on: the revision is the one its saves write over. */
export async function openKept(
	id: string
): Promise<{ record: MapRecord; opened: Opened; groundwork: Groundwork } | { problem: string }> {
	const { library } = await useLibrary();
	// The debate is checked in the worker that lays it out, as a file's is: not on the page.
	const found = await library.openUnchecked(id);
	if (!found.ok) return { problem: found.failure.message };
	const { debate, ...record } = found.record;
	const laid = await layOut(debate, record.title);
	if ('problem' in laid) return laid;
	const { layGroundwork } = await import('$lib/open');
	return {
		record: { ...record, debate: laid.opened.debate },
		opened: laid.opened,
		groundwork: await layGroundwork(laid.opened.debate)
	};
}

/** Keeps a map that is not in the library yet: its new id and revision, or why not. */
export async function keepNew(
	debate: Debate,
	origin: Origin
): Promise<{ id: string; revision: number } | { failure: LibraryFailure }> {
	const { library } = await useLibrary();
	const made = await library.create(debate, origin);
	return made.ok
		? { id: made.record.id, revision: made.record.revision }
		: { failure: made.failure };
}
