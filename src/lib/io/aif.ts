import type { Claim, Debate, DebateInput, Relation, RelationKind, Speaker } from '../model';
import {
	Ids,
	chooseResolution,
	failure,
	finish,
	fitText,
	groupIds,
	isObject,
	linkedNote,
	titleFromName,
	readLinked,
	slugify,
	stripBom,
	toId
} from './common';
import { parseJson, withPositions } from './json-text';
import type { IoIssue, IoResult, ParseOptions, Position } from './types';

/**
 * AIF JSON, the Argument Interchange Format as AIFdb and OVA write it. Two shapes are read:
 *
 * - AIFdb's flat `{"nodes", "edges", "locutions", "participants"}`;
 * - OVA3's `{"AIF": {nodes, edges, locutions, participants}, "OVA": {"nodes": [{nodeID, x, y}]},
 *   "text": ...}`, whose positions come back as `positions` to seed the layout.
 *
 * Mapping (node ids, strings or numbers, become Crux ids with white space replaced by `-`):
 *
 * - **I** node → a claim, with the node id as its id.
 * - **RA** node → one `supports` from each premise (I node into the RA) to each conclusion (I node
 *   out of it). The relation keeps the RA's id (`G`); with several premises the others are `G~2`,
 *   `G~3`, ... and all carry the note `linked argument G` (see `common.ts`), which the exporter
 *   reads to write one RA again. A scheme name other than "Default Inference" becomes the note
 *   (after `linked argument G: ` for a linked one).
 * - **CA** node → a `rebuts` from each attacker to each I node it points at; when it points at an
 *   RA, MA or CA node, an `undercuts` of *every* relation that node became (the inference of a
 *   linked argument is attacked as a whole, so each of its premise links is undercut). A scheme
 *   name other than "Default Conflict" becomes the note.
 * - **MA** node (rephrase) → a `supports` from its source to its target with the note `rephrase`
 *   (`rephrase: scheme` for a named scheme), so the reformulation stays in the map.
 * - **L**, **YA**, **TA** nodes are the dialogue: never claims. An L node linked by a YA node to
 *   an I node gives that claim its speaker (the participant of the L node's locution, else the
 *   `Name : words` prefix of the L text) and its quote (the words, unless they equal the claim).
 * - **PA** (preference) and unknown node types are warnings naming the node; their edges are
 *   ignored. An edge to or from a node that does not exist is an error naming the edge.
 */
export function parse(text: string, options: ParseOptions = {}): IoResult {
	const source = stripBom(text);
	const json = parseJson(source);
	if (!json.ok) return failure([json.issue]);
	const errors: IoIssue[] = [];
	const warnings: IoIssue[] = [];
	const done = (result: IoResult): IoResult =>
		result.ok
			? { ...result, warnings: withPositions(source, result.warnings) }
			: {
					ok: false,
					errors: withPositions(source, result.errors),
					warnings: withPositions(source, result.warnings)
				};

	const data = json.value;
	if (!isObject(data)) {
		return failure([
			{ message: 'an AIF file is a JSON object with "nodes" and "edges"', path: [] }
		]);
	}
	let aif: Record<string, unknown> = data;
	let base: string[] = [];
	let ova: unknown;
	const wrapper = ['AIF', 'aif'].find((key) => Object.hasOwn(data, key));
	if (wrapper) {
		const inner = data[wrapper];
		if (!isObject(inner)) {
			return done(
				failure([{ message: 'expected an object with "nodes" and "edges"', path: [wrapper] }])
			);
		}
		aif = inner;
		base = [wrapper];
		ova = data.OVA ?? data.ova;
	}
	if (!Array.isArray(aif.nodes)) {
		return done(
			failure([
				{
					message:
						aif.nodes === undefined
							? 'missing field "nodes" (expected an array of AIF nodes)'
							: '"nodes" is an array of AIF nodes',
					path: [...base, 'nodes']
				}
			])
		);
	}
	if (aif.edges !== undefined && !Array.isArray(aif.edges)) {
		return done(
			failure([{ message: '"edges" is an array of AIF edges', path: [...base, 'edges'] }])
		);
	}

	// Nodes ------------------------------------------------------------------------------------
	const nodes = new Map<string, AifNode>();
	aif.nodes.forEach((raw: unknown, index) => {
		const at = [...base, 'nodes', index];
		if (!isObject(raw)) {
			errors.push({ message: 'a node is an object with "nodeID", "type" and "text"', path: at });
			return;
		}
		const id = raw.nodeID;
		if (typeof id !== 'string' && typeof id !== 'number') {
			errors.push({
				message: id === undefined ? 'missing field "nodeID"' : 'a node id is a string or a number',
				path: [...at, 'nodeID']
			});
			return;
		}
		const key = String(id);
		const previous = nodes.get(key);
		if (previous) {
			errors.push({
				message: `duplicate node id "${key}": already used by nodes[${previous.index}]`,
				path: [...at, 'nodeID']
			});
			return;
		}
		if (typeof raw.type !== 'string') {
			errors.push({
				message: `node "${key}" has no type (expected "I", "RA", "CA", "MA", "L", "YA", "TA" or "PA")`,
				path: [...at, 'type']
			});
			return;
		}
		const nodeText = raw.text;
		if (nodeText !== undefined && nodeText !== null && typeof nodeText !== 'string') {
			if (typeof nodeText !== 'number') {
				errors.push({
					message: `the text of node "${key}" is not a string`,
					path: [...at, 'text']
				});
				return;
			}
		}
		nodes.set(key, {
			id: key,
			type: raw.type.trim().toUpperCase(),
			text: nodeText === undefined || nodeText === null ? '' : String(nodeText),
			index,
			path: at
		});
	});

	// Edges ------------------------------------------------------------------------------------
	const edges: AifEdge[] = [];
	((aif.edges as unknown[] | undefined) ?? []).forEach((raw, index) => {
		const at = [...base, 'edges', index];
		if (!isObject(raw)) {
			errors.push({ message: 'an edge is an object with "fromID" and "toID"', path: at });
			return;
		}
		const name =
			typeof raw.edgeID === 'string' || typeof raw.edgeID === 'number'
				? `edge "${raw.edgeID}"`
				: `edge ${index}`;
		const ends: string[] = [];
		for (const end of ['fromID', 'toID'] as const) {
			const value = raw[end];
			if (typeof value !== 'string' && typeof value !== 'number') {
				errors.push({
					message: `${name} has no ${end} (expected a node id)`,
					path: [...at, end]
				});
			} else if (!nodes.has(String(value))) {
				errors.push({
					message: `${name} ${end === 'fromID' ? 'comes from' : 'goes to'} "${value}", which is no node`,
					path: [...at, end]
				});
			} else ends.push(String(value));
		}
		if (ends.length === 2) edges.push({ from: ends[0]!, to: ends[1]!, index });
	});
	if (errors.length) return done(failure(errors, warnings));

	// Node types ---------------------------------------------------------------------------------
	const ignored = new Set<string>();
	for (const node of nodes.values()) {
		if (KNOWN.has(node.type)) {
			if (node.type === 'PA') {
				ignored.add(node.id);
				warnings.push({
					message: `node "${node.id}" is a preference (PA): Crux has no preferences, so it is ignored`,
					path: node.path
				});
			}
			continue;
		}
		ignored.add(node.id);
		warnings.push({
			message: `node "${node.id}" has the unknown type "${node.type}": it is ignored, with its edges`,
			path: [...node.path, 'type']
		});
	}
	const incoming = new Map<string, AifNode[]>();
	const outgoing = new Map<string, AifNode[]>();
	for (const edge of edges) {
		if (ignored.has(edge.from) || ignored.has(edge.to) || edge.from === edge.to) continue;
		const from = nodes.get(edge.from)!;
		const to = nodes.get(edge.to)!;
		if (!outgoing.has(from.id)) outgoing.set(from.id, []);
		if (!incoming.has(to.id)) incoming.set(to.id, []);
		outgoing.get(from.id)!.push(to);
		incoming.get(to.id)!.push(from);
	}
	const into = (node: AifNode) => incoming.get(node.id) ?? [];
	const outOf = (node: AifNode) => outgoing.get(node.id) ?? [];

	// Claims -----------------------------------------------------------------------------------
	const ids = new Ids();
	const claims: Claim[] = [];
	const claimPaths: (string | number)[][] = [];
	const claimOf = new Map<string, string>();
	for (const node of nodes.values()) {
		if (node.type !== 'I') continue;
		const id = ids.take(toId(node.id, 'i'));
		claimOf.set(node.id, id);
		const { text, full } = fitText(node.text);
		const claim: Claim = { id, text: text || '(no text)' };
		if (!text) {
			warnings.push({ message: `I node "${node.id}" has no text`, path: [...node.path, 'text'] });
		}
		if (full) {
			claim.note = `Full text: ${full}`;
			warnings.push({
				message: `the text of I node "${node.id}" is longer than 500 characters: it is cut, and kept whole in the claim's note`,
				path: [...node.path, 'text']
			});
		}
		claims.push(claim);
		claimPaths.push(node.path);
	}
	if (!claims.length) {
		return done(
			failure(
				[
					{
						message: 'no I node: an AIF map needs at least one I node to become a claim',
						path: [...base, 'nodes']
					}
				],
				warnings
			)
		);
	}

	// Speakers and quotes ------------------------------------------------------------------------
	const speakers: Speaker[] = [];
	const speakerIds = new Ids();
	const byParticipant = new Map<string, Speaker>();
	const byName = new Map<string, Speaker>();
	const addSpeaker = (wanted: string, name: string) => {
		const speaker: Speaker = { id: speakerIds.take(wanted, 'speaker'), name, aliases: [] };
		speakers.push(speaker);
		if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), speaker);
		return speaker;
	};
	const participants = Array.isArray(aif.participants) ? aif.participants : [];
	participants.forEach((raw: unknown, index) => {
		const pid = isObject(raw) ? raw.participantID : undefined;
		if (!isObject(raw) || (typeof pid !== 'string' && typeof pid !== 'number')) {
			warnings.push({
				message: 'a participant without "participantID" is ignored',
				path: [...base, 'participants', index]
			});
			return;
		}
		const name =
			[raw.firstname, raw.surname]
				.filter((part): part is string => typeof part === 'string')
				.map((part) => part.trim())
				.filter(Boolean)
				.join(' ') || `Participant ${pid}`;
		byParticipant.set(String(pid), addSpeaker(toId(pid), name));
	});
	const locutionOf = new Map<string, { person?: string }>();
	const locutions = Array.isArray(aif.locutions) ? aif.locutions : [];
	for (const raw of locutions) {
		if (!isObject(raw)) continue;
		const nodeId = raw.nodeID;
		if (typeof nodeId !== 'string' && typeof nodeId !== 'number') continue;
		const person = raw.personID;
		locutionOf.set(
			String(nodeId),
			typeof person === 'string' || typeof person === 'number' ? { person: String(person) } : {}
		);
	}
	const claimIndex = new Map(claims.map((c, i) => [c.id, i]));
	const attributed = new Set<string>();
	for (const ya of nodes.values()) {
		if (ya.type !== 'YA') continue;
		for (const l of into(ya)) {
			if (l.type !== 'L') continue;
			for (const target of outOf(ya)) {
				if (target.type !== 'I') continue;
				const claim = claims[claimIndex.get(claimOf.get(target.id)!)!]!;
				if (attributed.has(claim.id)) {
					warnings.push({
						message: `I node "${target.id}" is asserted by several locutions; the first gives its speaker and quote, L node "${l.id}" is not used`,
						path: l.path
					});
					continue;
				}
				attributed.add(claim.id);
				const { speaker, words } = readLocution(
					l,
					locutionOf.get(l.id),
					byParticipant,
					byName,
					addSpeaker
				);
				if (speaker) claim.speaker = speaker.id;
				const quote = words.trim();
				if (quote && quote !== claim.text) claim.quote = quote;
			}
		}
	}

	// Relations --------------------------------------------------------------------------------
	const relations: Relation[] = [];
	const relationPaths: (string | number)[][] = [];
	/** The Crux relation ids each RA, MA or CA node became. */
	const made = new Map<string, string[]>();
	const inference = (node: AifNode) =>
		node.type === 'RA' || node.type === 'MA' || node.type === 'CA';
	const push = (relation: Relation, node: AifNode) => {
		relations.push(relation);
		relationPaths.push(node.path);
	};

	for (const node of nodes.values()) {
		if (node.type !== 'RA' && node.type !== 'MA') continue;
		const premises = into(node).filter((n) => n.type === 'I');
		const conclusions = outOf(node).filter((n) => n.type === 'I');
		// A CA into an RA is an undercut; anything else between inferences has no Crux form.
		const linkedInferences = [
			...into(node).filter((n) => n.type === 'RA' || n.type === 'MA'),
			...outOf(node).filter(inference)
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
		const linked = premises.length > 1;
		const relationIds = groupIds(ids, toId(node.id, 's'), premises.length * conclusions.length);
		const note =
			node.type === 'MA'
				? scheme
					? `rephrase: ${scheme}`
					: 'rephrase'
				: linked
					? linkedNote(relationIds[0]!, scheme)
					: scheme;
		const mine: string[] = [];
		let k = 0;
		for (const conclusion of conclusions) {
			for (const premise of premises) {
				const relation: Relation = {
					id: relationIds[k++]!,
					from: claimOf.get(premise.id)!,
					to: claimOf.get(conclusion.id)!,
					kind: 'supports'
				};
				if (note) relation.note = note;
				if (relation.from === relation.to) {
					warnings.push({
						message: `${node.type} node "${node.id}" joins I node "${premise.id}" to itself: that link is ignored`,
						path: node.path
					});
					continue;
				}
				push(relation, node);
				mine.push(relation.id);
			}
		}
		made.set(node.id, mine);
	}

	// CA nodes, which may attack each other: the relations of a CA are computed on demand.
	const resolving = new Set<string>();
	const conflict = (node: AifNode): string[] => {
		const known = made.get(node.id);
		if (known) return known;
		if (resolving.has(node.id)) return [];
		resolving.add(node.id);
		const attackers = into(node).filter((n) => n.type === 'I');
		const targets = outOf(node);
		for (const other of into(node)) {
			// A CA into a CA is an undercut of it; only RA and MA nodes have no place here.
			if (other.type === 'RA' || other.type === 'MA') {
				warnings.push({
					message: `CA node "${node.id}" is attacked through ${other.type} node "${other.id}": only I nodes attack, so that link is ignored`,
					path: node.path
				});
			}
		}
		const ends: { to: string; kind: RelationKind }[] = [];
		for (const target of targets) {
			if (target.type === 'I') ends.push({ to: claimOf.get(target.id)!, kind: 'rebuts' });
			else if (inference(target)) {
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
		const relationIds = groupIds(ids, toId(node.id, 's'), attackers.length * ends.length);
		const note = attackers.length > 1 ? linkedNote(relationIds[0]!, scheme) : scheme;
		const mine: string[] = [];
		let k = 0;
		for (const end of ends) {
			for (const attacker of attackers) {
				const relation: Relation = {
					id: relationIds[k++]!,
					from: claimOf.get(attacker.id)!,
					to: end.to,
					kind: end.kind
				};
				if (note) relation.note = note;
				if (relation.from === relation.to) {
					warnings.push({
						message: `CA node "${node.id}" makes I node "${attacker.id}" attack itself: that link is ignored`,
						path: node.path
					});
					continue;
				}
				push(relation, node);
				mine.push(relation.id);
			}
		}
		made.set(node.id, mine);
		resolving.delete(node.id);
		return mine;
	};
	for (const node of nodes.values()) if (node.type === 'CA') conflict(node);

	// Positions (OVA3) ---------------------------------------------------------------------------
	const positions = new Map<string, Position>();
	if (isObject(ova) && Array.isArray(ova.nodes)) {
		for (const raw of ova.nodes) {
			if (!isObject(raw)) continue;
			const id = raw.nodeID;
			const x = Number(raw.x);
			const y = Number(raw.y);
			if (typeof id !== 'string' && typeof id !== 'number') continue;
			const claim = claimOf.get(String(id));
			if (claim && Number.isFinite(x) && Number.isFinite(y)) positions.set(claim, { x, y });
		}
	}

	const title = titleFromName(options.name) ?? 'Imported AIF argument map';
	const input: DebateInput = {
		id: slugify(title) || 'aif-import',
		title,
		speakers,
		claims,
		relations
	};
	const resolution = chooseResolution(input, warnings);
	if (resolution) input.resolution = resolution;
	return done(
		finish(
			input,
			warnings,
			(section, index) => {
				const path = section === 'claims' ? claimPaths[index] : relationPaths[index];
				return path ? { path } : undefined;
			},
			positions
		)
	);
}

interface AifNode {
	id: string;
	type: string;
	text: string;
	index: number;
	path: (string | number)[];
}

interface AifEdge {
	from: string;
	to: string;
	index: number;
}

const KNOWN = new Set(['I', 'L', 'RA', 'CA', 'MA', 'TA', 'YA', 'PA']);

const DEFAULT_SCHEME = /^(?:default (?:inference|conflict|rephrase)|ra|ca|ma|)$/i;

/** The scheme an S node names, unless it is the default one. */
function schemeOf(node: AifNode): string | undefined {
	const text = node.text.trim();
	return DEFAULT_SCHEME.test(text) ? undefined : text;
}

/** AIFdb writes an L node's text as `Speaker Name : the words`. */
const SPEAKER_PREFIX = /^\s*([^:\n]{1,120}?)\s+:\s+([\s\S]*)$/;

function readLocution(
	node: AifNode,
	locution: { person?: string } | undefined,
	byParticipant: Map<string, Speaker>,
	byName: Map<string, Speaker>,
	addSpeaker: (wanted: string, name: string) => Speaker
): { speaker?: Speaker; words: string } {
	const prefixed = SPEAKER_PREFIX.exec(node.text);
	if (locution) {
		// The locution table says who spoke; the text's prefix, if it names that person, goes.
		let speaker = locution.person === undefined ? undefined : byParticipant.get(locution.person);
		if (locution.person !== undefined && !speaker) {
			const name = prefixed?.[1]?.trim() || `Participant ${locution.person}`;
			speaker = byName.get(name.toLowerCase()) ?? addSpeaker(locution.person, name);
			byParticipant.set(locution.person, speaker);
		}
		if (!speaker) return { words: node.text };
		const prefix = `${speaker.name} : `;
		if (node.text.startsWith(prefix)) return { speaker, words: node.text.slice(prefix.length) };
		if (prefixed && sameName(prefixed[1]!, speaker.name)) return { speaker, words: prefixed[2]! };
		return { speaker, words: node.text };
	}
	if (!prefixed) return { words: node.text };
	const name = prefixed[1]!.trim();
	const speaker = byName.get(name.toLowerCase()) ?? addSpeaker(slugify(name) || name, name);
	return { speaker, words: prefixed[2]! };
}

const sameName = (a: string, b: string) =>
	a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

// Export -------------------------------------------------------------------------------------

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
