import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph, parseDebate, type ArgumentGraph } from '$lib/model';
import type { DebateInput } from '$lib/model/schema';
import {
	answersOf,
	COLLAPSE_ABOVE,
	collapseBelow,
	collapsible,
	folding,
	hiddenClaims,
	hiddenCounts,
	OPEN_LEVELS,
	openingFold,
	revealing
} from '$lib/view/collapse';
import { generateDebate } from '../support/generate';

// r <- a, r <- b; a <- c, b <- c (c answers both: two paths); c <- d; u undercuts a->r;
// e <- f, with e linked to nothing above it (a part of its own).
const input: DebateInput = {
	id: 'paths',
	title: 'Paths',
	resolution: 'r',
	claims: ['r', 'a', 'b', 'c', 'd', 'u', 'e', 'f'].map((id) => ({ id, text: `Claim ${id}` })),
	relations: [
		{ id: 'a-r', from: 'a', to: 'r', kind: 'supports' },
		{ id: 'b-r', from: 'b', to: 'r', kind: 'rebuts' },
		{ id: 'c-a', from: 'c', to: 'a', kind: 'supports' },
		{ id: 'c-b', from: 'c', to: 'b', kind: 'rebuts' },
		{ id: 'd-c', from: 'd', to: 'c', kind: 'supports' },
		{ id: 'u-ar', from: 'u', to: 'a-r', kind: 'undercuts' },
		{ id: 'f-e', from: 'f', to: 'e', kind: 'supports' }
	]
};

function graphOf(debate: DebateInput): ArgumentGraph {
	const parsed = parseDebate(debate);
	if (!parsed.ok) throw new Error('the fixture is not a valid debate');
	return buildGraph(parsed.debate);
}
const graph = graphOf(input);
const hidden = (...collapsed: string[]) => [...hiddenClaims(graph, new Set(collapsed))].sort();

describe('collapsing a claim', () => {
	it('folds away what answers it, undercuts of its relations included', () => {
		expect(answersOf(graph, 'a')).toEqual(['c', 'u']);
		expect(hidden('a', 'b')).toEqual(['c', 'd', 'u']);
		expect(hidden('c')).toEqual(['d']);
		expect(hidden('r')).toEqual(['a', 'b', 'c', 'd', 'u']);
	});

	it('keeps a claim reached by two paths while either path is expanded', () => {
		expect(hidden('a')).toEqual(['u']);
		expect(hidden('b')).toEqual([]);
		// Whether it hides anything, the collapse is kept: expanding the other path shows it.
		expect(hidden('a', 'b')).toContain('c');
	});

	it('works the same in a part not linked to the resolution', () => {
		expect(hidden('e')).toEqual(['f']);
	});

	it('counts what each collapsed claim hides, as far down as it goes', () => {
		const collapsed = new Set(['a', 'b', 'c']);
		const counts = hiddenCounts(graph, collapsed, hiddenClaims(graph, collapsed));
		expect(Object.fromEntries(counts)).toEqual({ a: 3, b: 2, c: 1 });
		const one = new Set(['a']);
		expect(hiddenCounts(graph, one, hiddenClaims(graph, one)).get('a')).toBe(1);
	});

	it('offers to collapse only claims with answers', () => {
		expect(collapsible(graph, 'a')).toBe(true);
		expect(collapsible(graph, 'd')).toBe(false);
	});

	it('opens the collapsed claims on a path to a claim the reader asks for, and no others', () => {
		expect([...revealing(graph, new Set(['a', 'b', 'c', 'e']), 'd')].sort()).toEqual(['b', 'e']);
		expect([...revealing(graph, new Set(['a', 'e']), 'c')]).toEqual(['a', 'e']);
	});

	it('keeps the resolution and the levels asked for when a map opens collapsed', () => {
		expect([...collapseBelow(graph, 1)].sort()).toEqual(['a', 'b']);
		expect(hidden(...collapseBelow(graph, 1))).toEqual(['c', 'd', 'u']);
		expect(hidden(...collapseBelow(graph, 0))).toEqual(['a', 'b', 'c', 'd', 'f', 'u']);
		expect(hidden(...collapseBelow(graph, 2))).toEqual(['d']);
	});

	it('folds a large map as it opens, and a small one not at all', () => {
		expect(openingFold(graph).size).toBe(0);
		const large = buildGraph(generateDebate(COLLAPSE_ABOVE + 1, 2));
		expect([...openingFold(large)]).toEqual([...collapseBelow(large, OPEN_LEVELS)]);
		// Worked out once a graph: opening does it ahead of the page, which then finds it.
		expect(openingFold(large)).toBe(openingFold(large));
	});

	it('hides and counts as hiddenClaims and hiddenCounts do, the same fold worked out once', () => {
		const collapsed = new Set(['a', 'b']);
		const fold = folding(graph, collapsed);
		expect(fold.hidden).toEqual(hiddenClaims(graph, collapsed));
		expect(fold.counts).toEqual(hiddenCounts(graph, collapsed, fold.hidden));
		expect(folding(graph, collapsed)).toBe(fold);
		// Another fold of the same claims is another set: it is worked out for itself.
		const other = new Set(['c']);
		expect(folding(graph, other).hidden).toEqual(new Set(['d']));
		expect(folding(graph, collapsed)).not.toBe(fold);
		expect(folding(graph, collapsed)).toEqual(fold);
	});
});

describe('collapsing generated debates', () => {
	const debates = fc
		.record({
			claims: fc.integer({ min: 1, max: 80 }),
			seed: fc.integer({ min: 1, max: 10_000 }),
			cross: fc.constantFrom(0, 0.1, 0.3)
		})
		.map(({ claims, seed, cross }) =>
			buildGraph(generateDebate(claims, seed, { crossRelations: cross, disconnected: 2 }))
		);
	const withCollapsed = debates.chain((g) =>
		fc.tuple(fc.constant(g), fc.uniqueArray(fc.constantFrom(...g.claims.keys())))
	);

	it('hides a claim exactly when everything it answers is hidden or collapsed', () => {
		fc.assert(
			fc.property(withCollapsed, ([g, ids]) => {
				const collapsed = new Set(ids);
				const gone = hiddenClaims(g, collapsed);
				// With every claim collapsed, only the starts show: the resolution, one per detached part.
				const all = hiddenClaims(g, new Set(g.claims.keys()));
				expect(all.has(g.resolution)).toBe(false);
				for (const id of g.claims.keys()) {
					const above = [...g.claims.keys()].filter((p) => answersOf(g, p).includes(id));
					const reached = above.some((p) => !gone.has(p) && !collapsed.has(p));
					expect(gone.has(id)).toBe(all.has(id) && !reached);
				}
			}),
			{ numRuns: 200 }
		);
	});

	it('never shows more when more is collapsed', () => {
		fc.assert(
			fc.property(withCollapsed, ([g, ids]) => {
				const fewer = hiddenClaims(g, new Set(ids.slice(1)));
				const more = hiddenClaims(g, new Set(ids));
				for (const id of fewer) expect(more.has(id)).toBe(true);
			}),
			{ numRuns: 200 }
		);
	});

	it('counts in a tree the whole subtree below a collapsed claim', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 2, max: 80 }),
				fc.integer({ min: 1, max: 1000 }),
				(claims, seed) => {
					const g = buildGraph(generateDebate(claims, seed, { crossRelations: 0, undercuts: 0 }));
					for (const id of g.claims.keys()) {
						const below = new Set<string>();
						const stack = [...answersOf(g, id)];
						while (stack.length) {
							const next = stack.pop()!;
							if (!below.has(next)) stack.push(...answersOf(g, (below.add(next), next)));
						}
						const one = new Set([id]);
						const gone = hiddenClaims(g, one);
						expect([...gone].sort()).toEqual([...below].sort());
						expect(hiddenCounts(g, one, gone).get(id)).toBe(below.size);
					}
				}
			),
			{ numRuns: 50 }
		);
	});

	it('shows a claim the reader asks for, opening only collapsed claims', () => {
		fc.assert(
			fc.property(
				withCollapsed.chain(([g, ids]) =>
					fc.tuple(fc.constant(g), fc.constant(ids), fc.constantFrom(...g.claims.keys()))
				),
				([g, ids, claim]) => {
					const opened = revealing(g, new Set(ids), claim);
					expect(hiddenClaims(g, opened).has(claim)).toBe(false);
					for (const id of opened) expect(ids).toContain(id);
				}
			),
			{ numRuns: 200 }
		);
	});

	it('opens a map with the levels asked for and nothing deeper', () => {
		fc.assert(
			fc.property(debates, fc.integer({ min: 0, max: 4 }), (g, levels) => {
				const gone = hiddenClaims(g, collapseBelow(g, levels));
				const depth = new Map<string, number>();
				const starts = [...g.claims.keys()].filter((id) => id === g.resolution);
				let layer = starts;
				for (let d = 0; layer.length; d++) {
					for (const id of layer) depth.set(id, d);
					layer = [
						...new Set(layer.flatMap((id) => answersOf(g, id)).filter((id) => !depth.has(id)))
					];
				}
				for (const [id, d] of depth) expect(gone.has(id)).toBe(d > levels);
			}),
			{ numRuns: 200 }
		);
	});
});
