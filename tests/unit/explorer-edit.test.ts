import { describe, expect, it } from 'vitest';
import { countOverlaps, layoutDebate } from '$lib/layout';
import { buildGraph } from '$lib/model';
import { Explorer } from '$lib/stores/explorer.svelte';
import { loadBundled } from '../support/fixtures';

const debate = loadBundled();
const layout = layoutDebate(buildGraph(debate));

async function editor(): Promise<Explorer> {
	const explorer = new Explorer(debate, layout);
	expect(explorer.authoring.ready).toBe(false);
	await explorer.authoring.load();
	return explorer;
}

describe('the explorer owns the map it shows and applies every edit', () => {
	it('derives the graph from the edited document, and undo and redo give it back', async () => {
		const explorer = await editor();
		const resolution = explorer.graph.resolution;
		const refusal = explorer.authoring.edit({
			type: 'addClaim',
			target: resolution,
			stance: 'supports',
			claim: { text: 'Renewal keeps the inspectors in post.' },
			id: 'inspectors'
		});
		expect(refusal).toBeNull();
		expect(explorer.graph.claims.get('inspectors')?.text).toBe(
			'Renewal keeps the inspectors in post.'
		);
		expect(explorer.authoring.canUndo).toBe(true);
		await explorer.laidOut;
		expect(explorer.nodes.has('inspectors')).toBe(true);

		explorer.authoring.undo();
		expect(explorer.graph.claims.has('inspectors')).toBe(false);
		expect(JSON.stringify(explorer.graph.debate)).toBe(JSON.stringify(debate));
		expect(explorer.authoring.canRedo).toBe(true);
		explorer.authoring.redo();
		expect(explorer.graph.claims.has('inspectors')).toBe(true);
	});

	it('refuses an edit that would break the model, and changes nothing', async () => {
		const explorer = await editor();
		const before = explorer.history;
		const refusal = explorer.authoring.edit({
			type: 'editClaim',
			claim: explorer.graph.resolution,
			changes: { text: '   ' }
		});
		expect(refusal).toMatchObject({ ok: false, field: 'text' });
		expect(refusal?.message).toBeTruthy();
		expect(explorer.history).toBe(before);
		expect(explorer.authoring.canUndo).toBe(false);
	});

	it('re-lays out an edited map with every old card in its band order, the new one beside its parent and no overlaps', async () => {
		const explorer = await editor();
		const parent = [...explorer.graph.claims.keys()].find(
			(id) => id !== explorer.graph.resolution
		)!;
		const orderBefore = [...layout.nodes].sort((a, b) => a.x - b.x).map((n) => n.id);
		explorer.authoring.edit({
			type: 'addClaim',
			target: parent,
			stance: 'rebuts',
			claim: { text: 'The figures are from before the reform.' },
			id: 'before-reform'
		});
		await explorer.laidOut;
		const nodes = explorer.layout.nodes;
		expect(countOverlaps(nodes)).toBe(0);
		// Cards of one band keep their left-to-right order.
		const band = (y: number) =>
			orderBefore.filter((id) => layout.nodes.find((n) => n.id === id)!.y === y);
		for (const y of new Set(layout.nodes.map((n) => n.y))) {
			const ids = band(y);
			const after = ids
				.map((id) => nodes.find((n) => n.id === id)!)
				.sort((a, b) => a.x - b.x)
				.map((n) => n.id);
			expect(after).toEqual(ids);
		}
		const added = nodes.find((n) => n.id === 'before-reform')!;
		const from = nodes.find((n) => n.id === parent)!;
		expect(added.y).toBeGreaterThan(from.y);
	});

	it('drops the selection of a claim an edit deletes', async () => {
		const explorer = await editor();
		const claim = [...explorer.graph.claims.keys()].find((id) => id !== explorer.graph.resolution)!;
		explorer.select(claim);
		expect(explorer.authoring.edit({ type: 'deleteClaim', claim })).toBeNull();
		expect(explorer.selected).toBeNull();
		expect(explorer.cursor).toBe(explorer.graph.resolution);
		await explorer.laidOut;
		expect(explorer.nodes.has(claim)).toBe(false);
	});
});

describe('authoring from the selected claim', () => {
	it('selects the claim an edit adds, and lists what a delete takes with it', async () => {
		const explorer = await editor();
		const resolution = explorer.graph.resolution;
		expect(
			explorer.authoring.edit({
				type: 'addClaim',
				target: resolution,
				stance: 'rebuts',
				claim: { text: 'The reform was never funded.' }
			})
		).toBeNull();
		const added = explorer.selected!;
		expect(explorer.graph.claims.get(added)?.text).toBe('The reform was never funded.');
		const going = explorer.authoring.dependents(added).relations;
		expect(going.map((r) => [r.from, r.to])).toEqual([[added, resolution]]);
	});
});
