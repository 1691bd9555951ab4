import type { ArgumentGraph } from '../model/graph';
import { layoutDebate } from './simulation';
import type { Debate } from '../model/schema';
import type { Placement } from './types';

/**
 * The map laid out again after an edit. Seeded with where the cards were: each card keeps its x
 * (and its band's left-to-right order), moved only as far as room for a new or grown card needs,
 * so nothing the reader knows jumps across the map; a new card, which has no old place, is drawn
 * in under the claim it answers. A card changes band only when the edit changed its depth.
 */
export function relayout(
	graph: ArgumentGraph,
	was: ReadonlyMap<string, { x: number; y: number }>
): Placement {
	const { nodes, bounds } = layoutDebate(graph, { positions: was, keepPlaces: true });
	return { nodes, bounds };
}

/**
 * Claims up to which a map is laid out again on the main thread. Keeping places costs little (a
 * 1,000-claim map about 20 ms in Node, `npm run bench`), but the page has the evaluation and the
 * cards to redraw in the same task: a larger map goes to a worker, and its longest task stays short.
 */
export const MAIN_THREAD_CLAIMS = 150;

/** `relayout` in a Web Worker: the page keeps answering while a large map is laid out. */
export function relayoutInWorker(
	debate: Debate,
	was: ReadonlyMap<string, { x: number; y: number }>
): Promise<Placement> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./relayout-worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<Placement>) => {
			worker.terminate();
			resolve(event.data);
		};
		worker.onerror = (event) => {
			worker.terminate();
			reject(
				new Error(`the map could not be laid out again: ${event.message || 'the worker failed'}`)
			);
		};
		worker.postMessage({ debate, was: new Map(was) });
	});
}
