import type { ArgumentGraph } from '$lib/model/graph';
import type { Relation, RelationKind, Side } from '$lib/model/schema';

/** A relation from the claim: what it answers, a claim or (for an undercut) a link between two. */
export interface Answering {
	relation: Relation;
	/** The claim answered; for an undercut, the claim at the end of the link it attacks. */
	claim: string;
	/** For an undercut: the link it attacks. */
	via?: Relation;
}

/** A relation that answers the claim, or that undercuts one of the claim's own links (`of`). */
export interface Answer {
	relation: Relation;
	of?: Relation;
}

/** What the panel lists of a claim: what it answers, and what answers it, by kind. */
export interface ClaimRelations {
	answering: Answering[];
	answers: { kind: RelationKind; items: Answer[] }[];
}

const KINDS: readonly RelationKind[] = ['supports', 'rebuts', 'undercuts'];

export function claimRelations(graph: ArgumentGraph, claim: string): ClaimRelations {
	const outgoing = graph.outgoing.get(claim) ?? [];
	const answering = outgoing.map((relation): Answering => {
		if (relation.kind !== 'undercuts') return { relation, claim: relation.to };
		const via = graph.relations.get(relation.to)!;
		return { relation, claim: via.to, via };
	});
	const all: Answer[] = [
		...(graph.incoming.get(claim) ?? []).map((relation) => ({ relation })),
		...outgoing.flatMap((of) =>
			(graph.undercuts.get(of.id) ?? []).map((relation) => ({ relation, of }))
		)
	];
	const answers = KINDS.map((kind) => ({
		kind,
		items: all.filter((a) => a.relation.kind === kind)
	})).filter((g) => g.items.length);
	return { answering, answers };
}

/** A claim that answers the resolution directly: a way into the debate. */
export interface Opener {
	id: string;
	kind: RelationKind;
	side: Side | null;
	text: string;
}

/** The debate at a glance: its size in words, and what answers the resolution. */
export interface Glance {
	counts: string;
	/** Positions first, then claims; for before against within each. */
	openers: Opener[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function glance(graph: ArgumentGraph): Glance {
	const { claims, relations, speakers } = graph.debate;
	const of = (kind: string) => relations.filter((r) => r.kind === kind).length;
	const counts = `${plural(claims.length, 'claim')} by ${plural(speakers.length, 'speaker')}: ${of('supports')} supports, ${of('rebuts')} rebuts, ${of('undercuts')} undercuts.`;
	const rank = (id: string) =>
		(graph.claims.get(id)?.kind === 'position' ? 0 : 2) +
		(graph.side.get(id) === 'affirmative' ? 0 : 1);
	const openers = (graph.incoming.get(graph.resolution) ?? [])
		.map((r) => ({
			id: r.from,
			kind: r.kind,
			side: graph.side.get(r.from) ?? null,
			text: graph.claims.get(r.from)?.text ?? r.from
		}))
		.sort((a, b) => rank(a.id) - rank(b.id));
	return { counts, openers };
}
