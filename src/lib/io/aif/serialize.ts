import type { Debate, Relation } from '../../model';
import { Ids, readLinked } from '../common';

interface SNode {
	id: string;
	type: 'RA' | 'CA' | 'MA';
	text: string;
	premises: string[];
	/** A claim id, or (for undercuts) the id of the relation whose S node is attacked. */
	target: string;
	undercut: boolean;
}

/**
 * AIF JSON in AIFdb's flat shape: an I node per claim (its id is the claim's id), an RA node per
 * `supports` (MA for a `rephrase` note; one RA for the relations of a linked argument), a CA node
 * per `rebuts` and `undercuts` (an undercut's CA points at the RA, MA or CA node of the relation it
 * attacks; several undercuts from one claim at one linked argument are one CA), and for every
 * claim with a speaker or a quote an L node (`Speaker Name : quote`) with a YA ("Asserting") to
 * the I node, a locution naming the participant, and a participant per speaker. What AIF cannot
 * hold is not written: claim kinds, topics, sources, paragraphs, notes; speaker roles and aliases;
 * the debate's title, question and summary.
 */
export function serialize(debate: Debate): string {
	const ids = new Ids();
	for (const claim of debate.claims) ids.take(claim.id);
	const nodes: Record<string, string>[] = debate.claims.map((c) => ({
		nodeID: c.id,
		text: c.text,
		type: 'I'
	}));
	const edges: { edgeID: number; fromID: string; toID: string }[] = [];
	const edge = (from: string, to: string) =>
		edges.push({ edgeID: edges.length + 1, fromID: from, toID: to });

	const byId = new Map(debate.relations.map((r) => [r.id, r]));
	const sNodes = new Map<string, SNode>();
	const nodeOf = new Map<string, SNode>();
	const place = (relation: Relation, key: string, make: () => Omit<SNode, 'premises'>) => {
		let node = sNodes.get(key);
		if (!node) {
			node = { ...make(), premises: [] };
			sNodes.set(key, node);
		}
		if (!node.premises.includes(relation.from)) node.premises.push(relation.from);
		nodeOf.set(relation.id, node);
	};
	for (const relation of debate.relations) {
		if (relation.kind === 'undercuts') continue;
		const linked = readLinked(relation.note);
		const rephrase = relation.kind === 'supports' ? readRephrase(relation.note) : undefined;
		const key = linked
			? `linked\u0000${linked.group}\u0000${relation.kind}\u0000${relation.to}`
			: `relation\u0000${relation.id}`;
		place(relation, key, () => ({
			id: ids.take(linked ? linked.group : relation.id),
			type: relation.kind === 'rebuts' ? 'CA' : rephrase ? 'MA' : 'RA',
			text:
				relation.kind === 'rebuts'
					? (linked ? linked.extra : relation.note) || 'Default Conflict'
					: rephrase
						? rephrase.scheme || 'Default Rephrase'
						: (linked ? linked.extra : relation.note) || 'Default Inference',
			target: relation.to,
			undercut: false
		}));
	}
	// Undercuts, possibly of undercuts: a relation's S node is known once its target's is.
	const visiting = new Set<string>();
	const placeUndercut = (relation: Relation): SNode => {
		const known = nodeOf.get(relation.id);
		if (known) return known;
		const target = byId.get(relation.to)!;
		let targetNode: SNode | undefined;
		if (!visiting.has(relation.id)) {
			visiting.add(relation.id);
			targetNode = target.kind === 'undercuts' ? placeUndercut(target) : nodeOf.get(target.id);
			visiting.delete(relation.id);
		}
		const linked = readLinked(relation.note);
		const key = !targetNode
			? `relation\u0000${relation.id}`
			: linked
				? `linked\u0000${linked.group}\u0000undercuts\u0000${targetNode.id}`
				: `undercut\u0000${relation.from}\u0000${targetNode.id}\u0000${relation.note ?? ''}`;
		place(relation, key, () => ({
			id: ids.take(linked ? linked.group : relation.id),
			type: 'CA',
			text: (linked ? linked.extra : relation.note) || 'Default Conflict',
			target: relation.to,
			undercut: true
		}));
		return nodeOf.get(relation.id)!;
	};
	for (const relation of debate.relations)
		if (relation.kind === 'undercuts') placeUndercut(relation);

	for (const node of sNodes.values()) {
		nodes.push({ nodeID: node.id, text: node.text, type: node.type });
		for (const premise of node.premises) edge(premise, node.id);
		edge(node.id, node.undercut ? nodeOf.get(node.target)!.id : node.target);
	}

	const speakers = new Map(debate.speakers.map((s) => [s.id, s]));
	const locutions: { nodeID: string; personID?: string }[] = [];
	for (const claim of debate.claims) {
		const speaker = claim.speaker === undefined ? undefined : speakers.get(claim.speaker);
		if (!speaker && claim.quote === undefined) continue;
		const l = ids.take(`${claim.id}.L`);
		const ya = ids.take(`${claim.id}.YA`);
		const words = claim.quote ?? claim.text;
		nodes.push({ nodeID: l, text: speaker ? `${speaker.name} : ${words}` : words, type: 'L' });
		nodes.push({ nodeID: ya, text: 'Asserting', type: 'YA' });
		edge(l, ya);
		edge(ya, claim.id);
		locutions.push(speaker ? { nodeID: l, personID: speaker.id } : { nodeID: l });
	}
	const participants = debate.speakers.map((s) => {
		const words = s.name.trim().split(/\s+/);
		const surname = words.length > 1 ? words.pop()! : '';
		return { participantID: s.id, firstname: words.join(' '), surname };
	});
	return `${JSON.stringify({ nodes, edges, locutions, participants }, null, '\t')}\n`;
}

function readRephrase(note: string | undefined): { scheme?: string } | undefined {
	if (note === undefined) return undefined;
	if (note === 'rephrase') return {};
	const match = /^rephrase: ([\s\S]+)$/.exec(note);
	return match ? { scheme: match[1] } : undefined;
}
