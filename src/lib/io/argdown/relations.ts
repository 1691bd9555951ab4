import type { Relation } from '../../model';
import { Ids, groupIds, isObject, linkedNote, toId } from '../common';
import { isInference, type argumentEnds } from './claims';
import type { Reading } from './read';
import type { Member, RawRelation, Warn } from './syntax';

/**
 * The relations between claims: the inferences of reconstructed arguments (each premise
 * `supports` the conclusion; a linked argument's relations share a note), the named relations,
 * every other relation in document order, and last the undercuts, which may wait for the
 * relations they attack. A relation between the same claims of the same kind is made once.
 */
export function buildRelations(
	{ entries, relations: rawRelations }: Reading,
	marked: Set<string>,
	claimOfEntry: Map<string, string>,
	{ toArgument, fromArgument }: ReturnType<typeof argumentEnds>,
	ids: Ids,
	warn: Warn
): { relations: Relation[]; relationLines: number[] } {
	const claimOf = (member: Member): string | undefined => {
		if (member.kind === 'inference') return undefined;
		const entry = entries.get(member.key)!;
		if (entry.kind === 'statement') return claimOfEntry.get(entry.key);
		if (isInference(entry)) return claimOfEntry.get(entry.pcs!.steps.at(-1)!.conclusion);
		return claimOfEntry.get(entry.key);
	};
	const describe = (member: Member): string => {
		if (member.kind === 'inference') return 'an inference';
		const entry = entries.get(member.key)!;
		return entry.title === undefined
			? `a statement (line ${entry.line})`
			: entry.kind === 'statement'
				? `[${entry.title}]`
				: `<${entry.title}>`;
	};

	const relations: Relation[] = [];
	const relationLines: number[] = [];
	const byPair = new Map<string, string>();
	const outgoing = new Map<string, string[]>();
	/** Adds a relation (its id made only when it is new); returns its id, or that of its twin. */
	const add = (
		draft: Omit<Relation, 'id'> & { id: string | (() => string) },
		line: number,
		quiet = false
	): string | undefined => {
		if (draft.from === draft.to) {
			if (!quiet) warn(`a relation from "${draft.from}" to itself is ignored`, line);
			return undefined;
		}
		const pair = `${draft.from}\u0000${draft.kind}\u0000${draft.to}`;
		const known = byPair.get(pair);
		if (known) return known;
		const relation: Relation = {
			...draft,
			id: typeof draft.id === 'string' ? draft.id : draft.id()
		};
		byPair.set(pair, relation.id);
		relations.push(relation);
		relationLines.push(line);
		if (!outgoing.has(relation.from)) outgoing.set(relation.from, []);
		outgoing.get(relation.from)!.push(relation.id);
		return relation.id;
	};

	// Inferences of reconstructed arguments.
	const stepRelations = new Map<string, string[]>();
	let anonymousArguments = 0;
	for (const entry of entries.values()) {
		if (entry.kind !== 'argument' || !isInference(entry)) continue;
		const steps = entry.pcs!.steps;
		const title = entry.title ?? `argument-${++anonymousArguments}`;
		const description = entry.texts.map((t) => t.text).join(' ');
		steps.forEach((step, s) => {
			const last = s === steps.length - 1;
			const group = last ? toId(title) : `${toId(title)}.${s + 1}`;
			const relationIds = groupIds(ids, group, step.premises.length);
			const extra = [last ? description : '', step.rules ?? ''].filter(Boolean).join('; ');
			const note =
				step.premises.length > 1 ? linkedNote(relationIds[0]!, extra) : extra || undefined;
			const made: string[] = [];
			step.premises.forEach((premise, k) => {
				const relation: Relation = {
					id: relationIds[k]!,
					from: claimOfEntry.get(premise)!,
					to: claimOfEntry.get(step.conclusion)!,
					kind: 'supports'
				};
				if (note) relation.note = note;
				const id = add(relation, step.line);
				if (id) made.push(id);
			});
			stepRelations.set(`${entry.key}#${s}`, made);
		});
	}

	// Named relations, and every other relation in document order.
	const markerRelations = new Map<string, string[]>();
	const pending: {
		from: string;
		target: Member;
		line: number;
		/** For a named relation: its key, id and note. */
		marker?: string;
		id?: string;
		note?: string;
	}[] = [];
	const markerIds = new Map<string, string>();
	for (const key of marked) markerIds.set(key, ids.take(toId(entries.get(key)!.title!)));
	const consumed = new Set<RawRelation>();
	for (const key of marked) {
		const entry = entries.get(key)!;
		const premise = toArgument.get(key)!.find((r) => r.type === 'support')!;
		const out = fromArgument.get(key)![0]!;
		consumed.add(premise);
		consumed.add(out);
		const from = claimOf(premise.from);
		const exact = entry.data.find((d) => isObject(d.value) && typeof d.value.note === 'string');
		const note =
			(exact && ((exact.value as Record<string, string>).note || undefined)) ??
			(entry.texts.map((t) => t.text).join(' ') || undefined);
		if (from === undefined) {
			warn(
				`<${entry.title}> is supported by ${describe(premise.from)}, which is no claim: the relation is ignored`,
				premise.line
			);
			markerRelations.set(key, []);
			continue;
		}
		if (out.type === 'undercut') {
			pending.push({
				from,
				target: out.to,
				line: out.line,
				marker: key,
				id: markerIds.get(key)!,
				...(note ? { note } : {})
			});
			continue;
		}
		const to = claimOf(out.to);
		if (to === undefined) {
			warn(`${describe(out.to)} is not a claim: a ${out.type} of it is not supported`, out.line);
			markerRelations.set(key, []);
			continue;
		}
		const relation: Relation = {
			id: markerIds.get(key)!,
			from,
			to,
			kind: out.type === 'support' ? 'supports' : 'rebuts'
		};
		if (note) relation.note = note;
		const id = add(relation, out.line);
		markerRelations.set(key, id ? [id] : []);
	}

	let counter = 0;
	const nextId = () => ids.take(`r${++counter}`);
	// `[C]` with `<+ <A>` where C is A's own conclusion says what the structure says already.
	const isOwnConclusion = (raw: RawRelation) =>
		raw.from.kind === 'argument' && !!entries.get(raw.from.key)?.pcs?.steps.length;
	for (const raw of rawRelations) {
		if (consumed.has(raw)) continue;
		const from = claimOf(raw.from);
		if (from === undefined) {
			warn(
				`${describe(raw.from)} is an inference, not a claim: a relation cannot start there`,
				raw.line
			);
			continue;
		}
		if (raw.type === 'undercut') {
			pending.push({ from, target: raw.to, line: raw.line });
			continue;
		}
		const to = claimOf(raw.to);
		if (to === undefined || (raw.to.kind === 'argument' && marked.has(raw.to.key))) {
			warn(
				`${describe(raw.to)} is an inference, not a claim: only an undercut (_) attacks an inference`,
				raw.line
			);
			continue;
		}
		if (raw.type === 'contradiction') {
			warn(
				`a contradiction (><) between "${from}" and "${to}" is read as two rebuttals, one each way`,
				raw.line
			);
			add({ id: nextId, from, to, kind: 'rebuts' }, raw.line);
			add({ id: nextId, from: to, to: from, kind: 'rebuts' }, raw.line);
			continue;
		}
		add(
			{ id: nextId, from, to, kind: raw.type === 'support' ? 'supports' : 'rebuts' },
			raw.line,
			isOwnConclusion(raw)
		);
	}

	// Undercuts, which may wait for the relations they attack (an undercut of an undercut).
	const waitingFrom = (claim: string) => pending.some((p) => p.from === claim);
	const targetsOf = (member: Member, line: number): string[] | null => {
		switch (member.kind) {
			case 'inference':
			case 'conclusion':
				return stepRelations.get(`${member.arg}#${member.step}`) ?? [];
			case 'premise':
				warn('an undercut attacks an inference; written under a premise, it is ignored', line);
				return [];
			default: {
				const entry = entries.get(member.key)!;
				if (entry.kind === 'argument' && isInference(entry)) {
					return stepRelations.get(`${entry.key}#${entry.pcs!.steps.length - 1}`) ?? [];
				}
				if (marked.has(entry.key)) return markerRelations.get(entry.key) ?? null;
				const claim = claimOfEntry.get(entry.key)!;
				return waitingFrom(claim) ? null : (outgoing.get(claim) ?? []);
			}
		}
	};
	while (pending.length) {
		let progressed = false;
		for (let i = 0; i < pending.length;) {
			const undercut = pending[i]!;
			const targets = targetsOf(undercut.target, undercut.line);
			if (targets === null) {
				i++;
				continue;
			}
			pending.splice(i, 1);
			progressed = true;
			if (!targets.length) {
				warn(
					`${describe(undercut.target)} has no inference to undercut (no relation goes out of it): the undercut is ignored`,
					undercut.line
				);
				if (undercut.marker) markerRelations.set(undercut.marker, []);
				continue;
			}
			const made: string[] = [];
			const named = undercut.id;
			targets.forEach((to, k) => {
				const relation: Omit<Relation, 'id'> & { id: string | (() => string) } = {
					id: named === undefined ? nextId : k === 0 ? named : () => ids.take(`${named}~${k + 1}`),
					from: undercut.from,
					to,
					kind: 'undercuts'
				};
				if (undercut.note) relation.note = undercut.note;
				const id = add(relation, undercut.line);
				if (id) made.push(id);
			});
			if (undercut.marker) markerRelations.set(undercut.marker, made);
		}
		if (!progressed) {
			for (const undercut of pending) {
				warn('undercuts that attack each other in a circle are ignored', undercut.line);
			}
			break;
		}
	}

	return { relations, relationLines };
}
