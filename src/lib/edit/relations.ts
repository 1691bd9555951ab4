import type { Debate } from '../model/schema';
import { refuse, type CommandOf, type Compiled, type Refusal } from './commands';
import { takenIds, uniqueId } from './ids';
import { find, idTaken, relationsGoingWith } from './lookup';
import { removals, replace, type Patch } from './patch';
import { resolutionOf } from './validate';

export function linkClaims(debate: Debate, command: CommandOf<'linkClaims'>): Compiled | Refusal {
	const { from, to, stance } = command;
	if (from === resolutionOf(debate)) {
		return refuse(
			'from',
			'the resolution is what the map argues about: it supports or rebuts no claim'
		);
	}
	const existing = debate.relations.find(
		(relation) => relation.from === from && relation.to === to && relation.kind !== 'undercuts'
	);
	if (existing) {
		return refuse(
			'to',
			`"${from}" already ${existing.kind} "${to}" (relation "${existing.id}"): change that relation's kind instead`
		);
	}
	const taken = idTaken(debate, { id: command.id });
	if (taken) return taken;
	const id = command.id ?? uniqueId(`${from}-${stance}-${to}`, takenIds(debate));
	return {
		ok: true,
		patch: {
			relations: [
				{ at: debate.relations.length, remove: 0, insert: [{ id, from, to, kind: stance }] }
			]
		},
		command: { ...command, id },
		subject: 'to',
		names: { 'relations.kind': 'stance' }
	};
}

export function setRelationKind(
	debate: Debate,
	command: CommandOf<'setRelationKind'>
): Compiled | Refusal {
	const found = find(debate, 'relations', command.relation, 'relation');
	if (!found.ok) return found;
	const { item: relation, index } = found;
	if (relation.kind === 'undercuts') {
		return refuse(
			'relation',
			`"${relation.id}" is an undercut: it attacks a relation, so it can neither support nor rebut`
		);
	}
	const patch: Patch =
		relation.kind === command.stance
			? {}
			: { relations: [replace(index, { ...relation, kind: command.stance })] };
	return { ok: true, patch, command, subject: 'stance', names: { 'relations.kind': 'stance' } };
}

export function removeRelation(
	debate: Debate,
	command: CommandOf<'removeRelation'>
): Compiled | Refusal {
	const found = find(debate, 'relations', command.relation, 'relation');
	if (!found.ok) return found;
	const going = relationsGoingWith(debate, found.item.id).add(found.item.id);
	return {
		ok: true,
		patch: { relations: removals(debate.relations, (relation) => going.has(relation.id)) },
		command,
		subject: 'relation'
	};
}

export function renameMap(debate: Debate, command: CommandOf<'renameMap'>): Compiled {
	const head: { title?: string; question?: string | null } = {};
	const title = command.title?.trim();
	if (title !== undefined && title !== debate.title) head.title = title;
	if (command.question !== undefined) {
		const question = command.question?.trim() || null;
		if (question !== (debate.question ?? null)) head.question = question;
	}
	return { ok: true, patch: { head }, command, subject: 'title' };
}
