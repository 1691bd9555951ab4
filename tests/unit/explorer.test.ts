import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { debateReport, evaluate, explainLabel } from '$lib/analysis';
import { briefAsText, briefSummary, buildBrief } from '$lib/brief';
import { exportDebate } from '$lib/io';
import { layoutDebate } from '$lib/layout';
import { buildGraph, parseDebate } from '$lib/model';
import type { Debate, DebateInput } from '$lib/model/schema';
import { cardFace } from '$lib/scene/cards';
import { Explorer } from '$lib/stores/explorer.svelte';
import { practiceRound } from '$lib/view/practice';
import { COLLAPSE_ABOVE, collapseBelow, OPEN_LEVELS } from '$lib/view/collapse';
import { generateDebate } from '../support/generate';

function bundled(): Debate {
	const parsed = parseDebate(
		JSON.parse(readFileSync('data/debates/sta-renewal.json', 'utf8')) as DebateInput
	);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.debate;
}
const debate = bundled();
const graph = buildGraph(debate);
const layout = layoutDebate(graph, { ticks: 5 });
/** A claim of the bundled debate that answers another: rejecting it changes what stands. */
const crux = debateReport(graph).cruxes[0]!.id;

describe('the explorer derives what the views show', () => {
	it('asks for the views’ derivations to be loaded before they are read', async () => {
		const explorer = new Explorer(debate, layout);
		expect(() => explorer.pages.report).toThrow('await load()');
		await explorer.pages.load();
		expect(explorer.pages.report.resolution.id).toBe(graph.resolution);
	});

	it('reports, briefs and labels under the what-if, as the analysis does', async () => {
		const explorer = new Explorer(debate, layout);
		await explorer.pages.load();
		expect(explorer.pages.report).toEqual(debateReport(graph));
		explorer.setVerdict(crux, 'rejected');
		explorer.setBase(graph.resolution, 0.9);
		const scenario = { rejected: [crux], accepted: [], base: { [graph.resolution]: 0.9 } };
		const evaluation = evaluate(graph, { scenario });
		expect(explorer.pages.report).toEqual(debateReport(graph, { scenario }));
		expect(explorer.changes.size).toBeGreaterThan(0);
		expect(explorer.label(crux)).toBe('out');
		expect(explorer.strength(graph.resolution)).toBe(evaluation.strength.get(graph.resolution));
		expect(explorer.pages.explanation(crux)).toBe(explainLabel(graph, evaluation, crux));
		expect(explorer.whatIfParts).toEqual(['1 rejected', '1 base score set']);

		explorer.briefFor = 'negative';
		const brief = buildBrief(graph, { side: 'negative', scenario });
		expect(explorer.pages.brief).toEqual(brief);
		expect(explorer.pages.briefSummary).toBe(briefSummary(brief));
		expect(explorer.pages.briefText()).toBe(briefAsText(brief));
	});

	it('practises on the debate as argued, whatever the what-if', async () => {
		const explorer = new Explorer(debate, layout);
		await explorer.pages.load();
		explorer.setVerdict(crux, 'rejected');
		expect(explorer.pages.practice).toEqual(practiceRound(graph, 'affirmative', null, null));
		const second = explorer.pages.practice.items[1]!.claim.id;
		explorer.pages.practise(1);
		expect(explorer.selected).toBe(second);
		expect(explorer.pages.practice.index).toBe(1);
	});

	it('keeps the link’s what-if shape, and reads one back', () => {
		const explorer = new Explorer(debate, layout);
		explorer.setVerdict(crux, 'accepted');
		expect(explorer.viewState.scenario).toEqual({ rejected: [], accepted: [crux], base: [] });
		const notices = explorer.apply({
			...explorer.viewState,
			brief: 'negative',
			practice: 'write',
			scenario: { rejected: [crux], accepted: [], base: [[crux, 0.4]] }
		});
		expect(notices).toEqual([]);
		expect(explorer.verdict(crux)).toBe('rejected');
		expect(explorer.baseScore(crux)).toBe(0.4);
		expect(explorer.viewState).toMatchObject({ brief: 'negative', practice: 'write' });
		explorer.resetWhatIf();
		expect(explorer.changes.size).toBe(0);
	});

	it('lists the selected claim’s relations, and none without a selection', () => {
		const explorer = new Explorer(debate, layout);
		expect(explorer.selection).toBeNull();
		explorer.select(graph.resolution);
		expect(explorer.selection?.answers.flatMap((g) => g.items).length).toBe(
			graph.incoming.get(graph.resolution)?.length
		);
	});

	it('works out a card’s face once', () => {
		const explorer = new Explorer(debate, layout);
		const claim = debate.claims[1]!;
		const face = explorer.face(claim);
		expect(face).toEqual(cardFace(claim));
		expect(explorer.face(claim)).toBe(face);
	});

	it('exports the debate in each format', async () => {
		const explorer = new Explorer(debate, layout);
		expect(await explorer.exported('argdown')).toBe(exportDebate(debate, 'argdown'));
	});
});

describe('collapsing in the explorer', () => {
	it('takes hidden claims out of what the map draws, and counts them on the collapsed claim', () => {
		const explorer = new Explorer(debate, layout);
		expect(explorer.collapsed.size).toBe(0);
		expect(explorer.viewState.collapsed).toBeNull();
		const answer = 'kratsios-terminate';
		explorer.setCollapsed(answer, true);
		expect(explorer.hidden.size).toBeGreaterThan(0);
		for (const id of explorer.hidden) expect(explorer.visible.has(id)).toBe(false);
		expect(explorer.hiddenBelow(answer)).toBe(explorer.hidden.size);
		expect(explorer.hiddenBelow(graph.resolution)).toBe(0);
		expect(explorer.relations.every((r) => !explorer.hidden.has(r.from))).toBe(true);
		expect(explorer.viewState.collapsed).toEqual([answer]);
		explorer.toggleCollapsed(answer);
		expect(explorer.visible.size).toBe(graph.claims.size);
		// Expanded again, the reader's choice still travels: nothing collapsed.
		expect(explorer.viewState.collapsed).toEqual([]);
	});

	it('expands what hides a claim the reader selects, and moves a hidden selection up', () => {
		const explorer = new Explorer(debate, layout);
		explorer.setCollapsed(graph.resolution, true);
		const deep = [...explorer.hidden].find((id) => (graph.depth.get(id) ?? 0) >= 2)!;
		explorer.select(deep);
		expect(explorer.visible.has(deep)).toBe(true);
		expect(explorer.collapsed.has(graph.resolution)).toBe(false);
		explorer.setCollapsed(graph.resolution, true);
		expect(explorer.selected).toBe(graph.resolution);
		expect(explorer.cursor).toBe(graph.resolution);
		// The keyboard does not step into what is folded away.
		expect(explorer.move('child')).toBe(graph.resolution);
	});

	it('shows a link’s collapsed claims, or the map’s default when the link has none', () => {
		const explorer = new Explorer(debate, layout);
		const state = { ...explorer.viewState, collapsed: ['kratsios-terminate'] };
		explorer.apply(state);
		expect([...explorer.collapsed]).toEqual(['kratsios-terminate']);
		explorer.apply({ ...state, collapsed: null });
		expect(explorer.collapsed.size).toBe(0);
		expect(explorer.viewState.collapsed).toBeNull();
	});
});

describe('a large map opens collapsed', () => {
	it('keeps the resolution and two levels of answers above the size chosen, and none below it', () => {
		const noPlacement = { nodes: [], bounds: { x: 0, y: 0, width: 0, height: 0 } };
		const large = new Explorer(generateDebate(COLLAPSE_ABOVE + 1, 3), noPlacement);
		expect([...large.collapsed]).toEqual([...collapseBelow(large.graph, OPEN_LEVELS)]);
		expect(large.hidden.size).toBeGreaterThan(0);
		expect(large.viewState.collapsed).toBeNull();
		const small = new Explorer(generateDebate(COLLAPSE_ABOVE, 3), noPlacement);
		expect(small.collapsed.size).toBe(0);
	});
});
