import { forceLink, forceSimulation, forceX, type SimulationNodeDatum } from 'd3-force';
import type { ArgumentGraph } from '../model/graph';
import type { Side } from '../model/schema';
import { cardBox } from '../scene/cards';
import { forceFamily } from './forceFamily';
import { forceRectCollide } from './forceRectCollide';
import { orderBands } from './order';
import { bandGeometry } from './bands';
import { placeRows } from './place';
import { lcg } from '../random';
import { separate } from './separate';
import { argumentStructure, type ArgumentStructure } from './structure';
import type { LayoutOptions, MapLayout } from './types';

/** Margin of the collision force: the clear space it keeps around a card. */
export const COLLIDE_MARGIN = 12;
/** How far the side force draws a claim towards its side's half (left or right). */
const SIDE_DRIFT = 60;

interface SimNode extends SimulationNodeDatum {
	id: string;
	index: number;
	width: number;
	height: number;
	side: Side | null;
}

interface SimLink {
	source: string | SimNode;
	target: string | SimNode;
	strength: number;
}

const round = (v: number) => Math.round(v * 10) / 10 || 0;

/**
 * Places the claim cards of a debate as an argument map: the resolution at the top centre, every
 * claim in the band of its depth (claims with no chain to the resolution in a band of their own
 * at the bottom), the affirmative side to the left and the negative to the right, each claim near
 * the claim it answers, few crossing edges and no overlapping cards.
 *
 * 1. Order each band for few crossings (`orderBands`), wrap the widest bands into staggered
 *    tiers while the map is too wide for a screen (`bandGeometry`), and lay the bands out as a
 *    tidy tree (`placeRows`).
 * 2. Relax with d3-force from there (`simulate`): y stays fixed, x settles under family pulls, a
 *    gentle side force and rectangle collisions.
 * 3. Remove what overlap is left, band by band, keeping each band's order (`separate`): zero
 *    overlaps by construction, not by luck.
 *
 * Pure and deterministic: the same graph and options give the same positions.
 */
export function layoutDebate(graph: ArgumentGraph, options: LayoutOptions = {}): MapLayout {
	const ticks = Math.max(0, Math.floor(options.ticks ?? 300));
	const structure = argumentStructure(graph);
	const { claims, resolution } = structure;
	const boxes = claims.map(cardBox);
	const width = boxes.map((b) => b.width);
	const height = boxes.map((b) => b.height);

	const progress = options.onProgress ?? (() => {});
	progress(0);
	const kept =
		options.keepPlaces && options.positions ? keptPlaces(structure, options.positions) : null;
	const rows = kept
		? kept.rows
		: options.positions
			? authorsOrder(orderBands(structure), claims, options.positions)
			: orderBands(structure);
	progress(0.3);
	const { gaps, y } = bandGeometry(structure, rows, width, height);
	let x: number[];
	if (kept) x = kept.x;
	else {
		const start = placeRows(structure, rows, gaps);
		const shift = start[resolution]!;
		for (let i = 0; i < start.length; i++) start[i]! -= shift;
		x = start;
		if (ticks > 0) {
			x = simulate(structure, start, y, width, height, ticks, options.seed ?? 1, (t) =>
				progress(0.4 + (0.55 * t) / ticks)
			);
		}
	}

	// Final pass: each row keeps its order, and its cards get at least their gap, as close to
	// where the simulation left them as they can be.
	rows.forEach((row, r) => {
		const placed = separate(
			row.map((v) => x[v]!),
			gaps[r]!
		);
		row.forEach((v, k) => (x[v] = placed[k]!));
	});
	const centre = x[resolution]!;

	const nodes = claims.map((claim, i) => ({
		id: claim.id,
		x: round(x[i]! - centre),
		y: round(y[i]!),
		width: width[i]!,
		height: height[i]!
	}));
	const edges = graph.debate.relations.map((r) => ({
		id: r.id,
		from: r.from,
		to: r.to,
		kind: r.kind
	}));
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	for (const node of nodes) {
		minX = Math.min(minX, node.x - node.width / 2);
		maxX = Math.max(maxX, node.x + node.width / 2);
		minY = Math.min(minY, node.y - node.height / 2);
		maxY = Math.max(maxY, node.y + node.height / 2);
	}
	progress(1);
	return {
		nodes,
		edges,
		bounds: {
			x: round(minX),
			y: round(minY),
			width: round(maxX - minX),
			height: round(maxY - minY)
		}
	};
}

/**
 * The relaxation: d3-force on copies of the cards, y pinned to each card's tier (so only x moves)
 * and the resolution pinned at the top centre.
 *
 * - `family`: each parent over the middle of its answers, each claim drawn (gently) to its parent;
 * - `link`: relations other than the tree's pull their two claims together, weakly;
 * - `side`: affirmative claims drift left, negative ones right;
 * - `anchor`: a weak pull back to the layered start, which holds the crossing-minimised order;
 * - `collide`: the card rectangles, with `COLLIDE_MARGIN`.
 */
/** Sorts each band by the author's x, placing unplaced cards just after their computed predecessor. */
function authorsOrder(
	rows: number[][],
	claims: readonly { id: string }[],
	positions: ReadonlyMap<string, { x: number; y: number }>
): number[][] {
	return rows.map((row) => {
		let previous = -Infinity;
		const keyed = row.map((v, i) => {
			const at = positions.get(claims[v]!.id);
			const x = at && Number.isFinite(at.x) ? at.x : previous;
			previous = x;
			return { v, x, i };
		});
		return keyed.sort((a, b) => a.x - b.x || a.i - b.i).map((k) => k.v);
	});
}

/**
 * Rows and x for cards that keep their places: each band sorted by where its cards were, a card
 * with no place (just added) put under the claim it answers, or at the right end of its band when
 * it answers none. The final pass then moves cards only as far as the gaps need.
 */
function keptPlaces(
	structure: ArgumentStructure,
	positions: ReadonlyMap<string, { x: number; y: number }>
): { rows: number[][]; x: number[] } {
	const { claims, band, bandCount, parent } = structure;
	const x = claims.map((claim) => {
		const at = positions.get(claim.id);
		return at && Number.isFinite(at.x) ? at.x : NaN;
	});
	const rows: number[][] = Array.from({ length: bandCount }, () => []);
	claims.forEach((_, v) => rows[band[v]!]!.push(v));
	// Top down, so that a new claim's parent (a band up) has its x, even when it is new as well.
	for (const row of rows) {
		let right = -Infinity;
		for (const v of row) if (!Number.isNaN(x[v]!)) right = Math.max(right, x[v]!);
		for (const v of row) {
			if (!Number.isNaN(x[v]!)) continue;
			const p = parent[v]!;
			x[v] = p >= 0 ? x[p]! : (right = Number.isFinite(right) ? right + 1 : 0);
		}
		row.sort((a, b) => x[a]! - x[b]! || a - b);
	}
	return { rows, x };
}

function simulate(
	structure: ArgumentStructure,
	start: readonly number[],
	y: readonly number[],
	width: readonly number[],
	height: readonly number[],
	ticks: number,
	seed: number,
	ticked: (done: number) => void
): number[] {
	const { claims, side, links, parent, resolution } = structure;
	const nodes: SimNode[] = claims.map((claim, i) => ({
		id: claim.id,
		index: i,
		x: start[i]!,
		y: y[i]!,
		fy: y[i]!,
		fx: i === resolution ? start[i]! : undefined,
		width: width[i]!,
		height: height[i]!,
		side: side[i]!
	}));
	const degree = new Array<number>(claims.length).fill(0);
	for (const link of links) {
		degree[link.source]!++;
		degree[link.target]!++;
	}
	const crossLinks: SimLink[] = links
		.filter((link) => !link.tree)
		.map((link) => ({
			source: claims[link.source]!.id,
			target: claims[link.target]!.id,
			strength: 0.05 / Math.max(1, Math.min(degree[link.source]!, degree[link.target]!))
		}));
	// Each claim drifts a little towards its side's half: apart within a family, never far.
	const sideX = (d: SimNode) =>
		start[d.index]! +
		(d.side === 'affirmative' ? -SIDE_DRIFT : d.side === 'negative' ? SIDE_DRIFT : 0);

	const simulation = forceSimulation<SimNode>(nodes)
		.randomSource(lcg(seed))
		.stop()
		.force(
			'family',
			forceFamily<SimNode>((d) => parent[d.index]!)
				.strength(0.05)
				.centring(1)
		)
		.force(
			'link',
			forceLink<SimNode, SimLink>(crossLinks)
				.id((d) => d.id)
				.distance(0)
				.strength((l) => l.strength)
		)
		.force(
			'side',
			forceX<SimNode>(sideX).strength((d) => (d.side ? 0.05 : 0))
		)
		.force('anchor', forceX<SimNode>((d) => start[d.index]!).strength(0.02))
		.force('collide', forceRectCollide<SimNode>(COLLIDE_MARGIN));
	simulation.alphaDecay(1 - Math.pow(simulation.alphaMin(), 1 / ticks));
	// In steps, to report progress; the same ticks in the same order as one `tick(ticks)`.
	for (let done = 0; done < ticks;) {
		const step = Math.min(25, ticks - done);
		simulation.tick(step);
		done += step;
		ticked(done);
	}
	return nodes.map((d) => d.x!);
}
