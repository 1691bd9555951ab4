import { describe, expect, it } from 'vitest';
import { countOverlaps, layoutDebate } from '$lib/layout';
import { buildGraph } from '$lib/model';
import { Explorer } from '$lib/stores/explorer.svelte';
import { shownDebate } from '$lib/view/shown-debate';
import { generateDebate } from '../support/generate';
import { loadBundled } from '../support/fixtures';

const large = generateDebate(400, 5, { quotes: true });
const whole = layoutDebate(buildGraph(large), { ticks: 20 });

/** The distance a card moved between two layouts, for the claims both place. */
function moved(before: Explorer['layout'], after: Explorer['layout']): number[] {
	const was = new Map(before.nodes.map((n) => [n.id, n]));
	return after.nodes.flatMap((n) => {
		const old = was.get(n.id);
		return old ? [Math.hypot(n.x - old.x, n.y - old.y)] : [];
	});
}

describe('the map lays out what it shows', () => {
	it('a large map opened folded lays out only its shown claims, compactly and with no overlap', async () => {
		const explorer = new Explorer(large, whole);
		expect(explorer.hidden.size).toBeGreaterThan(0);
		await explorer.laidOut;
		const placed = new Set(explorer.layout.nodes.map((n) => n.id));
		expect(placed).toEqual(
			new Set(large.claims.filter((c) => !explorer.hidden.has(c.id)).map((c) => c.id))
		);
		expect(countOverlaps(explorer.layout.nodes)).toBe(0);
		// The shown claims fill a width of their own, not the whole map's.
		expect(explorer.layout.bounds.width).toBeLessThan(whole.bounds.width / 3);
	});

	it('unfolding a claim places what it hid under it and leaves the cards the reader knows in place', async () => {
		const explorer = new Explorer(large, whole);
		await explorer.laidOut;
		const before = explorer.layout;
		const folded = [...explorer.collapsed][0]!;
		explorer.setCollapsed(folded, false);
		await explorer.laidOut;
		const after = explorer.layout;
		expect(after.nodes.length).toBeGreaterThan(before.nodes.length);
		expect(countOverlaps(after.nodes)).toBe(0);
		const parent = after.nodes.find((n) => n.id === folded)!;
		const was = new Set(before.nodes.map((n) => n.id));
		for (const node of after.nodes.filter((n) => !was.has(n.id))) {
			expect(node.y).toBeGreaterThan(parent.y);
		}
		const distances = moved(before, after);
		const mean = distances.reduce((a, b) => a + b, 0) / distances.length;
		// Cards move only as far as room for the new ones needs.
		expect(mean).toBeLessThan(before.bounds.width / 10);
		// Folding it again takes its cards off the map and moves nothing else.
		explorer.setCollapsed(folded, true);
		await explorer.laidOut;
		expect(explorer.layout.nodes.map((n) => n.id).sort()).toEqual([...was].sort());
	});

	it('a map shown whole keeps the layout it came with', async () => {
		const debate = loadBundled();
		const layout = layoutDebate(buildGraph(debate), { ticks: 5 });
		const explorer = new Explorer(debate, layout);
		await explorer.laidOut;
		expect(explorer.layout).toBe(layout);
	});
});

describe('Expand all and Fold', () => {
	it('expanding all shows every claim at the places the map opened with, fitted whole', async () => {
		const explorer = new Explorer(large, whole);
		await explorer.laidOut;
		explorer.zoomTo({ x: 10, y: 20, k: 3 });
		explorer.foldAll(false);
		expect(explorer.hidden.size).toBe(0);
		expect(explorer.visible.size).toBe(large.claims.length);
		await explorer.laidOut;
		// The whole map was laid out as it opened: that layout is shown again, not worked out anew.
		expect(explorer.layout).toBe(whole);
		expect(explorer.zoom).toBeNull();
		// The reader chose it: a link carries it, so the map opens whole for whoever follows it.
		expect(explorer.viewState.collapsed).toEqual([]);
	});

	it('folding goes back to the levels a large map opens with, laid out anew, and lets go of a hidden selection', async () => {
		const explorer = new Explorer(large, whole);
		await explorer.laidOut;
		const opened = explorer.layout;
		explorer.foldAll(false);
		const deep = large.claims.find((c) => !opened.nodes.some((n) => n.id === c.id))!;
		explorer.select(deep.id);
		explorer.foldAll(true);
		expect([...explorer.collapsed].sort()).toEqual([...explorer.defaultCollapse()].sort());
		expect(explorer.selected).toBeNull();
		expect(explorer.cursor).toBe(explorer.graph.resolution);
		await explorer.laidOut;
		expect(explorer.layout.nodes.map((n) => n.id).sort()).toEqual(
			opened.nodes.map((n) => n.id).sort()
		);
		expect(explorer.layout.bounds.width).toBeLessThan(whole.bounds.width / 3);
		expect(countOverlaps(explorer.layout.nodes)).toBe(0);
	});

	it('after an edit, expanding all lays the edited map out rather than showing the one that opened', async () => {
		const explorer = new Explorer(large, whole);
		await explorer.laidOut;
		await explorer.authoring.load();
		explorer.authoring.edit({
			type: 'editClaim',
			claim: explorer.graph.resolution,
			changes: { text: 'Renamed' }
		});
		await explorer.laidOut;
		explorer.foldAll(false);
		await explorer.laidOut;
		expect(explorer.layout).not.toBe(whole);
		expect(explorer.layout.nodes).toHaveLength(large.claims.length);
	});
});

describe('shownDebate', () => {
	it('keeps the relations among shown claims, and undercuts while what they attack is kept', () => {
		const debate = loadBundled();
		const undercut = debate.relations.find((r) => r.kind === 'undercuts')!;
		const attacked = debate.relations.find((r) => r.id === undercut.to)!;
		const shown = shownDebate(debate, new Set([attacked.from]));
		expect(shown.claims.some((c) => c.id === attacked.from)).toBe(false);
		expect(shown.relations.some((r) => r.id === attacked.id)).toBe(false);
		expect(shown.relations.some((r) => r.id === undercut.id)).toBe(false);
		const ids = new Set(shown.claims.map((c) => c.id));
		const kept = new Set(shown.relations.map((r) => r.id));
		for (const r of shown.relations) {
			expect(ids.has(r.from)).toBe(true);
			expect(r.kind === 'undercuts' ? kept.has(r.to) : ids.has(r.to)).toBe(true);
		}
		expect(shownDebate(debate, new Set())).toBe(debate);
	});
});
