import { ClaimSchema, type Claim, type Debate, type Relation } from '../model/schema';
import {
	refuse,
	type ClaimFields,
	type CommandOf,
	type Compiled,
	type FieldNames,
	type Refusal,
	type Stance
} from './commands';
import { slug, takenIds, uniqueId } from './ids';
import { find, idTaken, relationsGoingWith } from './lookup';
import { inSchemaOrder, removals, replace } from './patch';
import { resolutionOf } from './validate';

const CLAIM_KEYS = Object.keys(ClaimSchema.shape);

export function addClaim(debate: Debate, command: CommandOf<'addClaim'>): Compiled | Refusal {
	return withRelation(debate, command, command.target, command.stance, {
		'relations.to': 'target',
		'relations.kind': 'stance'
	});
}

export function addUndercut(debate: Debate, command: CommandOf<'addUndercut'>): Compiled | Refusal {
	return withRelation(debate, command, command.relation, 'undercuts', {
		'relations.to': 'relation'
	});
}

/**
 * A new claim, appended with the relation from it to `to`; ids made from its words when the
 * command gives none. `names` says which command field the relation's `to` and `kind` come from.
 */
function withRelation<C extends CommandOf<'addClaim'> | CommandOf<'addUndercut'>>(
	debate: Debate,
	command: C,
	to: string,
	kind: Stance | 'undercuts',
	names: FieldNames
): Compiled | Refusal {
	if (typeof command.claim?.text !== 'string') return refuse('text', 'a claim needs its text');
	const refusal = idTaken(debate, { id: command.id, relationId: command.relationId });
	if (refusal) return refusal;
	const taken = takenIds(debate);
	const id = command.id ?? uniqueId(slug(command.claim.text), taken);
	const relationId = command.relationId ?? uniqueId(`${id}-${kind}-${to}`, taken);
	const relation: Relation = { id: relationId, from: id, to, kind };
	return {
		ok: true,
		patch: {
			claims: [{ at: debate.claims.length, remove: 0, insert: [written(id, {}, command.claim)] }],
			relations: [{ at: debate.relations.length, remove: 0, insert: [relation] }]
		},
		command: { ...command, id, relationId },
		subject: names['relations.to']!,
		names: { ...names, 'relations.id': 'relationId', 'relations.from': 'id' }
	};
}

export function editClaim(debate: Debate, command: CommandOf<'editClaim'>): Compiled | Refusal {
	const found = find(debate, 'claims', command.claim, 'claim');
	if (!found.ok) return found;
	const claim = written(found.item.id, found.item, command.changes);
	if ('kind' in command.changes) {
		const isResolution = claim.id === resolutionOf(debate);
		if (isResolution && claim.kind !== 'resolution') {
			return refuse('kind', 'the resolution keeps the kind "resolution"');
		}
		if (!isResolution && claim.kind === 'resolution') {
			return refuse(
				'kind',
				`only the resolution ("${resolutionOf(debate)}") has the kind "resolution"`
			);
		}
	}
	const same = JSON.stringify(claim) === JSON.stringify(found.item);
	return {
		ok: true,
		patch: same ? {} : { claims: [replace(found.index, claim)] },
		command,
		subject: 'claim'
	};
}

export function deleteClaim(debate: Debate, command: CommandOf<'deleteClaim'>): Compiled | Refusal {
	const found = find(debate, 'claims', command.claim, 'claim');
	if (!found.ok) return found;
	const id = found.item.id;
	if (id === resolutionOf(debate)) {
		return refuse(
			'claim',
			`"${id}" is the resolution: every claim is measured against it, so it stays (its text can change)`
		);
	}
	const going = relationsGoingWith(debate, id);
	const events = debate.events.flatMap((event, i) =>
		event.claims.includes(id)
			? [replace(i, { ...event, claims: event.claims.filter((claim) => claim !== id) })]
			: []
	);
	return {
		ok: true,
		patch: {
			claims: [{ at: found.index, remove: 1, insert: [] }],
			relations: removals(debate.relations, (relation) => going.has(relation.id)),
			events
		},
		command,
		subject: 'claim'
	};
}

/**
 * `base` with `fields` written over it, as the schema would read them back: text trimmed, a blank
 * or `null` optional field left out, topics without blanks, keys in the schema's order.
 */
function written(id: string, base: Partial<Claim>, fields: Partial<ClaimFields>): Claim {
	const next: Record<string, unknown> = { ...base };
	for (const [key, value] of Object.entries(fields)) next[key] = cleaned(key, value);
	next.id = id;
	return inSchemaOrder(CLAIM_KEYS, next) as Claim;
}

function cleaned(key: string, value: unknown): unknown {
	if (Array.isArray(value)) {
		const kept = value.map((item) => cleaned('', item)).filter((item) => item !== undefined);
		return kept.length ? kept : undefined;
	}
	if (typeof value !== 'string') return value ?? undefined;
	const text = value.trim();
	// An empty `text` stays, for the schema to refuse: a claim says something.
	return text || key === 'text' ? text : undefined;
}
