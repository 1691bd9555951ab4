import type { ArgumentGraph } from '$lib/model/graph';
import { SIDES, type Side } from '$lib/model/vocabulary';
import { sidePositions } from './build';

/**
 * Whose brief or practice a link asks for: a side, or a position on either side. Anything else
 * (a link may name anything) is the affirmative.
 */
export function briefTarget(
	graph: ArgumentGraph,
	wanted: string
): { side: Side } | { position: string } {
	if ((SIDES as readonly string[]).includes(wanted)) return { side: wanted as Side };
	return graph.claims.has(wanted) && graph.side.get(wanted)
		? { position: wanted }
		: { side: 'affirmative' };
}

/** A choice a brief or practice offers: a side, or one of its positions (text shortened). */
export type BriefTargetOption =
	| { id: Side; side: Side; position?: undefined }
	| { id: string; side: Side; position: { speaker: string | undefined; text: string } };

/** The choices a brief or practice offers: both sides, then each side's positions. */
export function briefTargets(
	graph: ArgumentGraph,
	speakerName: (claim: string) => string | undefined
): BriefTargetOption[] {
	const short = (id: string) => {
		const text = graph.claims.get(id)?.text ?? id;
		return text.length > 50 ? `${text.slice(0, 49)}…` : text;
	};
	return [
		...SIDES.map((side) => ({ id: side, side })),
		...SIDES.flatMap((side) =>
			sidePositions(graph, side).map((id) => ({
				id,
				side,
				position: { speaker: speakerName(id), text: short(id) }
			}))
		)
	];
}
