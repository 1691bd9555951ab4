import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '$lib/analysis';
import { buildBrief, choices, practiceItems } from '$lib/brief';
import { buildGraph, parseDebate, type ArgumentGraph } from '$lib/model';
import type { DebateInput } from '$lib/model/schema';
import { briefTarget, briefTargets } from '$lib/brief/target';
import { facets } from '$lib/view/filters';
import { within } from '$lib/view/neighbourhood';
import { claimRelations, glance } from '$lib/view/panel';
import { practiceRound, practiceStep } from '$lib/view/practice';
import { speakerRecords } from '$lib/view/speakers';
import { chronology, dateText } from '$lib/view/timeline';
import {
	asScenario,
	baseOf,
	isWhatIf,
	NO_WHAT_IF,
	verdictOf,
	whatIfParts,
	withBase,
	withVerdict
} from '$lib/view/what-if';

// r <- a (supports), r <- b (rebuts), b <- c (rebuts), u undercuts a->r, p (a position) supports r,
// d disconnected; ann speaks a, c and p; bob speaks b, u and d.
const input: DebateInput = {
	id: 'tiny',
	title: 'Tiny',
	resolution: 'r',
	speakers: [
		{ id: 'ann', name: 'Ann Lee' },
		{ id: 'bob', name: 'Bob Ortiz' },
		{ id: 'cy', name: 'Cy Silent' }
	],
	claims: [
		{ id: 'r', text: 'Renew the pact', kind: 'resolution' },
		{ id: 'a', text: 'Science gains', speaker: 'ann', topics: ['research'] },
		{ id: 'b', text: 'Theft risk', speaker: 'bob', topics: ['security'] },
		{ id: 'c', text: 'Risk is managed', speaker: 'ann', topics: ['security', 'research'] },
		{ id: 'u', text: 'Gains go one way', speaker: 'bob' },
		{ id: 'p', text: 'Renew it as it is', speaker: 'ann', kind: 'position' },
		{ id: 'd', text: 'Unrelated', speaker: 'bob' }
	],
	relations: [
		{ id: 'a-r', from: 'a', to: 'r', kind: 'supports' },
		{ id: 'b-r', from: 'b', to: 'r', kind: 'rebuts' },
		{ id: 'c-b', from: 'c', to: 'b', kind: 'rebuts' },
		{ id: 'u-ar', from: 'u', to: 'a-r', kind: 'undercuts' },
		{ id: 'p-r', from: 'p', to: 'r', kind: 'supports' }
	],
	events: [
		{ id: 'late', date: '2025-03-04', title: 'Later', claims: [] },
		{ id: 'year', date: '2024', title: 'A year', claims: [] },
		{ id: 'month', date: '2024-11', title: 'A month', claims: [] },
		{ id: 'same', date: '2024', title: 'Same year, after in the file', claims: [] }
	]
};

function graphOf(debate: DebateInput): ArgumentGraph {
	const parsed = parseDebate(debate);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return buildGraph(parsed.debate);
}
const graph = graphOf(input);
const bundled = () =>
	graphOf(JSON.parse(readFileSync('data/debates/sta-renewal.json', 'utf8')) as DebateInput);

describe('what-if', () => {
	it('takes a claim as rejected, accepted or argued, one verdict at a time', () => {
		let whatIf = withVerdict(NO_WHAT_IF, 'a', 'rejected');
		expect(verdictOf(whatIf, 'a')).toBe('rejected');
		whatIf = withVerdict(whatIf, 'a', 'accepted');
		expect(whatIf).toMatchObject({ rejected: [], accepted: ['a'] });
		expect(verdictOf(whatIf, 'a')).toBe('accepted');
		whatIf = withVerdict(whatIf, 'a', 'argued');
		expect(verdictOf(whatIf, 'a')).toBe('argued');
		expect(isWhatIf(whatIf)).toBe(false);
		expect(NO_WHAT_IF).toEqual({ rejected: [], accepted: [], base: [] });
	});

	it('sets base scores to two places and clears them', () => {
		let whatIf = withBase(NO_WHAT_IF, 'b', 0.8349);
		expect(baseOf(whatIf, 'b')).toBe(0.83);
		expect(baseOf(whatIf, 'a')).toBeNull();
		whatIf = withBase(whatIf, 'b', 0.2);
		expect(whatIf.base).toEqual([['b', 0.2]]);
		expect(isWhatIf(whatIf)).toBe(true);
		expect(withBase(whatIf, 'b', null).base).toEqual([]);
	});

	it('converts to the analysis scenario, which evaluates as the what-if says', () => {
		const whatIf = { rejected: ['c'], accepted: ['u'], base: [['b', 0.9]] as [string, number][] };
		expect(asScenario(whatIf)).toEqual({ rejected: ['c'], accepted: ['u'], base: { b: 0.9 } });
		const evaluation = evaluate(graph, { scenario: asScenario(whatIf) });
		expect(evaluation.scenario).toEqual({ rejected: ['c'], accepted: ['u'], base: { b: 0.9 } });
		expect(evaluation.labels.get('c')).toBe('out');
		expect(evaluation.labels.get('b')).toBe('in');
	});

	it('says what it sets in words', () => {
		expect(whatIfParts(NO_WHAT_IF)).toEqual([]);
		expect(
			whatIfParts({
				rejected: ['a', 'b'],
				accepted: [],
				base: [
					['c', 0.1],
					['d', 0.2]
				]
			})
		).toEqual(['2 rejected', '2 base scores set']);
		expect(whatIfParts({ rejected: [], accepted: ['a'], base: [['c', 0.1]] })).toEqual([
			'1 accepted',
			'1 base score set'
		]);
	});
});

describe('speakers', () => {
	it('lists speakers with claims, most first, with whom they support and rebut', () => {
		const records = speakerRecords(graph);
		expect(records.map((r) => r.speaker.id)).toEqual(['ann', 'bob']);
		const [ann, bob] = records;
		expect(ann!.claims.map((c) => c.id)).toEqual(['a', 'c', 'p']);
		expect(ann!.rebuts).toEqual([['bob', 1]]);
		expect(ann!.supports).toEqual([]);
		// b rebuts the resolution, which has no speaker; an undercut is neither.
		expect(bob!.rebuts).toEqual([]);
		expect(bob!.supports).toEqual([]);
	});
});

describe('the claim panel', () => {
	it('lists what a claim answers, an undercut by the link it attacks', () => {
		expect(claimRelations(graph, 'u').answering).toEqual([
			{ relation: graph.relations.get('u-ar'), claim: 'r', via: graph.relations.get('a-r') }
		]);
		expect(claimRelations(graph, 'c').answering).toEqual([
			{ relation: graph.relations.get('c-b'), claim: 'b' }
		]);
	});

	it('groups what answers a claim by kind, with undercuts of its own links', () => {
		expect(claimRelations(graph, 'a').answers).toEqual([
			{
				kind: 'undercuts',
				items: [{ relation: graph.relations.get('u-ar'), of: graph.relations.get('a-r') }]
			}
		]);
		const r = claimRelations(graph, 'r').answers;
		expect(r.map((g) => [g.kind, g.items.map((i) => i.relation.id)])).toEqual([
			['supports', ['a-r', 'p-r']],
			['rebuts', ['b-r']]
		]);
		expect(claimRelations(graph, 'd')).toEqual({ answering: [], answers: [] });
	});

	it('opens the debate at a glance: its size, and positions before claims, for before against', () => {
		const { counts, openers } = glance(graph);
		expect(counts).toBe('7 claims by 3 speakers: 2 supports, 2 rebuts, 1 undercuts.');
		expect(openers.map((o) => [o.id, o.kind, o.side])).toEqual([
			['p', 'supports', 'affirmative'],
			['a', 'supports', 'affirmative'],
			['b', 'rebuts', 'negative']
		]);
		expect(
			glance(graphOf({ ...input, claims: input.claims.slice(0, 1), relations: [] })).counts
		).toBe('1 claim by 3 speakers: 0 supports, 0 rebuts, 0 undercuts.');
	});
});

describe('filter facets', () => {
	it('offers speakers with claims, most first, and topics in order, each with its count', () => {
		const { speakers, topics } = facets(graph);
		expect(speakers).toEqual([
			{ id: 'ann', label: 'Ann Lee', count: 3 },
			{ id: 'bob', label: 'Bob Ortiz', count: 3 }
		]);
		expect(topics).toEqual([
			{ id: 'research', label: 'research', count: 2 },
			{ id: 'security', label: 'security', count: 2 }
		]);
	});
});

describe('timeline', () => {
	it('orders events by date, keeping the file order within a date', () => {
		expect(chronology(graph.debate.events).map((e) => e.id)).toEqual([
			'year',
			'same',
			'month',
			'late'
		]);
	});

	it('writes a year, a month or a day as a reader does', () => {
		expect(dateText('2025-03-04')).toBe('4 Mar 2025');
		expect(dateText('2024-11')).toBe('Nov 2024');
		expect(dateText('1977')).toBe('1977');
	});
});

describe('brief targets', () => {
	it('offers both sides, then each side’s positions, named by speaker', () => {
		const options = briefTargets(graph, (id) => (id === 'p' ? 'Ann Lee' : undefined));
		expect(options).toEqual([
			{ id: 'affirmative', side: 'affirmative' },
			{ id: 'negative', side: 'negative' },
			{ id: 'p', side: 'affirmative', position: { speaker: 'Ann Lee', text: 'Renew it as it is' } }
		]);
	});

	it('shortens a long position to 50 characters', () => {
		const long = 'x'.repeat(80);
		const g = graphOf({
			...input,
			claims: input.claims.map((c) => (c.id === 'p' ? { ...c, text: long } : c))
		});
		const option = briefTargets(g, () => undefined).find((o) => o.id === 'p');
		expect(option?.position?.text).toBe(`${'x'.repeat(49)}…`);
	});
});

describe('practice round', () => {
	const g = bundled();
	const all = practiceItems(buildBrief(g, briefTarget(g, 'affirmative')));

	it('asks the selected claim’s question, else the first, with seeded choices', () => {
		const first = practiceRound(g, 'affirmative', null, null);
		expect(first.items).toEqual(all);
		expect(first.index).toBe(0);
		expect(first.choices).toEqual(choices(all[0]!, g, 7));
		const third = practiceRound(g, 'affirmative', all[2]!.claim.id, null);
		expect(third.index).toBe(2);
		expect(third.item?.claim.id).toBe(all[2]!.claim.id);
	});

	it('keeps a focus’s questions near the selected claim', () => {
		const selected = all[0]!.claim.id;
		const near = within(g, selected, 1);
		const round = practiceRound(g, 'affirmative', selected, 1);
		expect(round.items.length).toBeGreaterThan(0);
		expect(round.items.length).toBeLessThan(all.length);
		expect(round.items).toEqual(all.filter((item) => near.has(item.claim.id)));
	});

	it('steps round the questions, both ways', () => {
		const round = practiceRound(g, 'affirmative', null, null);
		expect(practiceStep(round, 1)).toBe(all[1]!.claim.id);
		expect(practiceStep(round, -1)).toBe(all[all.length - 1]!.claim.id);
		const none = practiceRound(graph, 'negative', 'd', 1);
		expect(none.items).toEqual([]);
		expect(none.item).toBeUndefined();
		expect(practiceStep(none, 1)).toBeUndefined();
	});
});
