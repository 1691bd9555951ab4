/// <reference lib="webworker" />
import { buildGraph } from '$lib/model/graph';
import { layoutDebate } from '$lib/layout/simulation';
import { formatIoIssue, importText, type IoIssue } from '$lib/io';
import type { OpenReply, OpenRequest } from './index';

/**
 * Opens a file off the main thread: parse (any format) and lay out, so a large map does not
 * freeze the page. Replies `{ progress }` as it goes, then `{ opened }` or `{ failed }`.
 */
const reply = (message: OpenReply) => postMessage(message);

onmessage = (event: MessageEvent<OpenRequest>) => {
	const { text, name, format } = event.data;
	try {
		reply({ progress: 0, stage: 'reading' });
		const imported = importText(text, { name, format });
		// Issues go out in words, with their line or field: the page need not load the formats.
		const words = (issues: IoIssue[]) => issues.map((issue) => formatIoIssue(issue, name));
		if (!imported.result.ok) {
			reply({
				failed: {
					format: imported.format,
					errors: words(imported.result.errors),
					warnings: words(imported.result.warnings)
				}
			});
			return;
		}
		const { debate, warnings, positions, view } = imported.result;
		let last = -1;
		const layout = layoutDebate(buildGraph(debate), {
			positions,
			onProgress: (done) => {
				const percent = Math.floor(done * 100);
				if (percent !== last) reply({ progress: (last = percent) / 100, stage: 'laying out' });
			}
		});
		reply({
			opened: { format: imported.format!, debate, layout, warnings: words(warnings), view }
		});
	} catch (error) {
		reply({
			failed: {
				format: format ?? null,
				errors: [
					`${name ?? 'the file'}: could not be opened: ${error instanceof Error ? error.message : String(error)}`
				],
				warnings: []
			}
		});
	}
};
