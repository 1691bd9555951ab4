import type { Claim } from '../../model';
import { Ids, fitText, isObject, joinNote, slugify, toId } from '../common';
import { applyData } from './data';
import type { Reading } from './read';
import type { Entry, RawRelation, Warn } from './syntax';

/** A reconstructed argument with at least one inference: an inference in Crux, not a claim. */
export const isInference = (entry: Entry) => !!entry.pcs?.steps.length;

/** The relations that end at and start at each argument, by its key. */
export function argumentEnds(rawRelations: RawRelation[]) {
	const toArgument = new Map<string, RawRelation[]>();
	const fromArgument = new Map<string, RawRelation[]>();
	for (const raw of rawRelations) {
		for (const [end, index] of [
			[raw.to, toArgument],
			[raw.from, fromArgument]
		] as const) {
			if (end.kind !== 'argument') continue;
			if (!index.has(end.key)) index.set(end.key, []);
			index.get(end.key)!.push(raw);
		}
	}
	return { toArgument, fromArgument };
}

/**
 * The arguments marked `{"crux": "relation"}` that are named relations: exactly one statement
 * supports each (`<+`) and one relation goes out of it. Any other marked argument is a warning and
 * is read as an argument.
 */
export function namedRelations(
	entries: Reading['entries'],
	{ toArgument, fromArgument }: ReturnType<typeof argumentEnds>,
	warn: Warn
): Set<string> {
	const marked = new Set<string>();
	for (const entry of entries.values()) {
		if (entry.kind !== 'argument') continue;
		const marker = entry.data.find((d) => isObject(d.value) && d.value.crux === 'relation');
		if (!marker) continue;
		if (entry.pcs) {
			warn(
				`<${entry.title}> is marked as a relation but has a premise-conclusion structure: read as an argument`,
				marker.line
			);
			continue;
		}
		const into = toArgument.get(entry.key) ?? [];
		const premises = into.filter((r) => r.type === 'support');
		const others = into.filter((r) => r.type !== 'support' && r.type !== 'undercut');
		const outs = fromArgument.get(entry.key) ?? [];
		if (
			premises.length === 1 &&
			outs.length === 1 &&
			!others.length &&
			outs[0]!.type !== 'contradiction'
		) {
			marked.add(entry.key);
		} else {
			warn(
				`<${entry.title}> is marked as a relation, which needs exactly one statement supporting it (<+) and one relation going out of it: read as an argument`,
				marker.line
			);
		}
	}
	return marked;
}

/**
 * The claims: every statement, and every argument that is neither an inference nor a named
 * relation, in the order they are defined (a claim only referred to: where it first appears),
 * with its topics (the heading above its definition, then its tags) and its data.
 */
export function buildClaims(
	entries: Reading['entries'],
	marked: Set<string>,
	known: { speakers: Set<string>; sources: Set<string> },
	ids: Ids,
	warn: Warn
) {
	const claims: Claim[] = [];
	const claimLines: number[] = [];
	const claimOfEntry = new Map<string, string>();
	// In the order they are defined (a claim only referred to: where it first appears).
	const ordered = [...entries.values()].sort(
		(a, b) => (a.texts[0]?.line ?? a.line) - (b.texts[0]?.line ?? b.line)
	);
	for (const entry of ordered) {
		if (entry.kind === 'argument' && (isInference(entry) || marked.has(entry.key))) continue;
		// The holder of a premise-conclusion structure without an inference line.
		if (entry.kind === 'argument' && entry.title === undefined) continue;
		const first = entry.texts[0];
		for (const other of entry.texts.slice(1)) {
			if (other.text !== first!.text) {
				warn(
					`${entry.kind === 'statement' ? `[${entry.title}]` : `<${entry.title}>`} has another text here; the first (line ${first!.line}) is kept`,
					other.line
				);
			}
		}
		const raw = first?.text ?? entry.title ?? '';
		const { text, full } = fitText(raw);
		const id =
			entry.title !== undefined
				? ids.take(toId(entry.title), 'statement')
				: ids.take(slugify(text) || 'statement');
		claimOfEntry.set(entry.key, id);
		const claim: Claim = { id, text: text || '(no text)' };
		if (!text) warn('an empty statement', entry.line);
		const topics = [...(entry.topic ? [entry.topic] : []), ...entry.tags].filter(
			(t, i, all) => all.indexOf(t) === i
		);
		if (topics.length) claim.topics = topics;
		applyData(claim, entry, known, warn);
		if (full) {
			claim.note = joinNote(claim.note, `Full text: ${full}`);
			warn('a statement longer than 500 characters is cut; its note keeps it whole', entry.line);
		}
		claims.push(claim);
		claimLines.push(first?.line ?? entry.line);
	}
	for (const entry of entries.values()) {
		if (entry.kind !== 'argument' || !(isInference(entry) || marked.has(entry.key))) continue;
		if (entry.tags.length) {
			warn(
				`the tags of <${entry.title}> (${entry.tags.map((t) => `#${t}`).join(' ')}) are not kept: it is an inference, not a claim`,
				entry.line
			);
		}
		for (const data of entry.data) {
			if (isObject(data.value) && data.value.crux === 'relation' && marked.has(entry.key)) {
				const unused = Object.keys(data.value).filter((k) => k !== 'crux' && k !== 'note');
				if (unused.length) {
					warn(`data Crux does not use: ${unused.map((k) => `"${k}"`).join(', ')}`, data.line);
				}
				continue;
			}
			warn(`the data of <${entry.title}> is ignored`, data.line);
		}
	}
	return { claims, claimLines, claimOfEntry };
}
