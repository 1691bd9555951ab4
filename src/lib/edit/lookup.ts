import type { Debate, Relation } from '../model/schema';
import { refuse, type Refusal } from './commands';

/** The claim or relation `id` names, or why there is none, at `field`. */
export function find<S extends 'claims' | 'relations'>(
	debate: Debate,
	section: S,
	id: string,
	field: string
): { ok: true; index: number; item: Debate[S][number] } | Refusal {
	const items: readonly { id: string }[] = debate[section];
	const index = items.findIndex((item) => item.id === id);
	if (index >= 0) return { ok: true, index, item: debate[section][index]! };
	return notFound(debate, id, field, section === 'claims' ? 'claim' : 'relation');
}

function notFound(debate: Debate, id: string, field: string, wanted: string): Refusal {
	const other = whatIs(debate, id);
	return refuse(
		field,
		other ? `"${id}" is ${other}, not a ${wanted}` : `no ${wanted} has the id "${id}"`
	);
}

/** What the id names in the one namespace of claims, relations and events. */
function whatIs(debate: Debate, id: string): string | undefined {
	if (debate.claims.some((c) => c.id === id)) return 'a claim';
	if (debate.relations.some((r) => r.id === id)) return 'a relation';
	if (debate.events.some((e) => e.id === id)) return 'an event';
	return undefined;
}

/** Refuses an id a command asks for when something already has it. */
export function idTaken(debate: Debate, ids: Record<string, string | undefined>): Refusal | null {
	for (const [field, id] of Object.entries(ids)) {
		const other = id === undefined ? undefined : whatIs(debate, id);
		if (other) return refuse(field, `"${id}" is already the id of ${other}`);
	}
	return null;
}

/**
 * The ids of the relations that cannot stay when the claim or relation `id` goes: those that start
 * or end at it, the undercuts aimed at those, the undercuts aimed at the undercuts, and so on.
 */
export function relationsGoingWith(debate: Debate, id: string): Set<string> {
	const atEnd = new Map<string, Relation[]>();
	for (const relation of debate.relations) {
		for (const end of new Set([relation.from, relation.to])) {
			const list = atEnd.get(end);
			if (list) list.push(relation);
			else atEnd.set(end, [relation]);
		}
	}
	const going = new Set<string>();
	const queue = [id];
	while (queue.length) {
		for (const relation of atEnd.get(queue.pop()!) ?? []) {
			if (going.has(relation.id) || relation.id === id) continue;
			going.add(relation.id);
			queue.push(relation.id);
		}
	}
	return going;
}
