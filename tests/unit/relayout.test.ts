import { describe, expect, it } from 'vitest';
import { countOverlaps, layoutDebate, type LayoutNode } from '$lib/layout';
import { relayout } from '$lib/layout/relayout';
import { buildGraph } from '$lib/model';
import { edit, startHistory, type Command, type History } from '$lib/edit';
import { generateDebate } from '../support/generate';

const placesOf = (nodes: readonly LayoutNode[]) =>
	new Map(nodes.map((node) => [node.id, { x: node.x, y: node.y }]));

/** Edits a generated 400-claim map one command after another, laying it out again after each. */
function session(commands: (ids: string[]) => Command[]) {
	const debate = generateDebate(400, 1);
	let nodes = layoutDebate(buildGraph(debate)).nodes;
	let history: History = startHistory(debate);
	const steps: { command: Command; before: LayoutNode[]; after: LayoutNode[] }[] = [];
	for (const command of commands(debate.claims.map((claim) => claim.id))) {
		const done = edit(history, command);
		if (!done.ok) throw new Error(`${command.type} refused: ${done.message}`);
		history = done.history;
		const after = relayout(buildGraph(history.debate), placesOf(nodes)).nodes;
		steps.push({ command: done.step!.command, before: nodes, after });
		nodes = after;
	}
	return steps;
}

const steps = session((ids): Command[] => [
	{ type: 'addClaim', target: ids[0]!, stance: 'rebuts', claim: { text: 'A new objection.' } },
	{ type: 'addClaim', target: ids[7]!, stance: 'supports', claim: { text: 'Another reason.' } },
	{ type: 'editClaim', claim: ids[12]!, changes: { text: 'A much longer text now. '.repeat(8) } },
	{ type: 'deleteClaim', claim: ids[30]! },
	{ type: 'linkClaims', from: ids[40]!, to: ids[3]!, stance: 'rebuts' },
	{ type: 'addClaim', target: ids[55]!, stance: 'rebuts', claim: { text: 'A deep answer.' } }
]);

describe('laying a map out again after an edit', () => {
	it('leaves no two cards overlapping after any of several edits of a 400-claim map', () => {
		expect(steps).toHaveLength(6);
		for (const { after } of steps) expect(countOverlaps(after)).toBe(0);
	});

	it('puts a new card under the claim it answers, a band down and within two cards of it', () => {
		for (const { command, after } of steps) {
			if (command.type !== 'addClaim') continue;
			const made = after.find((node) => node.id === command.id)!;
			const parent = after.find((node) => node.id === command.target)!;
			expect(made.y).toBeGreaterThan(parent.y);
			expect(Math.abs(made.x - parent.x)).toBeLessThan(2 * (made.width + 36));
		}
	});

	it('keeps the cards an addition did not touch where they were', () => {
		for (const { command, before, after } of steps) {
			if (command.type !== 'addClaim') continue;
			const was = placesOf(before);
			const moved = after
				.filter((node) => was.has(node.id))
				.map((node) => Math.hypot(node.x - was.get(node.id)!.x, node.y - was.get(node.id)!.y));
			const mean = moved.reduce((sum, d) => sum + d, 0) / moved.length;
			// A card makes room for itself: its neighbours move, the rest of the map does not.
			expect(mean).toBeLessThan(5);
			expect(moved.filter((d) => d > 0.5).length).toBeLessThan(moved.length / 10);
		}
	});
});
