import type { ArgumentGraph } from '../model/graph';
import type { Relation } from '../model/schema';
import type { Evaluation } from './evaluate';

/** A claim's text cut to `max` characters at a word boundary, in curly quotes. */
export function quoteClaim(graph: ArgumentGraph, id: string, max = 60): string {
	const text = (graph.claims.get(id)?.text ?? id).replace(/\s+/g, ' ').trim();
	return `“${shorten(text, max)}”`;
}

export function shorten(text: string, max = 60): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

const rebuttalsOf = (graph: ArgumentGraph, id: string): Relation[] =>
	(graph.incoming.get(id) ?? []).filter((r) => r.kind === 'rebuts');

/**
 * Why a claim has its grounded label, in one plain sentence that names the claims responsible by
 * their (shortened) text: "in: nothing rebuts it", "in: every rebuttal of it is out (“…” is
 * out)", "out: rebutted by “…”, which stands", "undecided: “…” and “…” rebut each other",
 * "out: rejected in this what-if".
 */
export function explainLabel(
	graph: ArgumentGraph,
	evaluation: Evaluation,
	claimId: string
): string {
	const label = evaluation.labels.get(claimId);
	if (label === undefined) return `unknown claim "${claimId}"`;
	const q = (id: string) => quoteClaim(graph, id);
	const { rejected, accepted } = evaluation.scenario;
	if (rejected.includes(claimId)) return 'out: rejected in this what-if';
	if (accepted.includes(claimId)) return 'in: accepted in this what-if, whatever rebuts it';
	const labelOf = (id: string) => evaluation.labels.get(id) ?? 'undec';
	const effect = (relation: Relation) => evaluation.relationLabels.get(relation.id) ?? 'undec';
	const rebuttals = rebuttalsOf(graph, claimId);
	/** An undercut of `relation` with the given effect, if any. */
	const undercutWith = (relation: Relation, wanted: string) =>
		(graph.undercuts.get(relation.id) ?? []).find((u) => effect(u) === wanted);

	if (label === 'in') {
		if (!rebuttals.length) return 'in: nothing rebuts it';
		const reasons = rebuttals.slice(0, 3).map((r) => {
			if (rejected.includes(r.from)) return `${q(r.from)} is rejected in this what-if`;
			if (labelOf(r.from) === 'out') return `${q(r.from)} is out`;
			const undercut = undercutWith(r, 'in');
			return undercut
				? `the rebuttal by ${q(r.from)} is undercut by ${q(undercut.from)}`
				: `${q(r.from)} is out`;
		});
		if (rebuttals.length > 3) reasons.push(`${rebuttals.length - 3} more`);
		return `in: every rebuttal of it is out (${reasons.join('; ')})`;
	}

	if (label === 'out') {
		const standing = rebuttals.filter((r) => effect(r) === 'in');
		const first = standing[0];
		if (!first) return 'out';
		const why = accepted.includes(first.from) ? 'accepted in this what-if' : 'which stands';
		const more =
			standing.length > 1
				? ` (and ${standing.length - 1} more ${standing.length === 2 ? 'rebuttal stands' : 'rebuttals stand'})`
				: '';
		return `out: rebutted by ${q(first.from)}, ${why}${more}`;
	}

	// Undecided: some rebuttal is undecided and none stands.
	const cycle = rebuttalCycle(graph, evaluation, claimId);
	if (cycle) return `undecided: ${describeCycle(cycle, q)}`;
	const open = rebuttals.find((r) => effect(r) === 'undec');
	if (!open) return 'undecided';
	if (labelOf(open.from) === 'undec') {
		const theirs = rebuttalCycle(graph, evaluation, open.from);
		return `undecided: rebutted by ${q(open.from)}, which is itself undecided${
			theirs ? ` (${describeCycle(theirs, q)})` : ''
		}`;
	}
	const undercut = undercutWith(open, 'undec');
	return undercut
		? `undecided: rebutted by ${q(open.from)}, but that rebuttal is undercut by ${q(undercut.from)}, which is undecided`
		: `undecided: rebutted by ${q(open.from)}, whose rebuttal is itself in doubt`;
}

function describeCycle(cycle: string[], q: (id: string) => string): string {
	if (cycle.length === 2) return `${q(cycle[0]!)} and ${q(cycle[1]!)} rebut each other`;
	// cycle[i + 1] rebuts cycle[i]: read it backwards so that each one rebuts the next.
	const forward = [cycle[0]!, ...cycle.slice(1).reverse()].map(q);
	return `it is caught in a circle of rebuttals: ${forward[0]} rebuts ${forward
		.slice(1)
		.join(', which rebuts ')}, which rebuts ${forward[0]}`;
}

/**
 * The shortest circle of undecided rebuttals through `claimId`, if there is one: `[claimId, a1,
 * a2, …]` where a1 rebuts claimId, a2 rebuts a1, …, and claimId rebuts the last.
 */
function rebuttalCycle(
	graph: ArgumentGraph,
	evaluation: Evaluation,
	claimId: string
): string[] | undefined {
	const previous = new Map<string, string>([[claimId, '']]);
	const queue = [claimId];
	for (let head = 0; head < queue.length; head++) {
		const at = queue[head]!;
		for (const r of rebuttalsOf(graph, at)) {
			if (evaluation.relationLabels.get(r.id) !== 'undec') continue;
			if (evaluation.labels.get(r.from) !== 'undec') continue;
			if (r.from === claimId) {
				const path = [at];
				for (let p = previous.get(at)!; p; p = previous.get(p)!) path.push(p);
				return path.reverse();
			}
			if (previous.has(r.from)) continue;
			previous.set(r.from, at);
			queue.push(r.from);
		}
	}
	return undefined;
}
