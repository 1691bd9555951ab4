import type { LibraryFailure, MapSummary, Skipped } from '$lib/library';
import type { Debate } from '$lib/model/schema';
import { useLibrary } from '$lib/keep';

/** What an action on the list answers: done, or why not, in words for the reader. */
export type Outcome = { ok: true } | { ok: false; message: string };

const failed = (failure: LibraryFailure): Outcome => ({ ok: false, message: failure.message });

/**
 * The My maps view's state: the maps kept in this browser, last changed first, and what the
 * reader does to them. Deleted maps stay restorable for the session (the page's library keeps
 * them). Another tab's save or delete shows here at once.
 */
export class MyMaps {
	/** `null` until the library has been read. */
	maps = $state.raw<MapSummary[] | null>(null);
	/** Records kept in this browser that are not readable maps, with why. */
	skipped = $state.raw<Skipped[]>([]);
	/** Why the library cannot be read at all (private mode, storage blocked). */
	failure = $state.raw<LibraryFailure | null>(null);
	/** Whether the browser keeps the maps until the reader clears them, rather than evicting them
	 * when the disk runs low; `null` until known, or where the browser does not say. */
	persistent = $state<boolean | null>(null);
	/** Deleted this session, most recent first: each can be brought back. */
	deleted = $state.raw<MapSummary[]>([]);
	#stop: () => void = () => {};

	/** Reads the list, and follows other tabs' changes; returns what stops following. */
	start(): () => void {
		void useLibrary().then(({ listen }) => {
			this.#stop = listen(() => void this.load());
		});
		void this.load();
		return () => this.#stop();
	}

	async load() {
		const { library } = await useLibrary();
		const listed = await library.list();
		if (!listed.ok) {
			this.failure = listed.failure;
			this.maps = [];
			return;
		}
		this.failure = null;
		this.maps = listed.maps;
		this.skipped = listed.skipped;
		this.deleted = library.deleted();
		this.persistent = await (await import('$lib/library')).isPersistent();
	}

	/** Keeps a new map: its id to open, or why it could not be kept. */
	async create(debate: Debate): Promise<{ id: string } | { problem: string }> {
		const { library } = await useLibrary();
		const made = await library.create(debate, { kind: 'created' });
		return made.ok ? { id: made.record.id } : { problem: made.failure.message };
	}

	rename = (id: string, title: string) =>
		this.#run(async ({ library }) => library.rename(id, title));
	duplicate = (id: string) => this.#run(async ({ library }) => library.duplicate(id));
	remove = (id: string) => this.#run(async ({ library }) => library.remove(id));
	restore = (id: string) => this.#run(async ({ library }) => library.restore(id));

	/** The map as a Crux JSON file, or why it could not be read. */
	async exported(id: string): Promise<{ text: string; name: string } | { problem: string }> {
		const { library } = await useLibrary();
		const file = await library.export(id);
		if (!file.ok) return { problem: file.failure.message };
		return { text: file.text, name: file.fileName.replace(/\.json$/, '') };
	}

	async #run(
		action: (
			shelf: Awaited<ReturnType<typeof useLibrary>>
		) => Promise<{ ok: true } | { ok: false; failure: LibraryFailure }>
	): Promise<Outcome> {
		const done = await action(await useLibrary());
		await this.load();
		return done.ok ? { ok: true } : failed(done.failure);
	}
}
