import type { Debate } from '../model/schema';
import type { Library, LibraryChange } from './library';
import type { LibraryFailure } from './store';

/**
 * What the user is told about the open map: kept (at which revision), edited and not yet kept,
 * being written, or not kept and why. A failed save leaves the document in memory as it was.
 */
export type SaveState =
	| { status: 'saved'; revision: number }
	| { status: 'pending' }
	| { status: 'saving' }
	| { status: 'failed'; failure: LibraryFailure };

export interface SaverOptions {
	library: Pick<Library, 'save'>;
	/** The open map's id and the revision it was read at: the one the first save writes over. */
	id: string;
	revision: number;
	onState?: (state: SaveState) => void;
	/** Quiet time after an edit before it is written, in ms. */
	wait?: number;
	/** Longest an edit waits while edits keep coming, in ms: at most this much work is lost. */
	maxWait?: number;
}

export type Saver = ReturnType<typeof createSaver>;

/**
 * Keeps the open map: given the document after every edit, writes the latest one after `wait`
 * ms of quiet and at most `maxWait` ms after the first unsaved edit, one write at a time. A
 * conflict stops it for good: the later tab must reload the stored map or save a copy.
 */
export function createSaver({
	library,
	id,
	revision,
	onState,
	wait = 250,
	maxWait = 1000
}: SaverOptions) {
	let state: SaveState = { status: 'saved', revision };
	/** The newest document not yet handed to a write. */
	let unsaved: Debate | null = null;
	let quiet: ReturnType<typeof setTimeout> | undefined;
	let deadline: ReturnType<typeof setTimeout> | undefined;
	let writing: Promise<void> | null = null;

	const report = (next: SaveState) => {
		state = next;
		onState?.(next);
	};
	const conflicted = () => state.status === 'failed' && state.failure.kind === 'conflict';

	function stopTimers() {
		clearTimeout(quiet);
		clearTimeout(deadline);
		quiet = deadline = undefined;
	}

	async function writeAll() {
		while (unsaved && !conflicted()) {
			const debate = unsaved;
			unsaved = null;
			report({ status: 'saving' });
			const saved = await library.save(id, debate, revision);
			if (saved.ok) {
				revision = saved.record.revision;
				report(unsaved ? { status: 'pending' } : { status: 'saved', revision });
			} else {
				// Kept for the next try (space freed, storage back): a newer edit supersedes it.
				unsaved ??= debate;
				report({ status: 'failed', failure: saved.failure });
				return;
			}
		}
	}

	/** Starts writing, or joins the write under way (which takes any newer edit after its own). */
	function write(): Promise<void> {
		stopTimers();
		writing ??= writeAll().finally(() => (writing = null));
		return writing;
	}

	return {
		get state(): SaveState {
			return state;
		},
		/** The revision in the store that this tab's document is, or will be written over. */
		get revision(): number {
			return revision;
		},
		/** The document after an edit. */
		change(debate: Debate) {
			unsaved = debate;
			if (conflicted()) return;
			// A failure stays on screen until a write succeeds, so the user keeps seeing it.
			if (state.status === 'saved') report({ status: 'pending' });
			clearTimeout(quiet);
			quiet = setTimeout(write, wait);
			deadline ??= setTimeout(write, maxWait);
		},
		/** Writes what is unsaved now: on `pagehide`, on the tab hidden, before switching maps. */
		async flush(): Promise<SaveState> {
			await write();
			return state;
		},
		/**
		 * Another tab saved or deleted a map: if it is this one, this tab is told at once, before
		 * an edit of its own would be refused.
		 */
		external(change: LibraryChange) {
			if (change.id !== id || (change.revision !== null && change.revision <= revision)) return;
			stopTimers();
			report({
				status: 'failed',
				failure: {
					kind: 'conflict',
					message:
						change.revision === null
							? 'this map was deleted in another tab'
							: 'this map was saved in another tab'
				}
			});
		},
		/** Stops the timers; what is unsaved stays so (call `flush` first to keep it). */
		dispose: stopTimers
	};
}

/**
 * Flushes when the page may go away without another chance: `pagehide` (closing, navigating,
 * bfcache) and the tab hidden (a mobile browser may kill it then without `pagehide`). Returns
 * what removes the listeners.
 */
export function flushOnHide(
	flush: () => unknown,
	page: EventTarget = window,
	doc: EventTarget & { visibilityState: DocumentVisibilityState } = document
): () => void {
	const onHide = () => void flush();
	const onVisibility = () => {
		if (doc.visibilityState === 'hidden') void flush();
	};
	page.addEventListener('pagehide', onHide);
	doc.addEventListener('visibilitychange', onVisibility);
	return () => {
		page.removeEventListener('pagehide', onHide);
		doc.removeEventListener('visibilitychange', onVisibility);
	};
}
