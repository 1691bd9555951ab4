import { withSafeLink, type Debate, type Relation } from '../../model';
import { Ids, readLinked } from '../common';
import { CLAIM_DATA_KEYS } from './data';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Escapes what Argdown would read as syntax: brackets, braces, tags, comments, backslashes. */
const escapeText = (text: string) =>
	text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[\\[\]<>{}#]/g, '\\$&')
		.replace(/\/(?=[/*])/g, '\\/');

const escapeTag = (tag: string) => escapeText(tag).replace(/[()]/g, '\\$&');

/** JSON that survives Argdown's lexer: no `/` (comments) and no `<`, `>` (HTML comments). */
const dataJson = (value: unknown) =>
	JSON.stringify(value).replace(/\//g, '\\/').replace(/</g, '\\u003c').replace(/>/g, '\\u003e');

/**
 * Argdown that reads back into the same debate:
 *
 * - Frontmatter: `title`, `subTitle` (question), `abstract` (summary), and the Crux keys `id`,
 *   `resolution`, `speakers`, `sources` (JSON, which is YAML too).
 * - Each claim: `[id]: text #(topic) {"kind": ..., "speaker": ..., ...}`, with the relations going
 *   out of it below: `+> [to]` supports, `-> [to]` rebuts, `_> <relation>` undercuts.
 * - A linked argument (relations with a shared `linked argument G` note): a premise-conclusion
 *   structure `<G>` with the premises, `----` and the conclusion.
 * - A relation that is undercut or has a note: a named relation, an argument marked
 *   `{"crux": "relation"}` whose description is the note, with `<+ [from]` (its premise) and one
 *   relation out of it. In Argdown terms it is the argument from `from` to `to`; undercuts attack
 *   it by name.
 *
 * Claim text is written on one line: line breaks inside it become spaces.
 */
export function serialize(debate: Debate): string {
	const out: string[] = ['==='];
	const yaml = (key: string, value: string | undefined) => {
		if (value !== undefined) out.push(`${key}: ${JSON.stringify(value)}`);
	};
	yaml('title', debate.title);
	yaml('subTitle', debate.question);
	yaml('abstract', debate.summary);
	yaml('id', debate.id);
	yaml('resolution', debate.resolution);
	if (debate.speakers.length) out.push(`speakers: ${JSON.stringify(debate.speakers)}`);
	if (debate.sources.length)
		out.push(`sources: ${JSON.stringify(debate.sources.map(withSafeLink))}`);
	out.push('===', '');

	const titles = new Ids();
	const undercut = new Set(debate.relations.filter((r) => r.kind === 'undercuts').map((r) => r.to));
	// Linked arguments with at least two premises become premise-conclusion structures.
	const groups = new Map<string, { title: string; extra?: string; relations: Relation[] }>();
	for (const relation of debate.relations) {
		const linked = relation.kind === 'supports' ? readLinked(relation.note) : undefined;
		if (!linked) continue;
		const key = `${linked.group}\u0000${relation.to}`;
		const group = groups.get(key) ?? { title: '', relations: [] };
		if (linked.extra !== undefined) group.extra = linked.extra;
		group.relations.push(relation);
		groups.set(key, group);
	}
	const groupOf = new Map<string, { title: string; extra?: string; relations: Relation[] }>();
	for (const [key, group] of groups) {
		if (group.relations.length < 2) continue;
		group.title = titles.take(key.split('\u0000')[0]!);
		for (const relation of group.relations) groupOf.set(relation.id, group);
	}
	const named = new Map<string, string>();
	for (const relation of debate.relations) {
		if (groupOf.has(relation.id)) continue;
		if (relation.note !== undefined || undercut.has(relation.id)) {
			named.set(relation.id, titles.take(relation.id));
		}
	}
	const statement = (id: string) => `[${escapeText(id)}]`;
	const argument = (title: string) => `<${escapeText(title)}>`;
	const targetOf = (relationId: string) =>
		argument(groupOf.get(relationId)?.title ?? named.get(relationId) ?? relationId);
	const line = (relation: Relation) =>
		relation.kind === 'supports'
			? `+> ${statement(relation.to)}`
			: relation.kind === 'rebuts'
				? `-> ${statement(relation.to)}`
				: `_> ${targetOf(relation.to)}`;

	const plain = new Map<string, string[]>();
	for (const relation of debate.relations) {
		if (groupOf.has(relation.id) || named.has(relation.id)) continue;
		const lines = plain.get(relation.from) ?? [];
		const written = line(relation);
		if (!lines.includes(written)) lines.push(written);
		plain.set(relation.from, lines);
	}

	for (const claim of debate.claims) {
		const data: Record<string, unknown> = {};
		if (oneLine(claim.text) !== claim.text) data.text = claim.text;
		if (claim.topics?.some((t) => oneLine(t) !== t)) data.topics = claim.topics;
		for (const key of CLAIM_DATA_KEYS) if (claim[key] !== undefined) data[key] = claim[key];
		const tags = (claim.topics ?? []).map((t) => ` #(${escapeTag(t)})`).join('');
		const json = Object.keys(data).length ? ` ${dataJson(data)}` : '';
		out.push(`${statement(claim.id)}: ${escapeText(claim.text)}${tags}${json}`);
		for (const relation of plain.get(claim.id) ?? []) out.push(`    ${relation}`);
		out.push('');
	}
	for (const group of new Set(groupOf.values())) {
		const description = group.extra?.trim() ? `: ${escapeText(group.extra)}` : '';
		out.push(`${argument(group.title)}${description}`, '');
		group.relations.forEach((relation, k) => out.push(`(${k + 1}) ${statement(relation.from)}`));
		out.push('----', `(${group.relations.length + 1}) ${statement(group.relations[0]!.to)}`, '');
	}
	for (const relation of debate.relations) {
		const title = named.get(relation.id);
		if (title === undefined) continue;
		const note = relation.note?.trim() ? `: ${escapeText(relation.note)}` : '';
		const marker =
			relation.note !== undefined && oneLine(relation.note) !== relation.note
				? { crux: 'relation', note: relation.note }
				: { crux: 'relation' };
		out.push(
			`${argument(title)}${note} ${dataJson(marker)}`,
			`    <+ ${statement(relation.from)}`,
			`    ${line(relation)}`,
			''
		);
	}
	return `${out.join('\n').trimEnd()}\n`;
}
