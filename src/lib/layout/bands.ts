import type { ArgumentStructure } from './structure';

/** Clear space between neighbouring cards of a band: siblings, and cards of different families. */
export const GAP = { sibling: 16, family: 36 } as const;
/** Vertical clear space between bands: room for the edges. */
export const BAND_GAP = 130;
/** Vertical clear space between the tiers of a wrapped band. */
export const TIER_GAP = 24;
/**
 * In a wrapped band, the clear width left in one tier around a card of the other tier, for that
 * card's edges to pass through.
 */
export const CORRIDOR = 80;
/** Widest width : height the map aims for before it wraps bands (a 1440 x 900 screen is 1.6). */
export const ASPECT = 1.6;
/** The most tiers a band is wrapped into: more, and edges pass behind too many cards. */
export const MAX_TIERS = 3;
/**
 * Costs of a tier choice, in px of band width: per edge leaving a card downwards through every
 * tier below it, and per place a card below the top tier is from the middle of its family (its
 * edge up, through the tiers above it, slants more). Both scale with the tiers passed.
 */
const THROUGH_COST = 120;
const SLANT_COST = 150;

/**
 * The vertical geometry of the map, given each band's left-to-right order: which bands wrap into
 * staggered tiers (up to `MAX_TIERS`), each card's y, and the least centre-to-centre distance between
 * neighbours of a band (always between consecutive cards of the order, so a row keeps its order
 * and can be solved as a chain; see `separate`).
 *
 * A band wraps when the map would otherwise be wider than `ASPECT` times its height, widest band
 * first, one more tier at a time. In a wrapped band, cards of one tier may overlap cards of another
 * in x, which is what makes it narrower; neighbours in the order on different tiers keep a
 * `CORRIDOR` clear around each other, for their edges. The tier of each card is chosen (dynamic
 * programming over the order) for a narrow band whose edges rarely run behind a card of another
 * tier: claims that are answered
 * sit low (their edges down are then free), unanswered ones (leaves) high, and low cards near the
 * middle of their family, under their parent (their edge up is then steep, through the corridor).
 */
export interface BandGeometry {
	/** Per card: its band's tier, 0 at the top. */
	tier: number[];
	wrapped: boolean[];
	/** Per band: the least distance between the centres of its consecutive cards. */
	gaps: number[][];
	/** Per card: the y of its centre (cards are centred on their tier's line). */
	y: number[];
}

export function bandGeometry(
	structure: ArgumentStructure,
	order: readonly (readonly number[])[],
	width: readonly number[],
	height: readonly number[]
): BandGeometry {
	const { parent, links, band } = structure;
	const clear = (a: number, b: number) =>
		parent[a] === parent[b] && parent[a] !== -1 ? GAP.sibling : GAP.family;
	const gap = (a: number, b: number, sameTier: boolean) =>
		sameTier
			? (width[a]! + width[b]!) / 2 + clear(a, b)
			: (Math.max(width[a]!, width[b]!) + CORRIDOR) / 2;
	// Links leaving each card downwards, to a deeper band.
	const down = new Array<number>(width.length).fill(0);
	for (const link of links) {
		const a = band[link.source]!;
		const b = band[link.target]!;
		if (a > b) down[link.target]!++;
		else if (b > a) down[link.source]!++;
	}

	const tier = new Array<number>(width.length).fill(0);
	const single = (b: number) => order[b]!.map(() => 0);
	// Tiers of a band wrapped into `count`: the cheapest assignment by dynamic programming over
	// its order.
	const split = (b: number, count: number) => {
		const row = order[b]!;
		const n = row.length;
		// How far each card is from the middle of its family (its run of siblings), in cards: the
		// further, the more its edge slants, and the likelier it runs behind a higher card.
		const offMiddle = new Float64Array(n);
		for (let i = 0; i < n;) {
			let j = i;
			while (j + 1 < n && parent[row[j + 1]!] === parent[row[i]!]) j++;
			for (let k = i; k <= j; k++) offMiddle[k] = Math.abs(k - (i + j) / 2);
			i = j + 1;
		}
		// A card's edges down pass every tier below it; its edge up, every tier above it.
		const below = (t: number) => (count - 1 - t) / (count - 1);
		const above = (t: number) => t / (count - 1);
		const own = (i: number, t: number) =>
			down[row[i]!]! * THROUGH_COST * below(t) +
			SLANT_COST * Math.max(0, offMiddle[i]! - 0.5) * above(t);
		const cost = Array.from({ length: count }, () => new Float64Array(n));
		const from = Array.from({ length: count }, () => new Int8Array(n));
		for (let t = 0; t < count; t++) cost[t]![0] = own(0, t);
		for (let i = 1; i < n; i++) {
			for (let t = 0; t < count; t++) {
				let best = Infinity;
				for (let s = 0; s < count; s++) {
					const c = cost[s]![i - 1]! + gap(row[i - 1]!, row[i]!, s === t);
					if (c < best - 1e-9) {
						best = c;
						from[t]![i] = s;
					}
				}
				cost[t]![i] = best + own(i, t);
			}
		}
		const tiers = new Array<number>(n).fill(0);
		let t = 0;
		for (let s = 1; s < count; s++) if (cost[s]![n - 1]! < cost[t]![n - 1]! - 1e-9) t = s;
		for (let i = n - 1; i >= 0; i--) {
			tiers[i] = t;
			t = from[t]![i]!;
		}
		return tiers;
	};
	const gapsOf = (b: number, tiers: readonly number[]) => {
		const row = order[b]!;
		const gaps: number[] = [];
		for (let i = 0; i + 1 < row.length; i++) {
			gaps.push(gap(row[i]!, row[i + 1]!, tiers[i] === tiers[i + 1]));
		}
		return gaps;
	};
	const bandWidth = (b: number, tiers: readonly number[]) => {
		const row = order[b]!;
		if (!row.length) return 0;
		return (
			gapsOf(b, tiers).reduce((sum, g) => sum + g, 0) + (width[row[0]!]! + width[row.at(-1)!]!) / 2
		);
	};
	/** The tallest card of each tier of a band. */
	const tallest = (b: number, tiers: readonly number[]) => {
		const top: number[] = [];
		order[b]!.forEach((v, i) => (top[tiers[i]!] = Math.max(top[tiers[i]!] ?? 0, height[v]!)));
		return top;
	};
	const bandHeight = (b: number, tiers: readonly number[]) => {
		const tops = tallest(b, tiers).filter((h) => h !== undefined);
		return tops.reduce((sum, h) => sum + h, 0) + TIER_GAP * Math.max(0, tops.length - 1);
	};

	const tiersOf = order.map((_, b) => single(b));
	const count = order.map(() => 1);
	const widths = order.map((_, b) => bandWidth(b, tiersOf[b]!));
	for (;;) {
		let total = Math.max(0, order.length - 1) * BAND_GAP;
		order.forEach((_, b) => (total += bandHeight(b, tiersOf[b]!)));
		const widest = Math.max(...widths);
		const wide = widths.indexOf(widest);
		if (widest <= ASPECT * total || count[wide]! >= Math.min(MAX_TIERS, order[wide]!.length)) {
			break;
		}
		count[wide]!++;
		tiersOf[wide] = split(wide, count[wide]!);
		widths[wide] = bandWidth(wide, tiersOf[wide]!);
	}

	const y = new Array<number>(width.length).fill(0);
	let top = 0;
	order.forEach((row, b) => {
		const tops = tallest(b, tiersOf[b]!);
		const lines: number[] = [];
		let at = top;
		tops.forEach((h, t) => {
			lines[t] = at + (h ?? 0) / 2;
			if (h !== undefined) at += h + TIER_GAP;
		});
		row.forEach((v, i) => {
			tier[v] = tiersOf[b]![i]!;
			y[v] = lines[tier[v]!]!;
		});
		top += bandHeight(b, tiersOf[b]!) + BAND_GAP;
	});
	const wrapped = count.map((c) => c > 1);
	return { tier, wrapped, gaps: order.map((_, b) => gapsOf(b, tiersOf[b]!)), y };
}
