import type { Command, Refusal } from '$lib/edit/commands';
import type { Dependents } from '$lib/edit/dependents';
import type { Debate } from '$lib/model/schema';
import type { Explorer } from './explorer.svelte';

type Editing = typeof import('$lib/edit');

/**
 * What keeps the map as it is edited (the library's `Keeper`): asked before every edit, which it
 * may refuse (a map from a link is read-only) or precede (an original becomes its copy), and told
 * of every change.
 */
export interface Keeping {
	admit(): Refusal | null;
	changed(debate: Debate): void;
}

/**
 * Every change to the map, each a command applied to the explorer's history (which undo and redo
 * walk). The edit code loads with the first authoring control (`load`): a reader never fetches it.
 */
export class Authoring {
	readonly canUndo: boolean;
	readonly canRedo: boolean;
	readonly #explorer: Explorer;
	#loading: Promise<void> | undefined;
	#code = $state.raw<Editing | null>(null);

	constructor(explorer: Explorer) {
		this.#explorer = explorer;
		this.canUndo = $derived(explorer.history.past.length > 0);
		this.canRedo = $derived(explorer.history.future.length > 0);
	}

	/** Applies an edit to the map: the refusal, saying at which field and why, or `null` when done.
	 * A refused edit changes nothing. */
	edit(command: Command): Refusal | null {
		const explorer = this.#explorer;
		const refused = explorer.keeping?.admit();
		if (refused) return refused;
		const done = this.#editing().edit(explorer.history, command);
		if (!done.ok) return done;
		if (!done.step) return null;
		explorer.showEdited(done.history);
		// The claim just written is where an author goes on from: select it.
		const made = done.step.command;
		if ((made.type === 'addClaim' || made.type === 'addUndercut') && made.id) {
			explorer.select(made.id);
		}
		return null;
	}

	/** Names the map anew with no step to undo: a copy's title ("Copy of …") is where it starts. */
	retitle(title: string) {
		const explorer = this.#explorer;
		const history = explorer.history;
		explorer.history = { ...history, debate: { ...history.debate, title } };
		explorer.keeping?.changed(explorer.history.debate);
	}

	/** What deleting a claim or removing a relation takes with it, to show before it is done. */
	dependents(id: string): Dependents {
		return this.#editing().dependents(this.#explorer.history.debate, id);
	}

	/** Loads the edit code; await it before `edit`. Authoring controls load it as they appear. */
	load(): Promise<void> {
		// The layout code comes too, so that a small map is laid out again in the edit's own task.
		return (this.#loading ??= Promise.all([
			import('$lib/edit'),
			import('$lib/layout/relayout'),
			this.#explorer.loadKeeping?.()
		]).then(([editing]) => {
			this.#code = editing;
		}));
	}

	/** Whether `edit` can be called: the edit code is loaded. */
	get ready(): boolean {
		return this.#code !== null;
	}

	#editing(): Editing {
		if (!this.#code) throw new Error('The edit code is not loaded: await authoring.load()');
		return this.#code;
	}

	/** Takes back the last edit; nothing when there is none. */
	undo() {
		if (this.canUndo) this.#explorer.showEdited(this.#editing().undo(this.#explorer.history));
	}

	/** Does again the last edit undone; nothing when there is none. */
	redo() {
		if (this.canRedo) this.#explorer.showEdited(this.#editing().redo(this.#explorer.history));
	}
}
