import { buildGraph } from '../model/graph';
import type { Claim, Debate, DebateEvent, Relation } from '../model/schema';
import { relationsGoingWith } from './lookup';

/** What deleting a claim, or removing a relation, takes with it: to show before it is done. */
export interface Dependents {
	/** Relations that go too: the claim's own, and the undercuts aimed at any that goes. */
	relations: Relation[];
	/** Events that bear on the claim: they stay, and forget it. */
	events: DebateEvent[];
	/** Claims that stay but lose their last chain of relations to the resolution. */
	stranded: Claim[];
}

/** For the id of a claim or of a relation (one namespace); empty lists for an unknown id. */
export function dependents(debate: Debate, id: string): Dependents {
	const going = relationsGoingWith(debate, id);
	const after: Debate = {
		...debate,
		claims: debate.claims.filter((claim) => claim.id !== id),
		relations: debate.relations.filter((relation) => !going.has(relation.id) && relation.id !== id)
	};
	const before = buildGraph(debate).depth;
	const now = buildGraph(after).depth;
	return {
		relations: debate.relations.filter((relation) => going.has(relation.id)),
		events: debate.events.filter((event) => event.claims.includes(id)),
		stranded: after.claims.filter(
			(claim) => before.get(claim.id) != null && now.get(claim.id) == null
		)
	};
}
