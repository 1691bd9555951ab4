import type { ArgumentGraph } from '$lib/model/graph';
import type { Claim, Speaker } from '$lib/model/schema';

/** A speaker's part in the debate: their claims, and whom those claims support and rebut. */
export interface SpeakerRecord {
	speaker: Speaker;
	claims: Claim[];
	/** Other speakers this one's claims support, with how many times, most first. */
	supports: [speaker: string, count: number][];
	/** Other speakers this one's claims rebut, with how many times, most first. */
	rebuts: [speaker: string, count: number][];
}

/**
 * Every speaker with a claim, the most claims first (then by name), with their claims in the
 * debate's order and their supports and rebuts of other speakers, counted by speaker.
 */
export function speakerRecords(graph: ArgumentGraph): SpeakerRecord[] {
	return graph.debate.speakers
		.map((speaker) => {
			const claims = graph.debate.claims.filter((c) => c.speaker === speaker.id);
			const towards = (kind: 'supports' | 'rebuts') => {
				const counts = new Map<string, number>();
				for (const claim of claims) {
					for (const relation of graph.outgoing.get(claim.id) ?? []) {
						if (relation.kind !== kind) continue;
						const target = graph.claims.get(relation.to)?.speaker;
						if (target && target !== speaker.id) counts.set(target, (counts.get(target) ?? 0) + 1);
					}
				}
				return [...counts].sort((a, b) => b[1] - a[1]);
			};
			return { speaker, claims, supports: towards('supports'), rebuts: towards('rebuts') };
		})
		.filter((s) => s.claims.length)
		.sort(
			(a, b) => b.claims.length - a.claims.length || a.speaker.name.localeCompare(b.speaker.name)
		);
}
