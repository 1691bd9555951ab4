import type { Refusal } from '$lib/edit/commands';
import type { LibraryFailure, Origin, Saver, SaveState } from '$lib/library';
import type { Debate } from '$lib/model/schema';
import { useLibrary } from '$lib/keep';
import { copyTitle } from '$lib/library/title';
import type { Keeping } from './authoring.svelte';
import type { Explorer } from './explorer.svelte';

/** Where the map on screen comes from, which decides what an edit does to the library. */
export type MapSource =
	/** A bundled debate: a read-only original, so the first edit keeps a copy, named so. */
	| { kind: 'original'; of: string; title: string }
	/** Not in the library yet (a copy being made; a file or new map that storage refused). */
	| { kind: 'new'; origin: Origin; failure?: LibraryFailure }
	/** In the library: every change is saved over `revision`. */
	| { kind: 'kept'; id: string; revision: number }
	/** From a link: read-only until the reader saves it to their maps. */
	| { kind: 'linked' };

/**
 * Keeps the map on screen in the library as it is edited: copies an original at its first edit,
 * autosaves a kept map within a second (flushed when the page hides), and tells the reader at
 * once when storage refuses or another tab saved the same map. The map on screen is never
 * touched by a failure: it stays, to be exported or saved as a copy.
 */
export class Keeper implements Keeping {
	source = $state.raw<MapSource>() as MapSource;
	/** What the reader is told of the open map's keeping; `null` for an original not edited. */
	state = $state.raw<SaveState | null>(null);
	#explorer: Explorer;
	#saver: Saver | null = null;
	/** The newest document not yet kept while the map has no place in the library. */
	#latest: Debate | null = null;
	/** The creation under way: one at a time, and it takes the newest document when it writes. */
	#creating: Promise<void> | null = null;
	/** Stops hearing other tabs and flushing on hide. */
	#stopListening: () => void = () => {};

	constructor(explorer: Explorer, source: MapSource) {
		this.#explorer = explorer;
		if (typeof window !== 'undefined') window.addEventListener('beforeunload', this.#leaving);
		this.source = source;
		if (source.kind === 'kept') this.#adopt(source.id, source.revision);
		if (source.kind === 'new' && source.failure) {
			this.state = { status: 'failed', failure: source.failure };
		}
	}

	/** What leaving the map now would lose, as a question for the reader; `null` when nothing:
	 * every edit is kept, or will be within the second (the page flushes as it hides). */
	get unkept(): string | null {
		if (this.state?.status !== 'failed' || !this.#explorer.history.past.length) return null;
		return `Your edits to “${this.#explorer.history.debate.title}” are not kept in this browser (${this.state.failure.message}). Leave them? To keep them, stay and download the map.`;
	}

	/** Whether the reader may leave the map: asked first when that would lose edits. */
	mayLeave(): boolean {
		const loss = this.unkept;
		return !loss || confirm(loss);
	}

	/** Before an edit: refused for a map from a link; an original becomes its copy first. */
	admit(): Refusal | null {
		const source = this.source;
		if (source.kind === 'linked') {
			return {
				ok: false,
				field: 'map',
				message: 'this map came in a link: save it to your maps to edit it'
			};
		}
		if (source.kind === 'original') {
			this.source = { kind: 'new', origin: { kind: 'copy', of: source.of, title: source.title } };
			this.#explorer.authoring.retitle(copyTitle(source.title));
		}
		return null;
	}

	/** After every change of the map on screen: an edit, an undo, a redo, a retitle. */
	changed(debate: Debate) {
		if (this.#saver) this.#saver.change(debate);
		else {
			this.#latest = debate;
			if (this.source.kind === 'new') void this.#create();
		}
	}

	/** Writes what is not kept yet: when the page hides, before the map is left. */
	async flush() {
		await this.#saver?.flush();
	}

	/**
	 * Keeps the map on screen as a new map, titled "Copy of …": a map from a link, or one another
	 * tab saved since this tab read it. Resolves to the new id, or `null` (the failure is shown).
	 */
	async saveCopy(): Promise<string | null> {
		const source = this.source;
		const debate = this.#explorer.history.debate;
		this.#drop();
		if (source.kind === 'linked') {
			this.source = { kind: 'new', origin: { kind: 'imported', file: 'a shared link' } };
		} else {
			const of = source.kind === 'kept' ? source.id : source.kind === 'original' ? source.of : '';
			this.source = { kind: 'new', origin: { kind: 'copy', of, title: debate.title } };
			this.#explorer.authoring.retitle(copyTitle(debate.title));
		}
		this.#latest = this.#explorer.history.debate;
		await this.#create();
		// Kept or not is what the creation just decided, not what the narrowing above saw.
		const now = this.source as MapSource;
		return now.kind === 'kept' ? now.id : null;
	}

	/** Closing the tab or leaving the site would lose edits: the browser asks, in its own words. */
	#leaving = (event: BeforeUnloadEvent) => {
		if (this.unkept) event.preventDefault();
	};

	dispose() {
		if (typeof window !== 'undefined') window.removeEventListener('beforeunload', this.#leaving);
		this.#disposed = true;
		this.#drop();
	}
	#disposed = false;

	#create(): Promise<void> {
		return (this.#creating ??= this.#createNow().finally(() => (this.#creating = null)));
	}

	async #createNow() {
		const { library } = await useLibrary();
		const origin = this.source.kind === 'new' ? this.source.origin : null;
		const debate = this.#latest;
		if (!origin || !debate) return;
		this.state = { status: 'saving' };
		const made = await library.create(debate, origin);
		if (!made.ok) {
			// Kept for the next edit to try again: space freed, storage given back.
			this.state = { status: 'failed', failure: made.failure };
			return;
		}
		if (this.#latest === debate) this.#latest = null;
		this.#adopt(made.record.id, made.record.revision);
	}

	/** The map is in the library as `id`: the address names it, and its edits are saved there. */
	#adopt(id: string, revision: number) {
		this.source = { kind: 'kept', id, revision };
		this.#explorer.mapId = id;
		this.state = { status: 'saved', revision };
		void useLibrary().then(({ library, listen, createSaver, flushOnHide }) => {
			if (this.#disposed || this.source.kind !== 'kept' || this.source.id !== id) return;
			const saver = createSaver({
				library,
				id,
				revision,
				onState: (state) => (this.state = state)
			});
			this.#saver = saver;
			const stopHearing = listen((change) => saver.external(change));
			const stopFlushing = flushOnHide(() => saver.flush());
			this.#stopListening = () => {
				stopHearing();
				stopFlushing();
			};
			// An edit made while the saver was being made.
			if (this.#latest) saver.change(this.#latest);
			this.#latest = null;
		});
	}

	#drop() {
		this.#saver?.dispose();
		this.#saver = null;
		this.#stopListening();
		this.#stopListening = () => {};
	}
}
