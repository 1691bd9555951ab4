import type { Refusal } from '$lib/edit/commands';
import type { ArgumentGraph } from '$lib/model/graph';
import type { Relation } from '$lib/model/schema';

/** The attributes that mark a field the last edit was refused at, and tie it to the message. */
export function invalid(
	refusal: Refusal | null,
	field: string
): { 'aria-invalid'?: 'true'; 'aria-describedby'?: string } {
	return refusal?.field === field
		? { 'aria-invalid': 'true', 'aria-describedby': refusalId(field) }
		: {};
}

export const refusalId = (field: string) => `refusal-${field}`;

/** The start of a claim's text, quoted: enough to tell it in a list. */
export function quoted(graph: ArgumentGraph, claim: string, self?: string): string {
	if (claim === self) return 'this claim';
	const text = graph.claims.get(claim)?.text ?? claim;
	const words = Array.from(text);
	return `“${
		words.length > SHORT
			? `${words
					.slice(0, SHORT - 1)
					.join('')
					.trimEnd()}…`
			: text
	}”`;
}
const SHORT = 60;

/** A relation in words, the selected claim (`self`) as "this claim": "“A…” supports this claim". */
export function relationText(graph: ArgumentGraph, relation: Relation, self?: string): string {
	const claim = (id: string) => quoted(graph, id, self);
	if (relation.kind !== 'undercuts') {
		return `${claim(relation.from)} ${relation.kind} ${claim(relation.to)}`;
	}
	const link = graph.relations.get(relation.to);
	return link
		? `${claim(relation.from)} undercuts the link from ${claim(link.from)} to ${claim(link.to)}`
		: `${claim(relation.from)} undercuts “${relation.to}”`;
}
