import type { Relation, RelationKind } from '../../model';
import { Ids, groupIds, linkedNote, toId } from '../common';
import type { IoIssue } from '../types';
import type { AifGraph, AifNode } from './nodes';

type Path = (string | number)[];

const DEFAULT_SCHEME = /^(?:default (?:inference|conflict|rephrase)|ra|ca|ma|)$/i;

/** The scheme an S node names, unless it is the default one. */
function schemeOf(node: AifNode): string | undefined {
	const text = node.text.trim();
	return DEFAULT_SCHEME.test(text) ? undefined : text;
}

const isInference = (node: AifNode) =>
	node.type === 'RA' || node.type === 'MA' || node.type === 'CA';

/**
 * The relations of the S nodes. An RA node is one `supports` from each premise (I node into it)
 * to each conclusion (I node out of it), with the RA's id (`G`; with several premises the others
 * are `G~2`, ..., all noted `linked argument G`); an MA node (rephrase) the same, noted `rephrase`.
 * A CA node is a `rebuts` from each attacker to each I node it points at, and an `undercuts` of
 * every relation that an RA, MA or CA node it points at became. A scheme name other than the
 * default one becomes the note.
 */
export function readRelations(
	graph: AifGraph,
	claimOf: Map<string, string>,
	ids: Ids,
	warnings: IoIssue[]
): { relations: Relation[]; relationPaths: Path[] } {
	const relations: Relation[] = [];
	const relationPaths: Path[] = [];
	/** The Crux relation ids each RA, MA or CA node became. */
	const made = new Map<string, string[]>();
	/** One relation per pair of ends, each with the note; returns the ids of those it made. */
	const join = (
		node: AifNode,
		pairs: { from: string; to: string; kind: RelationKind; premise: AifNode }[],
		note: (first: string) => string | undefined,
		loop: (premise: AifNode) => string
	) => {
		const relationIds = groupIds(ids, toId(node.id, 's'), pairs.length);
		const noted = note(relationIds[0]!);
		const mine: string[] = [];
		pairs.forEach(({ from, to, kind, premise }, k) => {
			if (from === to) {
				warnings.push({ message: loop(premise), path: node.path });
				return;
			}
			const relation: Relation = { id: relationIds[k]!, from, to, kind };
			if (noted) relation.note = noted;
			relations.push(relation);
			relationPaths.push(node.path);
			mine.push(relation.id);
		});
		made.set(node.id, mine);
		return mine;
	};

	for (const node of graph.nodes.values()) {
		if (node.type !== 'RA' && node.type !== 'MA') continue;
		const premises = graph.into(node).filter((n) => n.type === 'I');
		const conclusions = graph.outOf(node).filter((n) => n.type === 'I');
		// A CA into an RA is an undercut; anything else between inferences has no Crux form.
		const linkedInferences = [
			...graph.into(node).filter((n) => n.type === 'RA' || n.type === 'MA'),
			...graph.outOf(node).filter(isInference)
		];
		for (const other of linkedInferences) {
			warnings.push({
				message: `${node.type} node "${node.id}" is linked to ${other.type} node "${other.id}": Crux relations join claims (only an undercut attacks a relation), so that link is ignored`,
				path: node.path
			});
		}
		if (!premises.length || !conclusions.length) {
			warnings.push({
				message: `${node.type} node "${node.id}" has no ${premises.length ? 'conclusion' : 'premise'} (I node): it is ignored`,
				path: node.path
			});
			made.set(node.id, []);
			continue;
		}
		const scheme = schemeOf(node);
		join(
			node,
			conclusions.flatMap((conclusion) =>
				premises.map((premise) => ({
					from: claimOf.get(premise.id)!,
					to: claimOf.get(conclusion.id)!,
					kind: 'supports' as const,
					premise
				}))
			),
			(first) =>
				node.type === 'MA'
					? scheme
						? `rephrase: ${scheme}`
						: 'rephrase'
					: premises.length > 1
						? linkedNote(first, scheme)
						: scheme,
			(premise) =>
				`${node.type} node "${node.id}" joins I node "${premise.id}" to itself: that link is ignored`
		);
	}

	// CA nodes, which may attack each other: the relations of a CA are computed on demand.
	const resolving = new Set<string>();
	const conflict = (node: AifNode): string[] => {
		const known = made.get(node.id);
		if (known) return known;
		if (resolving.has(node.id)) return [];
		resolving.add(node.id);
		const attackers = graph.into(node).filter((n) => n.type === 'I');
		for (const other of graph.into(node)) {
			// A CA into a CA is an undercut of it; only RA and MA nodes have no place here.
			if (other.type === 'RA' || other.type === 'MA') {
				warnings.push({
					message: `CA node "${node.id}" is attacked through ${other.type} node "${other.id}": only I nodes attack, so that link is ignored`,
					path: node.path
				});
			}
		}
		const ends: { to: string; kind: RelationKind }[] = [];
		for (const target of graph.outOf(node)) {
			if (target.type === 'I') ends.push({ to: claimOf.get(target.id)!, kind: 'rebuts' });
			else if (isInference(target)) {
				if (target.type === 'CA' && resolving.has(target.id)) {
					warnings.push({
						message: `CA nodes "${node.id}" and "${target.id}" undercut each other in a circle: the undercut of "${target.id}" is ignored`,
						path: node.path
					});
					continue;
				}
				const attacked = target.type === 'CA' ? conflict(target) : (made.get(target.id) ?? []);
				for (const id of attacked) ends.push({ to: id, kind: 'undercuts' });
			} else if (target.type !== 'YA' && target.type !== 'L' && target.type !== 'TA') {
				warnings.push({
					message: `CA node "${node.id}" points at ${target.type} node "${target.id}": that link is ignored`,
					path: node.path
				});
			}
		}
		if (!attackers.length || !ends.length) {
			warnings.push({
				message: `CA node "${node.id}" has no ${attackers.length ? 'target' : 'attacker (I node)'}: it is ignored`,
				path: node.path
			});
			made.set(node.id, []);
			resolving.delete(node.id);
			return [];
		}
		const scheme = schemeOf(node);
		const mine = join(
			node,
			ends.flatMap((end) =>
				attackers.map((attacker) => ({
					from: claimOf.get(attacker.id)!,
					to: end.to,
					kind: end.kind,
					premise: attacker
				}))
			),
			(first) => (attackers.length > 1 ? linkedNote(first, scheme) : scheme),
			(attacker) =>
				`CA node "${node.id}" makes I node "${attacker.id}" attack itself: that link is ignored`
		);
		resolving.delete(node.id);
		return mine;
	};
	for (const node of graph.nodes.values()) if (node.type === 'CA') conflict(node);
	return { relations, relationPaths };
}
