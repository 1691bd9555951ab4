import type { ArgumentStructure } from './structure';

/**
 * The left-to-right order of the claims in each band, chosen for few edge crossings: the classic
 * layered approach (Sugiyama). Long links get a virtual node in every band they pass through; the
 * first order is a depth-first walk of the argument tree (so the tree alone has no crossing, and
 * in every family the affirmative side comes first: affirmative left, negative right); then
 * barycentre sweeps down and up, adjacent swaps (transpose) and sifting (each node tried at every
 * place in its band), keeping the best order seen. The cost counted is the crossings between
 * neighbouring bands plus, for a relation between two claims of one band, the cards between them
 * (its level line would run through them). The claims answering the resolution stay grouped by
 * side, affirmative first, whatever the crossings.
 */
export function orderBands(structure: ArgumentStructure, sweeps = 12): number[][] {
	const { band, bandCount, side, children, links, resolution } = structure;
	const n = band.length;

	// Nodes: the claims, then virtual nodes of long links. Adjacency between neighbouring bands.
	const layer = band.slice();
	const above: number[][] = band.map(() => []);
	const below: number[][] = band.map(() => []);
	const aboveWeight: number[][] = band.map(() => []);
	const belowWeight: number[][] = band.map(() => []);
	const connect = (upper: number, lower: number, weight: number) => {
		below[upper]!.push(lower);
		belowWeight[upper]!.push(weight);
		above[lower]!.push(upper);
		aboveWeight[lower]!.push(weight);
	};
	// Links inside one band: not part of the sweeps, but counted (a card-to-card line along a band
	// runs through every card between its ends) and used to break ties.
	const flat: [number, number][] = [];
	for (const link of links) {
		const a = layer[link.source]!;
		const b = layer[link.target]!;
		if (a === b) {
			flat.push([link.source, link.target]);
			continue;
		}
		// Tree links weigh more: a claim stays near the claim it answers.
		const weight = link.tree ? 2 : 1;
		const lower = a < b ? link.target : link.source;
		let upper = a < b ? link.source : link.target;
		const bottom = layer[lower]!;
		for (let l = layer[upper]! + 1; l < bottom; l++) {
			const dummy = layer.length;
			layer.push(l);
			above.push([]);
			below.push([]);
			aboveWeight.push([]);
			belowWeight.push([]);
			connect(upper, dummy, weight);
			upper = dummy;
		}
		connect(upper, lower, weight);
	}
	const total = layer.length;
	const flatOf: number[][] = Array.from({ length: total }, () => []);
	for (const [a, b] of flat) {
		flatOf[a]!.push(b);
		flatOf[b]!.push(a);
	}

	// First order: depth-first through the tree, affirmative children before negative ones.
	// Disconnected claims after, in file order.
	const rank = new Array<number>(total).fill(Infinity);
	let next = 0;
	const sideKey = (i: number) => (side[i] === 'affirmative' ? 0 : side[i] === 'negative' ? 1 : 2);
	// In a family, claims that are answered in turn go to the middle (affirmative ones last of
	// their side, negative ones first), unanswered ones to the flanks: the family's subtrees then
	// hang right under it, and its leaves sit outside, near the neighbouring families.
	const inward = (i: number) => (children[i]!.length ? 1 : 0) * (side[i] === 'negative' ? -1 : 1);
	const stack = [resolution];
	while (stack.length) {
		const at = stack.pop()!;
		rank[at] = next++;
		const kids = children[at]!.slice().sort(
			(p, q) => sideKey(p) - sideKey(q) || inward(p) - inward(q) || p - q
		);
		for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
	}
	for (let i = 0; i < n; i++) if (rank[i] === Infinity) rank[i] = next++;
	// A virtual node starts under its upper end (the long link's upper claim).
	for (let v = n; v < total; v++) rank[v] = rank[above[v]![0]!]! + 0.5;

	// The claims answering the resolution keep their sides apart: affirmative, negative, unlinked.
	// Everywhere else the group is 0 and the order is free.
	const group = new Array<number>(total).fill(0);
	for (let v = 0; v < total; v++) {
		if (layer[v] !== 1) continue;
		let real = v;
		while (real >= n) real = below[real]![0]!;
		group[v] = sideKey(real);
	}

	const layers: number[][] = Array.from({ length: bandCount }, () => []);
	for (let v = 0; v < total; v++) layers[layer[v]!]!.push(v);
	for (const members of layers) {
		members.sort((p, q) => group[p]! - group[q]! || rank[p]! - rank[q]! || p - q);
	}

	const position = new Array<number>(total).fill(0);
	const index = () => layers.forEach((m) => m.forEach((v, i) => (position[v] = i)));
	index();

	// Crossings between two neighbouring bands: inversions among their links, counted with a
	// Fenwick tree in O(E log V).
	const between = (l: number) => {
		const edges: [number, number][] = [];
		for (const u of layers[l]!) for (const v of below[u]!) edges.push([position[u]!, position[v]!]);
		edges.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
		const size = layers[l + 1]!.length;
		const tree = new Int32Array(size + 1);
		let crossings = 0;
		edges.forEach(([, v], seen) => {
			let greater = seen;
			for (let i = v + 1; i > 0; i -= i & -i) greater -= tree[i]!;
			crossings += greater;
			for (let i = v + 1; i <= size; i += i & -i) tree[i]!++;
		});
		return crossings;
	};
	const flatCost = () => {
		let cost = 0;
		for (const [a, b] of flat) cost += Math.max(0, Math.abs(position[a]! - position[b]!) - 1);
		return cost;
	};
	const cost = () => {
		let c = flatCost();
		for (let l = 0; l + 1 < bandCount; l++) c += between(l);
		return c;
	};

	const sortBy = (members: number[], key: (v: number) => number) => {
		const keys = new Map(members.map((v) => [v, key(v)]));
		members.sort(
			(p, q) => group[p]! - group[q]! || keys.get(p)! - keys.get(q)! || position[p]! - position[q]!
		);
		members.forEach((v, i) => (position[v] = i));
	};
	const barycentre = (neighbours: number[][], weights: number[][]) => (v: number) => {
		const list = neighbours[v]!;
		if (!list.length) return position[v]!;
		let sum = 0;
		let weight = 0;
		list.forEach((u, k) => {
			const w = weights[v]![k]!;
			sum += position[u]! * w;
			weight += w;
		});
		return sum / weight;
	};

	// Crossings among the links of u and v (up and down) while u is left of v.
	const pairCrossings = (u: number, v: number) => {
		let c = 0;
		for (const list of [above, below]) {
			for (const a of list[u]!) for (const b of list[v]!) if (position[a]! > position[b]!) c++;
		}
		return c;
	};
	// Cost of the links inside the band that touch u or v.
	const flatAt = (u: number, v: number) => {
		let c = 0;
		for (const w of flatOf[u]!) c += Math.max(0, Math.abs(position[u]! - position[w]!) - 1);
		for (const w of flatOf[v]!) {
			if (w !== u) c += Math.max(0, Math.abs(position[v]! - position[w]!) - 1);
		}
		return c;
	};
	// Swaps v with its left neighbour u; returns the change in cost.
	const swapLeft = (members: number[], v: number) => {
		const i = position[v]!;
		const u = members[i - 1]!;
		const before = pairCrossings(u, v) + flatAt(u, v);
		members[i - 1] = v;
		members[i] = u;
		position[v] = i - 1;
		position[u] = i;
		return pairCrossings(v, u) + flatAt(u, v) - before;
	};
	// Swaps of neighbours in a band when that removes crossings.
	const transpose = () => {
		let improved = true;
		for (let round = 0; improved && round < 4; round++) {
			improved = false;
			for (const members of layers) {
				for (let i = 1; i < members.length; i++) {
					if (group[members[i]!] !== group[members[i - 1]!]) continue;
					if (swapLeft(members, members[i]!) < 0) improved = true;
					else swapLeft(members, members[i]!);
				}
			}
		}
	};
	// Sifting: each node tried at every place in its band, kept at the cheapest.
	const sift = () => {
		for (const members of layers) {
			for (const v of members.slice()) {
				const from = position[v]!;
				let cost = 0;
				let best = 0;
				let bestAt = from;
				const same = (i: number) => group[members[i]!] === group[v];
				while (position[v]! > 0 && same(position[v]! - 1)) {
					cost += swapLeft(members, v);
					if (cost < best) {
						best = cost;
						bestAt = position[v]!;
					}
				}
				// Back to the start, then on to the right end.
				while (position[v]! < from) cost += swapLeft(members, members[position[v]! + 1]!);
				while (position[v]! < members.length - 1 && same(position[v]! + 1)) {
					cost += swapLeft(members, members[position[v]! + 1]!);
					if (cost < best) {
						best = cost;
						bestAt = position[v]!;
					}
				}
				members.splice(position[v]!, 1);
				members.splice(bestAt, 0, v);
				members.forEach((w, i) => (position[w] = i));
			}
		}
	};

	let best = layers.map((m) => m.slice());
	let bestCost = cost();
	const keep = () => {
		const c = cost();
		if (c < bestCost) {
			bestCost = c;
			best = layers.map((m) => m.slice());
		}
	};
	for (let sweep = 0; sweep < sweeps && bestCost > 0; sweep++) {
		if (sweep % 2 === 0) {
			for (let l = 1; l < bandCount; l++) sortBy(layers[l]!, barycentre(above, aboveWeight));
		} else {
			for (let l = bandCount - 2; l >= 0; l--) sortBy(layers[l]!, barycentre(below, belowWeight));
		}
		transpose();
		keep();
	}
	best.forEach((m, l) => (layers[l] = m.slice()));
	index();
	for (let round = 0; round < 2 && bestCost > 0; round++) {
		sift();
		transpose();
		keep();
	}
	return best.map((members) => members.filter((v) => v < n));
}
