import type { Label } from '$lib/analysis';
import { safeUrl } from '$lib/model/url';
import type { Brief, BriefAttack, BriefClaim, BriefSource, SupportNode } from './types';

/** The reader's words for the labels, as on the cards. */
export const STANDING_WORDS: Record<Label, string> = { in: 'stands', out: 'falls', undec: 'open' };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * One line that sums a brief up: "3 positions and 2 other grounds; 7 attacks to answer, 5 of
 * them unanswered; 7 attacks of ours, 6 standing."
 */
export function briefSummary(brief: Brief): string {
	const { counts } = brief;
	const grounds = counts.lines - counts.positions;
	const lines = [
		counts.positions ? plural(counts.positions, 'position') : '',
		grounds ? plural(grounds, counts.positions ? 'other ground' : 'ground') : ''
	]
		.filter(Boolean)
		.join(' and ');
	const answer = counts.toAnswer
		? `${plural(counts.toAnswer, 'attack')} to answer, ${counts.unanswered} of them unanswered`
		: 'no attack to answer';
	const attacks = counts.ourAttacks
		? `${plural(counts.ourAttacks, 'attack')} of ours, ${counts.ourAttacksStanding} standing`
		: 'no attack of ours';
	return `${lines || 'No line of argument'}; ${answer}; ${attacks}.`;
}

/**
 * Who said it and where: "Peter Michelson, Professor; formerly worked for NASA · <source title>,
 * paragraph 30". With the brief's `sources`, the source is named by its number in that list:
 * "… · [1], paragraph 30".
 */
export function citation(claim: BriefClaim, sources?: BriefSource[]): string {
	const parts: string[] = [];
	if (claim.speaker) {
		const { name, role } = claim.speaker;
		parts.push(role ? `${name}, ${role}` : name);
	}
	const where: string[] = [];
	if (claim.source) {
		const n = sources?.findIndex((s) => s.id === claim.source!.id) ?? -1;
		where.push(n >= 0 ? `[${n + 1}]` : claim.source.title);
	}
	if (claim.paragraph !== null) where.push(`paragraph ${claim.paragraph}`);
	if (where.length) parts.push(where.join(', '));
	return parts.join(' · ');
}

/** A bibliography entry: "Title. Outlet, Author, 2024-03. https://…". */
export function sourceEntry(source: BriefSource): string {
	const by = [source.outlet, source.author, source.published].filter(Boolean).join(', ');
	return [source.title, by, safeUrl(source.url)].filter(Boolean).join('. ');
}

/** "stands, strength 0.94". */
export function standing(claim: BriefClaim): string {
	return `${STANDING_WORDS[claim.label]}, strength ${claim.strength.toFixed(2)}`;
}

/**
 * The brief as plain text in Markdown: headings, numbered entries, bullets for supports and
 * answers, each claim's text in full and its quote verbatim (in curly quotes) with the speaker,
 * source and paragraph, and the sources at the end. Fit for copy and paste, and for reading in a
 * test.
 */
export function briefAsText(brief: Brief): string {
	const out: string[] = [];
	const push = (...lines: string[]) => out.push(...lines);

	const cite = (claim: BriefClaim, indent: string) => {
		const source = citation(claim, brief.sources);
		if (claim.quote !== null) {
			push(`${indent}> “${claim.quote}”`);
			if (source) push(`${indent}> — ${source}`);
		} else if (source) {
			push(`${indent}(per ${source})`);
		}
	};

	const supports = (nodes: SupportNode[], more: number, indent: string) => {
		for (const node of nodes) {
			push(`${indent}- ${node.claim.text} (${standing(node.claim)})`);
			cite(node.claim, `${indent}  `);
			supports(node.supports, node.more, `${indent}  `);
		}
		if (more > 0) push(`${indent}- (${plural(more, 'more support')} in the map)`);
	};

	const effectWord = (effect: Label) =>
		effect === 'in' ? 'stands' : effect === 'out' ? 'fails' : 'is open';

	const attackEntry = (a: BriefAttack, i: number, mode: 'answer' | 'attack') => {
		const flag = mode === 'answer' && !a.answered ? 'UNANSWERED: ' : '';
		const who = a.attacker.speaker?.name ?? 'It';
		const whose = mode === 'answer' ? 'our' : 'their';
		push(`### ${i + 1}. ${flag}${a.attacker.text}`, '');
		push(
			`${who} ${a.kind} ${whose} claim; the attack ${effectWord(a.effect)} (the attacking claim ${standing(a.attacker)}).`
		);
		cite(a.attacker, '');
		push('', `Aimed at ${whose} claim: ${a.target.text} (${standing(a.target)})`);
		cite(a.target, '');
		if (a.targetRelation) {
			const { kind, to, toClaim } = a.targetRelation;
			const does = kind === 'supports' ? 'support' : kind === 'rebuts' ? 'rebut' : 'undercut';
			push(
				`The undercut: even if that is true, it does not ${does} this: ${toClaim ? toClaim.text : `relation ${to}`}`
			);
			if (toClaim) cite(toClaim, '');
		}
		push('');
		const heading = mode === 'answer' ? 'Our answers in the map' : 'Their replies in the map';
		if (!a.answers.length) {
			push(`${heading}: none.`, '');
			return;
		}
		push(`${heading}:`, '');
		for (const answer of a.answers) {
			push(
				`- ${answer.claim.text} (${answer.kind} it; the reply ${effectWord(answer.effect)}; the claim ${standing(answer.claim)})`
			);
			cite(answer.claim, '  ');
		}
		push('');
	};

	push(`# ${brief.title}`, '', briefSummary(brief), '');
	if (!brief.thesis) {
		push(`Motion: ${brief.focus.resolution.text} (${standing(brief.focus.resolution)})`);
		cite(brief.focus.resolution, '');
		push('');
	}

	push('## Our case', '');
	if (brief.thesis) {
		push(`Thesis: ${brief.thesis.claim.text} (${standing(brief.thesis.claim)})`);
		cite(brief.thesis.claim, '');
		push(`Why: ${brief.thesis.why}`, '');
	}
	if (!brief.ourCase.length) push('No line of argument in the map.', '');
	brief.ourCase.forEach((line, i) => {
		push(`### ${i + 1}. ${line.claim.text}`, '');
		push(`${line.role === 'position' ? 'Position' : 'Ground'}; ${standing(line.claim)}.`);
		cite(line.claim, '');
		push(`Why: ${line.why}`, '');
		if (line.supports.length) {
			push('Supported by:', '');
			supports(line.supports, line.more, '');
			push('');
		} else {
			push('No support in the map.', '');
		}
	});

	push('## What we must answer', '');
	if (!brief.toAnswer.length) push('Nothing: the other side attacks none of our claims.', '');
	brief.toAnswer.forEach((a, i) => attackEntry(a, i, 'answer'));

	push('## Our attacks', '');
	if (!brief.ourAttacks.length) push('None: we attack none of their claims.', '');
	brief.ourAttacks.forEach((a, i) => attackEntry(a, i, 'attack'));

	if (brief.sources.length) {
		push('## Sources', '');
		brief.sources.forEach((source, i) => push(`[${i + 1}] ${sourceEntry(source)}`));
	}

	return `${out
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trimEnd()}\n`;
}
