import type { ArgumentStructure } from './structure';

/** Clear space between neighbouring cards of a band: siblings, and cards of different families. */
export const GAP = { sibling: 16, family: 36 } as const;
/** Vertical clear space between bands: room for the edges. */
export const BAND_GAP = 130;
/** Vertical clear space between the two tiers of a wrapped band. */
export const TIER_GAP = 24;
/**
 * In a wrapped band, the clear width left in one tier around a card of the other tier, for that
 * card's edges to pass through.
 */
export const CORRIDOR = 80;
/** Widest width : height the map aims for before it wraps bands (a 1440 x 900 screen is 1.6). */
export const ASPECT = 1.6;
/**
 * Costs of a tier choice, in px of band width: per edge leaving an upper-tier card downwards
 * (through the lower tier), and per place a lower-tier card is from the middle of its family (its
 * edge up, through the upper tier, slants more).
 */
const THROUGH_COST = 120;
const SLANT_COST = 150;

/**
 * The vertical geometry of the map, given each band's left-to-right order: which bands wrap into
 * two staggered tiers, each card's y, and the least centre-to-centre distance between
 * neighbours of a band (always between consecutive cards of the order, so a row keeps its order
 * and can be solved as a chain; see `separate`).
 *
 * A band wraps when the map would otherwise be wider than `ASPECT` times its height, widest band
 * first. In a wrapped band, cards of one tier may overlap cards of the other in x, which is what
 * makes it narrower; each card of one tier keeps a `CORRIDOR` clear in the other tier, centred on
 * it, for its edges. The tier of each card is chosen (dynamic programming over the order) for a
 * narrow band whose edges rarely run behind a card of the other tier: claims that are answered
 * sit low (their edges down are then free), unanswered ones (leaves) high, and low cards near the
 * middle of their family, under their parent (their edge up is then steep, through the corridor).
 */
export interface BandGeometry {
	/** Per card: 0 for the band's (upper) tier, 1 for the lower tier of a wrapped band. */
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
	// Tiers of a wrapped band: the cheapest assignment by dynamic programming over its order.
	const split = (b: number) => {
		const row = order[b]!;
		const n = row.length;
		// How far each card is from the middle of its family (its run of siblings), in cards: the
		// further, the more its edge slants, and the likelier it runs behind an upper-tier card.
		const offMiddle = new Float64Array(n);
		for (let i = 0; i < n;) {
			let j = i;
			while (j + 1 < n && parent[row[j + 1]!] === parent[row[i]!]) j++;
			for (let k = i; k <= j; k++) offMiddle[k] = Math.abs(k - (i + j) / 2);
			i = j + 1;
		}
		const lowCost = (i: number) => SLANT_COST * Math.max(0, offMiddle[i]! - 0.5);
		const cost = [new Float64Array(n), new Float64Array(n)];
		const from = [new Int8Array(n), new Int8Array(n)];
		for (let t = 0; t < 2; t++) cost[t]![0] = t === 0 ? down[row[0]!]! * THROUGH_COST : lowCost(0);
		for (let i = 1; i < n; i++) {
			for (let t = 0; t < 2; t++) {
				const own = t === 0 ? down[row[i]!]! * THROUGH_COST : lowCost(i);
				let best = Infinity;
				for (let s = 0; s < 2; s++) {
					const c = cost[s]![i - 1]! + gap(row[i - 1]!, row[i]!, s === t);
					if (c < best - 1e-9) {
						best = c;
						from[t]![i] = s;
					}
				}
				cost[t]![i] = best + own;
			}
		}
		const tiers = new Array<number>(n).fill(0);
		let t = cost[1]![n - 1]! < cost[0]![n - 1]! - 1e-9 ? 1 : 0;
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
	const tallest = (b: number, tiers: readonly number[]) => {
		const top = [0, 0];
		order[b]!.forEach((v, i) => (top[tiers[i]!] = Math.max(top[tiers[i]!]!, height[v]!)));
		return top;
	};
	const bandHeight = (b: number, tiers: readonly number[]) => {
		const [upper, lower] = tallest(b, tiers);
		return upper! + (lower ? TIER_GAP + lower : 0);
	};

	const tiersOf = order.map((_, b) => single(b));
	const wrapped = order.map(() => false);
	const widths = order.map((_, b) => bandWidth(b, tiersOf[b]!));
	for (;;) {
		let total = Math.max(0, order.length - 1) * BAND_GAP;
		order.forEach((_, b) => (total += bandHeight(b, tiersOf[b]!)));
		let wide = -1;
		order.forEach((row, b) => {
			if (!wrapped[b] && row.length > 1 && (wide < 0 || widths[b]! > widths[wide]!)) wide = b;
		});
		const widest = Math.max(...widths);
		if (wide < 0 || widest <= ASPECT * total || widths[wide]! < widest) break;
		wrapped[wide] = true;
		tiersOf[wide] = split(wide);
		widths[wide] = bandWidth(wide, tiersOf[wide]!);
	}

	const y = new Array<number>(width.length).fill(0);
	let top = 0;
	order.forEach((row, b) => {
		const [upper, lower] = tallest(b, tiersOf[b]!);
		const line = [top + upper! / 2, top + upper! + TIER_GAP + lower! / 2];
		row.forEach((v, i) => {
			tier[v] = tiersOf[b]![i]!;
			y[v] = line[tier[v]!]!;
		});
		top += bandHeight(b, tiersOf[b]!) + BAND_GAP;
	});
	return { tier, wrapped, gaps: order.map((_, b) => gapsOf(b, tiersOf[b]!)), y };
}
