import type { ArgumentGraph } from '$lib/model/graph';

/** Case- and accent-insensitive, so "kivelson" finds "Kivelson" and "Li Zhengdao" finds "li zhengdao". */
export const fold = (text: string) =>
	text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

export interface SearchHit {
	id: string;
	/** Which field matched first, so the result list can say why a claim is there. */
	field: 'text' | 'speaker' | 'quote';
}

/** Claims whose text, quote, speaker name or speaker aliases contain every word of the query. */
export function searchClaims(graph: ArgumentGraph, query: string): SearchHit[] {
	const words = fold(query).split(' ').filter(Boolean);
	if (!words.length) return [];
	const hits: { hit: SearchHit; rank: number }[] = [];
	for (const claim of graph.debate.claims) {
		const speaker = claim.speaker ? graph.speakers.get(claim.speaker) : undefined;
		const fields = {
			text: fold(claim.text),
			speaker: fold([speaker?.name ?? '', ...(speaker?.aliases ?? [])].join(' | ')),
			quote: fold(claim.quote ?? '')
		};
		const all = `${fields.text} | ${fields.speaker} | ${fields.quote}`;
		if (!words.every((w) => all.includes(w))) continue;
		const field = (['text', 'speaker', 'quote'] as const).find((f) =>
			words.some((w) => fields[f].includes(w))
		)!;
		hits.push({ hit: { id: claim.id, field }, rank: ['text', 'speaker', 'quote'].indexOf(field) });
	}
	return hits.sort((a, b) => a.rank - b.rank).map((h) => h.hit);
}
