/**
 * Opening a file is a use case above io and layout: parse it (any format) and lay it out in a Web
 * Worker, then hand the result to the page.
 */
import type { MapLayout } from '$lib/layout/types';
import type { Debate } from '$lib/model/schema';
import type { ImportFormat } from '$lib/io/types';

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
