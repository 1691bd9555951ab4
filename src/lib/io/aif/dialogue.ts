import type { Claim, Speaker } from '../../model';
import { Ids, isObject, slugify, toId } from '../common';
import type { IoIssue } from '../types';
import type { AifGraph, AifNode } from './nodes';

/**
 * The dialogue: L, YA and TA nodes are never claims. An L node linked by a YA node to an I node
 * gives that claim its speaker (the participant of the L node's locution, else the
 * `Name : words` prefix of the L text) and its quote (the words, unless they equal the claim).
 * Sets `speaker` and `quote` on the claims; returns the speakers.
 */
export function readDialogue(
	aif: Record<string, unknown>,
	base: (string | number)[],
	graph: AifGraph,
	claims: Claim[],
	claimOf: Map<string, string>,
	warnings: IoIssue[]
): Speaker[] {
	const cast = new Cast();
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
		cast.byParticipant.set(String(pid), cast.add(toId(pid), name));
	});
	const locutionOf = readLocutions(aif.locutions);
	const claimIndex = new Map(claims.map((c, i) => [c.id, i]));
	const attributed = new Set<string>();
	for (const ya of graph.nodes.values()) {
		if (ya.type !== 'YA') continue;
		for (const l of graph.into(ya)) {
			if (l.type !== 'L') continue;
			for (const target of graph.outOf(ya)) {
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
				const { speaker, words } = cast.readLocution(l, locutionOf.get(l.id));
				if (speaker) claim.speaker = speaker.id;
				const quote = words.trim();
				if (quote && quote !== claim.text) claim.quote = quote;
			}
		}
	}
	return cast.speakers;
}

/** Who spoke each L node, by the node's id, from the `locutions` table. */
function readLocutions(raws: unknown): Map<string, { person?: string }> {
	const locutionOf = new Map<string, { person?: string }>();
	for (const raw of Array.isArray(raws) ? raws : []) {
		if (!isObject(raw)) continue;
		const nodeId = raw.nodeID;
		if (typeof nodeId !== 'string' && typeof nodeId !== 'number') continue;
		const person = raw.personID;
		locutionOf.set(
			String(nodeId),
			typeof person === 'string' || typeof person === 'number' ? { person: String(person) } : {}
		);
	}
	return locutionOf;
}

/** AIFdb writes an L node's text as `Speaker Name : the words`. */
const SPEAKER_PREFIX = /^\s*([^:\n]{1,120}?)\s+:\s+([\s\S]*)$/;

const sameName = (a: string, b: string) =>
	a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/** The speakers met so far, found by participant id or by name. */
class Cast {
	readonly speakers: Speaker[] = [];
	readonly byParticipant = new Map<string, Speaker>();
	private readonly byName = new Map<string, Speaker>();
	private readonly ids = new Ids();

	add(wanted: string, name: string): Speaker {
		const speaker: Speaker = { id: this.ids.take(wanted, 'speaker'), name, aliases: [] };
		this.speakers.push(speaker);
		if (!this.byName.has(name.toLowerCase())) this.byName.set(name.toLowerCase(), speaker);
		return speaker;
	}

	private named(name: string, wanted: string): Speaker {
		return this.byName.get(name.toLowerCase()) ?? this.add(wanted, name);
	}

	/** The speaker of an L node and the words spoken, without a prefix that names the speaker. */
	readLocution(
		node: AifNode,
		locution: { person?: string } | undefined
	): { speaker?: Speaker; words: string } {
		const prefixed = SPEAKER_PREFIX.exec(node.text);
		if (locution) {
			// The locution table says who spoke; the text's prefix, if it names that person, goes.
			const { person } = locution;
			let speaker = person === undefined ? undefined : this.byParticipant.get(person);
			if (person !== undefined && !speaker) {
				speaker = this.named(prefixed?.[1]?.trim() || `Participant ${person}`, person);
				this.byParticipant.set(person, speaker);
			}
			if (!speaker) return { words: node.text };
			const prefix = `${speaker.name} : `;
			if (node.text.startsWith(prefix)) return { speaker, words: node.text.slice(prefix.length) };
			if (prefixed && sameName(prefixed[1]!, speaker.name)) return { speaker, words: prefixed[2]! };
			return { speaker, words: node.text };
		}
		if (!prefixed) return { words: node.text };
		const name = prefixed[1]!.trim();
		return { speaker: this.named(name, slugify(name) || name), words: prefixed[2]! };
	}
}
