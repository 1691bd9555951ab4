import type { Evaluation, Label } from '$lib/analysis';
import type { ArgumentGraph } from '$lib/model/graph';
import { safeUrl } from '$lib/model/url';
import type { BriefClaim, BriefSource } from './types';

/**
 * A function that turns a claim id into its `BriefClaim` under one evaluation, building each one
 * once (a brief mentions the same claim in several places: the same object is reused).
 */
export function claimViews(graph: ArgumentGraph, evaluation: Evaluation) {
	const cache = new Map<string, BriefClaim>();
	const sources = new Map<string, BriefSource>();
	const sourceView = (id: string): BriefSource => {
		let view = sources.get(id);
		if (!view) {
			const source = graph.sources.get(id);
			view = {
				id,
				title: source?.title ?? id,
				outlet: source?.outlet ?? null,
				author: source?.author ?? null,
				published: source?.published ?? null,
				url: safeUrl(source?.url)
			};
			sources.set(id, view);
		}
		return view;
	};
	return (id: string): BriefClaim => {
		let view = cache.get(id);
		if (!view) {
			view = briefClaim(graph, evaluation, id, sourceView);
			cache.set(id, view);
		}
		return view;
	};
}

function briefClaim(
	graph: ArgumentGraph,
	evaluation: Evaluation,
	id: string,
	sourceView: (id: string) => BriefSource
): BriefClaim {
	const claim = graph.claims.get(id);
	if (!claim) throw new RangeError(`no claim has the id "${id}"`);
	const speaker = claim.speaker === undefined ? undefined : graph.speakers.get(claim.speaker);
	return {
		id,
		text: claim.text,
		kind: claim.kind ?? 'claim',
		side: graph.side.get(id) ?? null,
		depth: graph.depth.get(id) ?? null,
		label: evaluation.labels.get(id) ?? 'undec',
		strength: evaluation.strength.get(id) ?? 0,
		later: claim.later === true,
		speaker:
			claim.speaker === undefined
				? null
				: {
						id: claim.speaker,
						name: speaker?.name ?? claim.speaker,
						role: speaker?.role ?? null,
						affiliation: speaker?.affiliation ?? null
					},
		quote: claim.quote ?? null,
		source: claim.source === undefined ? null : sourceView(claim.source),
		paragraph: claim.paragraph ?? null
	};
}

/** Standing first, then open, then falling. */
export const LABEL_RANK: Record<Label, number> = { in: 0, undec: 1, out: 2 };
