import '../model/jitless';
import { z } from 'zod';
import { MAP_ID } from './ids';
import type { LibraryChange } from './library';

export const CHANNEL = 'crux-library';

/** Messages come from other tabs, perhaps of another version of Crux: checked like stored data. */
const ChangeSchema = z.strictObject({
	id: z.string().regex(MAP_ID),
	revision: z.int().min(1).nullable()
});

/**
 * Tells the other tabs of this origin at once when a map is saved or deleted, so that a tab with
 * the map open learns of it before its own save is refused. `null` where BroadcastChannel is not
 * offered: a save's compare-and-set still refuses to overwrite, only later.
 */
export function libraryChannel(name = CHANNEL) {
	if (typeof BroadcastChannel === 'undefined') return null;
	const channel = new BroadcastChannel(name);
	return {
		post: (change: LibraryChange) => channel.postMessage(change),
		/** Calls `heard` with every valid change another tab posts; returns what stops it. */
		listen(heard: (change: LibraryChange) => void): () => void {
			const onMessage = (event: MessageEvent) => {
				const change = ChangeSchema.safeParse(event.data);
				if (change.success) heard(change.data);
			};
			channel.addEventListener('message', onMessage);
			return () => channel.removeEventListener('message', onMessage);
		},
		close: () => channel.close()
	};
}
