import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { debateReport } from '$lib/analysis';
import {
	briefAsText,
	buildBrief,
	choices,
	practiceItems,
	type Brief,
	type BriefAttack,
	type BriefClaim,
	type SupportNode
} from '$lib/brief';
import { buildGraph, opposite, type ArgumentGraph } from '$lib/model';
import type { Debate, DebateInput, Side } from '$lib/model/schema';
import { claim, graphOf, loadBundled } from '../support/fixtures';
import { generateDebate } from '../support/generate';

// --- Helpers ------------------------------------------------------------------------------------

/** Every support node under the given ones, depth first. */
function allSupports(nodes: SupportNode[]): SupportNode[] {
	return nodes.flatMap((n) => [n, ...allSupports(n.supports)]);
}

/** Every claim a brief mentions anywhere, with duplicates. */
function mentionedClaims(brief: Brief): BriefClaim[] {
	const out: BriefClaim[] = [brief.focus.resolution];
	if (brief.focus.position) out.push(brief.focus.position);
	if (brief.thesis) out.push(brief.thesis.claim);
	for (const line of brief.ourCase) {
		out.push(line.claim, ...allSupports(line.supports).map((n) => n.claim));
	}
	for (const a of [...brief.toAnswer, ...brief.ourAttacks]) {
		out.push(a.attacker, a.target, ...a.answers.map((x) => x.claim));
		if (a.targetRelation?.toClaim) out.push(a.targetRelation.toClaim);
	}
	return out;
}

const ids = (attacks: BriefAttack[]) => attacks.map((a) => a.relation);
const attackers = (attacks: BriefAttack[]) => attacks.map((a) => a.attacker.id);

/** The claim an attack aims at: a rebut's target, or the source of the relation undercut. */
function targetOf(graph: ArgumentGraph, relationId: string): string | undefined {
	const r = graph.relations.get(relationId)!;
	return r.kind === 'rebuts' ? r.to : graph.relations.get(r.to)?.from;
}

/** A generated debate in which some claims carry a quote, a source and a paragraph. */
function generated(n: number, seed: number): Debate {
	const debate = generateDebate(n, seed);
	return {
		...debate,
		sources: [{ id: 'src', title: 'Generated source' }],
		claims: debate.claims.map((c, i) =>
			i % 3 === 1
				? { ...c, quote: `words of ${c.id}, said “verbatim”`, source: 'src', paragraph: i + 1 }
				: c
		)
	};
}

// --- A small debate, read by hand --------------------------------------------------------------

/**
 * res: "Renew the agreement" (the resolution).
 * Affirmative: pos-a (a position) supports res; a1..a4 support pos-a, a11 supports a1; y rebuts
 * x; w undercuts pos-n's rebuttal of res.
 * Negative: pos-n (a position) rebuts res, n1 supports it; x rebuts pos-a (answered by y); z
 * rebuts a1 (unanswered); u undercuts a2's support of pos-a (unanswered).
 */
const SMALL: DebateInput = {
	id: 'small',
	title: 'Small',
	resolution: 'res',
	sources: [{ id: 'art', title: 'The article' }],
	speakers: [
		{ id: 'alice', name: 'Alice Ames', role: 'Professor' },
		{ id: 'bob', name: 'Bob Brown' }
	],
	claims: [
		{ id: 'res', text: 'Renew the agreement.', kind: 'resolution' },
		{
			id: 'pos-a',
			text: 'Keep it: science gains.',
			kind: 'position',
			speaker: 'alice',
			quote: 'science gains from it',
			source: 'art',
			paragraph: 3
		},
		{ id: 'a1', text: 'Joint papers are cited more.', speaker: 'alice', quote: 'cited more' },
		{ id: 'a2', text: 'Exchanges train students.', quote: 'train students' },
		{ id: 'a3', text: 'Labs share instruments.' },
		{ id: 'a4', text: 'Data flows both ways.', quote: 'both ways', source: 'art', paragraph: 5 },
		{ id: 'a11', text: 'A citation study shows it.', kind: 'evidence', quote: 'a study' },
		{
			id: 'pos-n',
			text: 'End it: it leaks secrets.',
			kind: 'position',
			speaker: 'bob',
			quote: 'it leaks secrets',
			source: 'art',
			paragraph: 7
		},
		{ id: 'n1', text: 'Three cases of theft.', kind: 'evidence', speaker: 'bob', quote: 'three' },
		{ id: 'x', text: 'Science gains little.', speaker: 'bob', quote: 'gains little' },
		{ id: 'y', text: 'The gains are measured.', speaker: 'alice', quote: 'measured' },
		{ id: 'z', text: 'Citations are gamed.', speaker: 'bob', quote: 'gamed' },
		{ id: 'u', text: 'Students would train anyway.', speaker: 'bob' },
		{ id: 'w', text: 'Leaks happen without the agreement too.', speaker: 'alice' }
	],
	relations: [
		{ id: 'pos-a>res', from: 'pos-a', to: 'res', kind: 'supports' },
		{ id: 'a1>pos-a', from: 'a1', to: 'pos-a', kind: 'supports' },
		{ id: 'a2>pos-a', from: 'a2', to: 'pos-a', kind: 'supports' },
		{ id: 'a3>pos-a', from: 'a3', to: 'pos-a', kind: 'supports' },
		{ id: 'a4>pos-a', from: 'a4', to: 'pos-a', kind: 'supports' },
		{ id: 'a11>a1', from: 'a11', to: 'a1', kind: 'supports' },
		{ id: 'pos-n>res', from: 'pos-n', to: 'res', kind: 'rebuts' },
		{ id: 'n1>pos-n', from: 'n1', to: 'pos-n', kind: 'supports' },
		{ id: 'x>pos-a', from: 'x', to: 'pos-a', kind: 'rebuts' },
		{ id: 'y>x', from: 'y', to: 'x', kind: 'rebuts' },
		{ id: 'z>a1', from: 'z', to: 'a1', kind: 'rebuts' },
		{ id: 'u>a2', from: 'u', to: 'a2>pos-a', kind: 'undercuts' },
		{ id: 'w>pos-n', from: 'w', to: 'pos-n>res', kind: 'undercuts' }
	]
};

describe('a small debate, read by hand', () => {
	const graph = graphOf(SMALL);

	it('briefs the affirmative: thesis, position with its strongest supports, attacks both ways', () => {
		const brief = buildBrief(graph, { side: 'affirmative' });
		expect(brief.title).toBe('Brief for the affirmative: Renew the agreement');
		expect(brief.focus.side).toBe('affirmative');
		expect(brief.focus.position).toBeNull();
		expect(brief.thesis?.claim.id).toBe('res');
		// w's undercut cancels pos-n's rebuttal: the resolution stands.
		expect(brief.thesis?.claim.label).toBe('in');

		// One line: pos-a (w only undercuts, it answers no claim directly).
		expect(brief.ourCase.map((l) => [l.role, l.claim.id])).toEqual([['position', 'pos-a']]);
		const [line] = brief.ourCase;
		expect(line!.claim).toMatchObject({
			speaker: { id: 'alice', name: 'Alice Ames', role: 'Professor' },
			quote: 'science gains from it',
			source: { id: 'art', title: 'The article' },
			paragraph: 3
		});
		// a1, a3, a4 each pass on 0.5; a2 only 0.25 (u undercuts it by half): a2 is left out. Among
		// the equal three, the quoted ones come first, then file order.
		expect(line!.supports.map((s) => [s.claim.id, s.weight])).toEqual([
			['a1', 0.5],
			['a4', 0.5],
			['a3', 0.5]
		]);
		expect(line!.more).toBe(1);
		expect(line!.supports[0]!.supports.map((s) => s.claim.id)).toEqual(['a11']);
		expect(line!.attackedBy).toEqual(['x>pos-a']);
		expect(line!.supports[0]!.attackedBy).toEqual(['z>a1']);

		// To answer: z and u are unanswered (listed first, in file order since they tie), then the
		// answered ones: pos-n's rebuttal of the resolution (undercut by w) and x (rebutted by y).
		expect(ids(brief.toAnswer)).toEqual(['z>a1', 'u>a2', 'pos-n>res', 'x>pos-a']);
		expect(brief.toAnswer.map((a) => a.answered)).toEqual([false, false, true, true]);
		const [z, u, posN, x] = brief.toAnswer;
		expect(z).toMatchObject({ kind: 'rebuts', target: { id: 'a1' }, stands: true, answers: [] });
		expect(u).toMatchObject({
			kind: 'undercuts',
			target: { id: 'a2' },
			targetRelation: { id: 'a2>pos-a', kind: 'supports', to: 'pos-a', toClaim: { id: 'pos-a' } },
			stands: true
		});
		expect(posN!.answers.map((a) => [a.kind, a.claim.id, a.stands])).toEqual([
			['undercuts', 'w', true]
		]);
		expect(posN!.stands).toBe(false);
		expect(posN!.attacker.label).toBe('in');
		expect(x!.answers.map((a) => [a.kind, a.claim.id])).toEqual([['rebuts', 'y']]);
		expect(x!.attacker.label).toBe('out');

		// Our attacks: w's undercut of pos-n (depth 1) before y's rebuttal of x (depth 2).
		expect(ids(brief.ourAttacks)).toEqual(['w>pos-n', 'y>x']);
		expect(brief.ourAttacks.every((a) => a.stands && !a.answered)).toBe(true);

		expect(brief.counts).toEqual({
			lines: 1,
			positions: 1,
			supports: 4,
			toAnswer: 4,
			unanswered: 2,
			standingAgainstUs: 2,
			ourAttacks: 2,
			ourAttacksStanding: 2,
			claims: brief.claims.length
		});
		// Every claim but n1 (the negative's support, which nothing here mentions); a2 is not among
		// the three strongest supports, but it is mentioned as the target of u's undercut.
		expect(brief.claims.map((c) => c.id)).toEqual(
			SMALL.claims.map((c) => c.id).filter((id) => id !== 'n1')
		);
		expect(brief.sources.map((s) => s.id)).toEqual(['art']);
	});

	it('briefs the negative: its position, what to answer, and its attacks', () => {
		const brief = buildBrief(graph, { side: 'negative' });
		expect(brief.title).toBe('Brief for the negative, against: Renew the agreement');
		expect(brief.thesis).toBeNull();
		expect(brief.ourCase.map((l) => l.claim.id)).toEqual(['pos-n']);
		expect(brief.ourCase[0]!.supports.map((s) => s.claim.id)).toEqual(['n1']);
		expect(ids(brief.toAnswer)).toEqual(['w>pos-n', 'y>x']);
		expect(brief.toAnswer.every((a) => !a.answered)).toBe(true);
		// Our attacks, nearest the resolution first (z and u tie: file order).
		expect(ids(brief.ourAttacks)).toEqual(['pos-n>res', 'x>pos-a', 'z>a1', 'u>a2']);
		expect(brief.ourAttacks.map((a) => a.answered)).toEqual([true, true, false, false]);
	});

	it('briefs one position: its own support chain only', () => {
		const brief = buildBrief(graph, { position: 'pos-a', side: 'negative' });
		// The side is the position's, whatever `side` says.
		expect(brief.focus.side).toBe('affirmative');
		expect(brief.focus.position?.id).toBe('pos-a');
		expect(brief.title).toBe(
			'Brief for the affirmative position of Alice Ames: Keep it: science gains'
		);
		expect(brief.thesis).toBeNull();
		expect(brief.ourCase.map((l) => l.claim.id)).toEqual(['pos-a']);
		// The resolution is not part of pos-a's chain: pos-n's rebuttal of it is not ours to answer
		// here, and y (which answers x but does not support pos-a) makes no attack of ours.
		expect(ids(brief.toAnswer)).toEqual(['z>a1', 'u>a2', 'x>pos-a']);
		expect(brief.ourAttacks).toEqual([]);

		const negative = buildBrief(graph, { position: 'pos-n' });
		expect(negative.focus.side).toBe('negative');
		expect(ids(negative.toAnswer)).toEqual(['w>pos-n']);
		expect(ids(negative.ourAttacks)).toEqual(['pos-n>res']);
	});

	it('reads the what-if: rejecting y leaves x unanswered and standing', () => {
		const brief = buildBrief(graph, { side: 'affirmative', scenario: { rejected: ['y'] } });
		const x = brief.toAnswer.find((a) => a.relation === 'x>pos-a')!;
		expect(x.answered).toBe(false);
		expect(x.stands).toBe(true);
		expect(x.answers.map((a) => [a.claim.id, a.claim.label, a.stands])).toEqual([
			['y', 'out', false]
		]);
		expect(brief.scenario.rejected).toEqual(['y']);
		expect(brief.ourCase[0]!.claim.label).toBe('out');
	});

	it('honours maxSupport and maxDepth', () => {
		const one = buildBrief(graph, { maxSupport: 1, maxDepth: 1 });
		const [line] = one.ourCase;
		expect(line!.supports.map((s) => s.claim.id)).toEqual(['a1']);
		expect(line!.more).toBe(3);
		expect(line!.supports[0]!.supports).toEqual([]);
		expect(line!.supports[0]!.more).toBe(1);
		expect(one.limits).toEqual({ maxSupport: 1, maxDepth: 1 });
		expect(buildBrief(graph, { maxSupport: Number.NaN, maxDepth: 99 }).limits).toEqual({
			maxSupport: 3,
			maxDepth: 6
		});
	});

	it('refuses a position that names no claim, or a claim on no side', () => {
		expect(() => buildBrief(graph, { position: 'nope' })).toThrow(/no claim has the id "nope"/);
		const lone = graphOf({
			...SMALL,
			claims: [...SMALL.claims, claim('lone', { text: 'Unrelated.' })]
		});
		expect(() => buildBrief(lone, { position: 'lone' })).toThrow(/on no side/);
	});

	it('a side with no position argues from the claims that answer the resolution', () => {
		const plain = graphOf({
			...SMALL,
			claims: SMALL.claims.map((c) =>
				c.kind === 'position' ? { ...c, kind: 'claim' as const } : c
			)
		});
		expect(
			buildBrief(plain, { side: 'affirmative' }).ourCase.map((l) => [l.role, l.claim.id])
		).toEqual([['ground', 'pos-a']]);
		expect(buildBrief(plain, { side: 'negative' }).ourCase.map((l) => l.claim.id)).toEqual([
			'pos-n'
		]);
	});

	it('writes the brief as text, with every claim and quote verbatim', () => {
		const brief = buildBrief(graph, { side: 'affirmative' });
		const text = briefAsText(brief);
		expect(text.startsWith('# Brief for the affirmative: Renew the agreement\n')).toBe(true);
		expect(text).toContain('## Our case');
		expect(text).toContain('## What we must answer');
		expect(text).toContain('## Our attacks');
		expect(text).toContain(
			'> “science gains from it”\n> — Alice Ames, Professor · [1], paragraph 3'
		);
		expect(text).toContain('### 1. UNANSWERED: Citations are gamed.');
		expect(text).toContain('- (1 more support in the map)');
		expect(text).toContain('[1] The article');
		for (const claim of brief.claims) {
			expect(text).toContain(claim.text);
			if (claim.quote) expect(text).toContain(`“${claim.quote}”`);
		}
	});

	it('makes practice questions with seeded choices', () => {
		const brief = buildBrief(graph, { side: 'affirmative' });
		const items = practiceItems(brief);
		// Nearest the resolution first: res (pos-n), pos-a (x), then a1 (z) and a2 (u).
		expect(items.map((i) => [i.claim.id, attackers(i.attacks)])).toEqual([
			['res', ['pos-n']],
			['pos-a', ['x']],
			['a1', ['z']],
			['a2', ['u']]
		]);
		for (const item of items) {
			const picked = choices(item, graph, 42);
			expect(choices(item, graph, 42)).toEqual(picked);
			// The negative has five claims: one correct answer and three distractors.
			expect(picked).toHaveLength(4);
			expect(picked.filter((c) => c.correct).map((c) => c.claim.id)).toEqual(
				attackers(item.attacks)
			);
			expect(new Set(picked.map((c) => c.claim.id)).size).toBe(4);
			for (const c of picked) expect(c.claim.side).toBe('negative');
		}
		// Distractors that attack something come before those that attack nothing (n1).
		const a1 = choices(items[2]!, graph, 1);
		expect(a1.map((c) => c.claim.id).sort()).toEqual(['pos-n', 'u', 'x', 'z']);
	});
});

// --- The bundled debate ------------------------------------------------------------------------

describe('the bundled debate (sta-renewal)', () => {
	const graph = buildGraph(loadBundled());
	const affirmative = buildBrief(graph, { side: 'affirmative' });
	const negative = buildBrief(graph, { side: 'negative' });
	const byAttacker = (brief: Brief, attacker: string) =>
		brief.toAnswer.find((a) => a.attacker.id === attacker);

	it('the affirmative case: the thesis and the three positions, each with quoted support', () => {
		expect(affirmative.title).toBe(
			'Brief for the affirmative: The US-China Science and Technology Cooperation Agreement should be renewed for the long term'
		);
		expect(affirmative.thesis?.claim.id).toBe('renew-long-term');
		const positions = affirmative.ourCase.filter((l) => l.role === 'position');
		// Standing first, then by strength: Michelson's engagement (0.91) and Feinerman's "be on
		// the ground" (0.75) stand (nothing rebuts them); renewal with safeguards (0.62) is rebutted
		// by kratsios-ip-failed and falls.
		expect(positions.map((l) => [l.claim.id, l.claim.label])).toEqual([
			['michelson-engagement', 'in'],
			['feinerman-presence', 'in'],
			['former-official-adjustments', 'out']
		]);
		for (const line of positions) {
			expect(line.claim.quote).not.toBeNull();
			expect(line.claim.speaker).not.toBeNull();
			expect(allSupports(line.supports).some((s) => s.claim.quote !== null)).toBe(true);
		}
		// The one other claim that supports the resolution directly follows as a ground.
		expect(affirmative.ourCase.filter((l) => l.role === 'ground').map((l) => l.claim.id)).toEqual([
			'former-official-science'
		]);
		// former-official-adjustments has five supports: the three strongest are shown,
		// kerry-derisking (itself supported by kerry-ai-cooperation) first.
		const safeguards = positions[2]!;
		expect(safeguards.supports[0]!.claim.id).toBe('kerry-derisking');
		expect(safeguards.supports).toHaveLength(3);
		expect(safeguards.more).toBe(2);
	});

	it('the affirmative must answer the rebuttals and undercuts the map holds, unanswered first', () => {
		// Checked by hand against the relations of data/debates/sta-renewal.json. The negative aims
		// eight attacks at affirmative claims:
		// - kratsios-terminate rebuts renew-long-term: answered (kivelson-quantum,
		//   feinerman-counterproductive and kerry-ai-cooperation each rebut kratsios-terminate);
		// - link-naive-idealism rebuts liu-mutual-benefit: answered (kivelson-developments and
		//   link-china-contributions undercut it);
		// - unanswered (nothing rebuts the attacker, nothing undercuts the attack):
		//   kratsios-ip-failed rebuts former-official-adjustments, mulvenon-targeted rebuts
		//   michelson-limited, bouey-boundaries rebuts liu-mutual-benefit, former-official-politics
		//   undercuts former-official-science's support of the resolution, skeptics-strategic
		//   undercuts us-openness-innovation's support of michelson-engagement, and kerry-dual-use
		//   undercuts kerry-ai-cooperation's rebuttal of kratsios-terminate.
		expect(affirmative.toAnswer).toHaveLength(8);
		expect(byAttacker(affirmative, 'kratsios-terminate')).toMatchObject({
			kind: 'rebuts',
			target: { id: 'renew-long-term' },
			answered: true,
			stands: false
		});
		expect(
			byAttacker(affirmative, 'kratsios-terminate')!
				.answers.map((a) => a.claim.id)
				.sort()
		).toEqual(['feinerman-counterproductive', 'kerry-ai-cooperation', 'kivelson-quantum']);
		expect(byAttacker(affirmative, 'bouey-boundaries')).toMatchObject({
			target: { id: 'liu-mutual-benefit' },
			answered: false,
			stands: true
		});
		expect(byAttacker(affirmative, 'kratsios-ip-failed')).toMatchObject({
			target: { id: 'former-official-adjustments' },
			answered: false,
			stands: true
		});
		expect(byAttacker(affirmative, 'former-official-politics')).toMatchObject({
			kind: 'undercuts',
			target: { id: 'former-official-science' },
			targetRelation: { toClaim: { id: 'renew-long-term' } },
			answered: false
		});
		expect(byAttacker(affirmative, 'skeptics-strategic')).toMatchObject({
			kind: 'undercuts',
			target: { id: 'us-openness-innovation' },
			targetRelation: { toClaim: { id: 'michelson-engagement' } },
			answered: false
		});
		expect(byAttacker(affirmative, 'link-naive-idealism')?.answered).toBe(true);
		const unanswered = affirmative.toAnswer.filter((a) => !a.answered);
		expect(attackers(unanswered).sort()).toEqual([
			'bouey-boundaries',
			'former-official-politics',
			'kerry-dual-use',
			'kratsios-ip-failed',
			'mulvenon-targeted',
			'skeptics-strategic'
		]);
		// Unanswered first.
		expect(affirmative.toAnswer.slice(0, 6)).toEqual(unanswered);
		expect(affirmative.counts.unanswered).toBe(6);
	});

	it('the negative case: kratsios-terminate with its supports', () => {
		expect(negative.ourCase.map((l) => [l.role, l.claim.id])).toEqual([
			['position', 'kratsios-terminate']
		]);
		const [terminate] = negative.ourCase;
		// Five supports: kratsios-ip-failed passes on 0.75 (Zheng Chaosong's case supports it),
		// kratsios-exploited 0.5 (its undercutter, michelson-limited, falls), kratsios-signal,
		// kratsios-hostile and security-concerns less (each undercut).
		expect(terminate!.supports.map((s) => s.claim.id)).toEqual([
			'kratsios-ip-failed',
			'kratsios-exploited',
			'kratsios-signal'
		]);
		expect(terminate!.more).toBe(2);
		const exploited = terminate!.supports[1]!;
		expect(exploited.supports.map((s) => s.claim.id).sort()).toEqual([
			'fbi-risk-report',
			'talents-theft',
			'zheng-chaosong-case'
		]);
	});

	it('the negative must answer the three rebuttals of its position and the undercuts', () => {
		// By hand: kivelson-quantum, feinerman-counterproductive and kerry-ai-cooperation rebut
		// kratsios-terminate; michelson-limited, feinerman-even-if-hostile, academics-dont-overdo and
		// feinerman-counterproductive undercut supports of it; kivelson-developments and
		// link-china-contributions undercut link-naive-idealism's rebuttal of liu-mutual-benefit.
		// Answered: kerry-ai-cooperation (kerry-dual-use undercuts it) and michelson-limited
		// (mulvenon-targeted rebuts it).
		expect(negative.toAnswer.map((a) => `${a.kind} ${a.attacker.id}`).sort()).toEqual([
			'rebuts feinerman-counterproductive',
			'rebuts kerry-ai-cooperation',
			'rebuts kivelson-quantum',
			'undercuts academics-dont-overdo',
			'undercuts feinerman-counterproductive',
			'undercuts feinerman-even-if-hostile',
			'undercuts kivelson-developments',
			'undercuts link-china-contributions',
			'undercuts michelson-limited'
		]);
		for (const id of ['kivelson-quantum', 'feinerman-counterproductive']) {
			expect(byAttacker(negative, id)).toMatchObject({
				kind: 'rebuts',
				target: { id: 'kratsios-terminate' },
				answered: false
			});
		}
		expect(byAttacker(negative, 'kerry-ai-cooperation')).toMatchObject({
			kind: 'rebuts',
			target: { id: 'kratsios-terminate' },
			answered: true,
			stands: false
		});
		expect(byAttacker(negative, 'michelson-limited')).toMatchObject({
			kind: 'undercuts',
			target: { id: 'kratsios-exploited' },
			targetRelation: { toClaim: { id: 'kratsios-terminate' } },
			answered: true,
			stands: false
		});
		expect(byAttacker(negative, 'feinerman-even-if-hostile')).toMatchObject({
			kind: 'undercuts',
			target: { id: 'kratsios-hostile' },
			answered: false
		});
		expect(byAttacker(negative, 'academics-dont-overdo')).toMatchObject({
			kind: 'undercuts',
			target: { id: 'security-concerns' },
			answered: false
		});
		expect(negative.toAnswer.slice(-2).map((a) => a.attacker.id)).toEqual([
			'kerry-ai-cooperation',
			'michelson-limited'
		]);
	});

	it("the negative's attacks: first of all, kratsios-terminate's rebuttal of the resolution", () => {
		expect(negative.ourAttacks[0]).toMatchObject({
			attacker: { id: 'kratsios-terminate' },
			target: { id: 'renew-long-term' },
			kind: 'rebuts',
			stands: false,
			answered: true
		});
		// The two side briefs mirror each other.
		expect(ids(negative.ourAttacks).sort()).toEqual(ids(affirmative.toAnswer).sort());
		expect(ids(affirmative.ourAttacks).sort()).toEqual(ids(negative.toAnswer).sort());
	});

	it('a brief for one position: Michelson', () => {
		const brief = buildBrief(graph, { position: 'michelson-engagement' });
		expect(brief.focus.side).toBe('affirmative');
		expect(brief.ourCase.map((l) => l.claim.id)).toEqual(['michelson-engagement']);
		// The attacks on its chain: skeptics-strategic on us-openness-innovation's support of it,
		// bouey-boundaries and link-naive-idealism on liu-mutual-benefit (which supports it).
		// michelson-limited is not in its chain.
		expect(attackers(brief.toAnswer).sort()).toEqual([
			'bouey-boundaries',
			'link-naive-idealism',
			'skeptics-strategic'
		]);
		expect(brief.ourAttacks).toEqual([]);
	});

	it('as text, every claim and quote appears verbatim', () => {
		for (const brief of [affirmative, negative]) {
			const text = briefAsText(brief);
			for (const claim of brief.claims) {
				expect(text).toContain(claim.text);
				if (claim.quote) expect(text).toContain(`“${claim.quote}”`);
			}
		}
	});

	it('practice: every attacked claim of ours, and choices with the real attackers', () => {
		const items = practiceItems(negative);
		expect(items[0]!.claim.id).toBe('kratsios-terminate');
		expect(attackers(items[0]!.attacks).sort()).toEqual([
			'feinerman-counterproductive',
			'kerry-ai-cooperation',
			'kivelson-quantum'
		]);
		const picked = choices(items[0]!, graph, 2024);
		expect(picked).toHaveLength(4);
		expect(picked.filter((c) => c.correct)).toHaveLength(3);
		const distractor = picked.find((c) => !c.correct)!;
		expect(distractor.claim.side).toBe('affirmative');
		expect(graph.outgoing.get(distractor.claim.id)!.some((r) => r.kind !== 'supports')).toBe(true);
	});
});

// --- Properties over random debates ------------------------------------------------------------

describe('briefs of random debates', () => {
	const debates = fc.record({
		n: fc.integer({ min: 1, max: 60 }),
		seed: fc.integer({ min: 0, max: 1e6 }),
		side: fc.constantFrom<Side>('affirmative', 'negative')
	});

	it('mention only claims that exist, each listed once in `claims`', () => {
		fc.assert(
			fc.property(debates, ({ n, seed, side }) => {
				const graph = buildGraph(generated(n, seed));
				const brief = buildBrief(graph, { side });
				const listed = new Set(brief.claims.map((c) => c.id));
				expect(listed.size).toBe(brief.claims.length);
				for (const claim of mentionedClaims(brief)) {
					expect(graph.claims.has(claim.id)).toBe(true);
					expect(listed.has(claim.id)).toBe(true);
					expect(claim.text).toBe(graph.claims.get(claim.id)!.text);
				}
				for (const claim of brief.claims) expect(graph.claims.has(claim.id)).toBe(true);
			}),
			{ numRuns: 150 }
		);
	});

	it('to answer: exactly the attacks by the other side on ours, each once, unanswered first', () => {
		fc.assert(
			fc.property(debates, ({ n, seed, side }) => {
				const graph = buildGraph(generated(n, seed));
				const brief = buildBrief(graph, { side });
				const other = opposite(side);
				const expected = graph.debate.relations
					.filter((r) => r.kind !== 'supports')
					.filter((r) => {
						const target = targetOf(graph, r.id);
						return (
							target !== undefined &&
							graph.side.get(target) === side &&
							graph.side.get(r.from) === other
						);
					})
					.map((r) => r.id);
				expect(ids(brief.toAnswer).sort()).toEqual(expected.sort());
				for (const a of brief.toAnswer) {
					expect(a.attacker.side).toBe(other);
					expect(a.target.side).toBe(side);
					expect(a.attacker.id).toBe(graph.relations.get(a.relation)!.from);
					expect(a.target.id).toBe(targetOf(graph, a.relation));
					expect(a.answered).toBe(a.answers.length > 0);
				}
				for (const a of brief.ourAttacks) {
					expect(a.attacker.side).toBe(side);
					expect(a.target.side).toBe(other);
				}
				const all = [...ids(brief.toAnswer), ...ids(brief.ourAttacks)];
				expect(new Set(all).size).toBe(all.length);
				const flags = brief.toAnswer.map((a) => a.answered);
				expect(flags).toEqual([...flags].sort((a, b) => Number(a) - Number(b)));
				// The unanswered ones agree with the analysis report.
				const report = debateReport(graph).sides[side].unansweredAttacks;
				expect(ids(brief.toAnswer.filter((a) => !a.answered)).sort()).toEqual(
					report
						.filter((a) => graph.side.get(a.from) === other)
						.map((a) => a.relation)
						.sort()
				);
			}),
			{ numRuns: 100 }
		);
	});

	it('a position brief keeps to the position, its side and its support chain', () => {
		fc.assert(
			fc.property(debates, fc.nat(), ({ n, seed }, pick) => {
				const graph = buildGraph(generated(n, seed));
				const sided = graph.debate.claims.filter((c) => graph.side.get(c.id));
				const position = sided[pick % sided.length]!.id;
				const brief = buildBrief(graph, { position });
				const side = graph.side.get(position)!;
				expect(brief.focus.side).toBe(side);
				expect(brief.ourCase.map((l) => l.claim.id)).toEqual([position]);
				const sideBrief = buildBrief(graph, { side });
				expect(ids(sideBrief.toAnswer)).toEqual(expect.arrayContaining(ids(brief.toAnswer)));
				// The chain: the position and every claim of its side that supports it, down any path.
				const chain = new Set([position]);
				for (let grew = true; grew;) {
					grew = false;
					for (const r of graph.debate.relations) {
						if (r.kind !== 'supports' || !chain.has(r.to) || chain.has(r.from)) continue;
						if (graph.side.get(r.from) !== side) continue;
						chain.add(r.from);
						grew = true;
					}
				}
				for (const a of brief.toAnswer) {
					expect(a.target.side).toBe(side);
					expect(chain.has(a.target.id)).toBe(true);
				}
				for (const a of brief.ourAttacks) expect(chain.has(a.attacker.id)).toBe(true);
			}),
			{ numRuns: 100 }
		);
	});

	it('is deterministic, and its text holds every claim and quote verbatim', () => {
		fc.assert(
			fc.property(debates, ({ n, seed, side }) => {
				const debate = generated(n, seed);
				const first = buildBrief(buildGraph(debate), { side });
				const again = buildBrief(buildGraph(structuredClone(debate)), { side });
				expect(JSON.stringify(again)).toBe(JSON.stringify(first));
				const text = briefAsText(first);
				expect(briefAsText(again)).toBe(text);
				for (const claim of first.claims) {
					expect(text).toContain(claim.text);
					if (claim.quote) expect(text).toContain(`“${claim.quote}”`);
				}
			}),
			{ numRuns: 100 }
		);
	});

	it('practice choices: the real attackers, other-side distractors, no repeats, seeded', () => {
		fc.assert(
			fc.property(debates, fc.integer(), ({ n, seed, side }, choiceSeed) => {
				const graph = buildGraph(generated(n, seed));
				const brief = buildBrief(graph, { side });
				const items = practiceItems(brief);
				expect(items.flatMap((i) => ids(i.attacks)).sort()).toEqual(ids(brief.toAnswer).sort());
				for (const item of items) {
					const picked = choices(item, graph, choiceSeed);
					expect(choices(item, graph, choiceSeed)).toEqual(picked);
					expect(picked.length).toBeLessThanOrEqual(4);
					expect(new Set(picked.map((c) => c.claim.id)).size).toBe(picked.length);
					const real = new Set(attackers(item.attacks));
					const correct = picked.filter((c) => c.correct);
					expect(correct.length).toBe(Math.min(3, real.size));
					for (const c of picked) {
						expect(c.correct).toBe(real.has(c.claim.id));
						expect(c.claim.side).toBe(opposite(side));
					}
				}
			}),
			{ numRuns: 100 }
		);
	});
});
