/**
 * Opening a file is a use case above io and layout: parse it (any format) and lay it out in a Web
 * Worker, then hand the result to the page.
 */
import type { MapLayout } from '$lib/layout/types';
import { buildGraph, type ArgumentGraph } from '$lib/model/graph';
import type { Debate } from '$lib/model/schema';
import { evaluate, type Evaluation } from '$lib/analysis';
import type { ImportFormat } from '$lib/io/types';
import { folding, openingFold } from '$lib/view/collapse';

export interface OpenRequest {
	text: string;
	name?: string;
	format?: ImportFormat;
}

export interface Opened {
	format: ImportFormat;
	debate: Debate;
	layout: MapLayout;
	/** Each in words, naming its line or field. */
	warnings: string[];
	/** The view a Crux JSON file was sent with: the address's query, as in a map link. */
	view?: string;
}

export interface OpenFailure {
	format: ImportFormat | null;
	/** Each in words, naming its line or field. */
	errors: string[];
	warnings: string[];
}

export type OpenReply =
	| { progress: number; stage: 'reading' | 'laying out' }
	| { opened: Opened }
	| { failed: OpenFailure };

/** Parses and lays out a file in a Web Worker; the page stays responsive and shows progress. */
export function openInWorker(
	request: OpenRequest,
	onProgress: (done: number, stage: string) => void
): Promise<{ opened: Opened } | { failed: OpenFailure }> {
	return new Promise((resolve) => {
		const worker = new Worker(new URL('./open-worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<OpenReply>) => {
			const reply = event.data;
			if ('progress' in reply) {
				onProgress(reply.progress, reply.stage);
				return;
			}
			worker.terminate();
			resolve(reply);
		};
		worker.onerror = (event) => {
			worker.terminate();
			resolve({
				failed: {
					format: request.format ?? null,
					errors: [
						`${request.name ?? 'the file'}: could not be opened: ${event.message || 'the worker failed'}`
					],
					warnings: []
				}
			});
		};
		worker.postMessage(request);
	});
}

/**
 * What the map's store would otherwise work out in one go as it is made, which on a map of
 * thousands of claims holds the page for hundreds of milliseconds: the graph, which claims stand,
 * and what a large map hides as it opens. Worked out here a task at a time, so the page keeps
 * answering (and the progress bar moving) between them.
 */
export interface Groundwork {
	graph: ArgumentGraph;
	asArgued: Evaluation;
}

/** Lets the browser paint and handle input before the next step. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function layGroundwork(debate: Debate): Promise<Groundwork> {
	await nextTask();
	const graph = buildGraph(debate);
	await nextTask();
	const asArgued = evaluate(graph);
	await nextTask();
	// A large map opens folded: what it folds, and what that hides, are kept with its graph, where
	// the store finds them (`openingFold`, `folding`).
	const fold = openingFold(graph);
	await nextTask();
	folding(graph, fold);
	await nextTask();
	return { graph, asArgued };
}
