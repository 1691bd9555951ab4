import type { Debate } from '../model/schema';

const MAX_ID = 200;
const SLUG_LENGTH = 40;

/**
 * The ids a new claim, relation or event must avoid: the three share one namespace, so that an
 * undercut's `to` and a link's fragment always name exactly one thing.
 */
export function takenIds(debate: Debate): Set<string> {
	const taken = new Set<string>();
	for (const section of [debate.claims, debate.relations, debate.events]) {
		for (const item of section) taken.add(item.id);
	}
	return taken;
}

/**
 * A readable id from a claim's words: lowercase letters and digits of any script joined by `-`,
 * cut after the word that reaches 40 characters. Accents go, so "Générale" reads "generale".
 */
export function slug(text: string, fallback = 'claim'): string {
	const words = text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
	let out = '';
	for (const word of words) {
		if (out.length >= SLUG_LENGTH) break;
		out = out ? `${out}-${word}` : word;
	}
	// A script written without spaces makes one long word.
	return cut(out, SLUG_LENGTH * 2) || fallback;
}

/** At most `max` UTF-16 units (what the schema counts), never half of a surrogate pair. */
function cut(text: string, max: number): string {
	const head = text.slice(0, max);
	return /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
}

/**
 * `wanted` when it is free, else `wanted-2`, `wanted-3`, ...: the same document and words always
 * give the same id, so a redone edit recreates the ids its undo removed. Adds the id to `taken`.
 */
export function uniqueId(wanted: string, taken: Set<string>): string {
	let id = cut(wanted, MAX_ID);
	for (let n = 2; taken.has(id); n++) {
		const suffix = `-${n}`;
		id = cut(wanted, MAX_ID - suffix.length) + suffix;
	}
	taken.add(id);
	return id;
}
