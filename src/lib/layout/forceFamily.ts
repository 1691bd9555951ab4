import type { SimulationNodeDatum } from 'd3-force';

/**
 * Keeps each family of an argument tree together along x: every claim is drawn towards the claim
 * it answers (its parent), and every answered claim towards the middle of its answers. Each pull
 * moves one end only, so a parent is not dragged up towards its own parent: the equilibrium,
 * with collisions keeping cards apart, is a compact tidy tree with each parent over its family.
 * `parent(node, i)` gives the index of the node's parent, or -1.
 */
export function forceFamily<N extends SimulationNodeDatum>(parent: (node: N, i: number) => number) {
	let nodes: N[] = [];
	let parents = new Int32Array(0);
	let children: number[][] = [];
	let strength = 0.1;
	let centring = 0.1;

	function force(alpha: number) {
		for (let i = 0; i < nodes.length; i++) {
			const node = nodes[i]!;
			const p = parents[i]!;
			if (p >= 0) node.vx! += (nodes[p]!.x! - node.x!) * strength * alpha;
			const kids = children[i]!;
			if (kids.length) {
				let sum = 0;
				for (const k of kids) sum += nodes[k]!.x!;
				node.vx! += (sum / kids.length - node.x!) * centring * alpha;
			}
		}
	}

	force.initialize = (initial: N[]) => {
		nodes = initial;
		parents = Int32Array.from(nodes, (d, i) => parent(d, i));
		children = nodes.map(() => []);
		parents.forEach((p, i) => {
			if (p >= 0 && p < nodes.length) children[p]!.push(i);
		});
	};
	/** Pull of a claim towards its parent. */
	force.strength = (value: number) => {
		strength = value;
		return force;
	};
	/** Pull of a parent towards the middle of its children. */
	force.centring = (value: number) => {
		centring = value;
		return force;
	};
	return force;
}
