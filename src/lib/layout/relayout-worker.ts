/// <reference lib="webworker" />
import { buildGraph } from '$lib/model/graph';
import type { Debate } from '$lib/model/schema';
import { relayout } from './relayout';

/** Lays out an edited map off the main thread, so a large one does not freeze the page. */
onmessage = (
	event: MessageEvent<{ debate: Debate; was: Map<string, { x: number; y: number }> }>
) => {
	const { debate, was } = event.data;
	postMessage(relayout(buildGraph(debate), was));
};
