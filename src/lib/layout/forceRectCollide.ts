import type { SimulationNodeDatum } from 'd3-force';

export interface RectNode extends SimulationNodeDatum {
	width: number;
	height: number;
}

/**
 * A collision force for rectangles (d3's `forceCollide` is for circles): pairs of cards whose
 * rectangles, grown by `margin`, overlap are pushed apart along the axis of least penetration; a
 * node pinned on an axis (`fx`/`fy`) is not pushed along it, so cards pinned to a band only slide
 * sideways. Candidate pairs come from a sweep along x, so a tick costs O(n log n) plus the pairs
 * that are close, not O(n^2). Like `forceCollide`, it corrects velocities and ignores alpha.
 */
export function forceRectCollide<N extends RectNode>(margin = 12) {
	let nodes: N[] = [];
	let halfWidth = new Float64Array(0);
	let halfHeight = new Float64Array(0);
	let random: () => number = Math.random;
	let strength = 0.7;
	let iterations = 1;

	const jiggle = () => (random() - 0.5) * 1e-6;

	function force() {
		const n = nodes.length;
		const px = new Float64Array(n);
		const order = new Array<number>(n);
		for (let k = 0; k < iterations; k++) {
			for (let i = 0; i < n; i++) {
				const node = nodes[i]!;
				px[i] = node.x! + node.vx!;
				order[i] = i;
			}
			order.sort((a, b) => px[a]! - halfWidth[a]! - (px[b]! - halfWidth[b]!) || a - b);
			for (let oi = 0; oi < n; oi++) {
				const i = order[oi]!;
				const a = nodes[i]!;
				const reach = px[i]! + halfWidth[i]! + margin;
				for (let oj = oi + 1; oj < n; oj++) {
					const j = order[oj]!;
					if (px[j]! - halfWidth[j]! >= reach) break;
					const b = nodes[j]!;
					let dx = b.x! + b.vx! - (a.x! + a.vx!);
					let dy = b.y! + b.vy! - (a.y! + a.vy!);
					const ox = halfWidth[i]! + halfWidth[j]! + margin - Math.abs(dx);
					const oy = halfHeight[i]! + halfHeight[j]! + margin - Math.abs(dy);
					if (ox <= 0 || oy <= 0) continue;
					const pinnedX = a.fx != null && b.fx != null;
					const pinnedY = a.fy != null && b.fy != null;
					if (!pinnedX && (ox <= oy || pinnedY)) {
						if (dx === 0) dx = jiggle();
						const push = ox * strength * Math.sign(dx);
						const share = a.fx != null ? 0 : b.fx != null ? 1 : 0.5;
						a.vx! -= push * share;
						b.vx! += push * (1 - share);
					} else if (!pinnedY) {
						if (dy === 0) dy = jiggle();
						const push = oy * strength * Math.sign(dy);
						const share = a.fy != null ? 0 : b.fy != null ? 1 : 0.5;
						a.vy! -= push * share;
						b.vy! += push * (1 - share);
					}
				}
			}
		}
	}

	force.initialize = (initial: N[], source: () => number) => {
		nodes = initial;
		random = source;
		halfWidth = Float64Array.from(nodes, (d) => d.width / 2);
		halfHeight = Float64Array.from(nodes, (d) => d.height / 2);
	};
	force.strength = (value: number) => {
		strength = value;
		return force;
	};
	force.iterations = (value: number) => {
		iterations = value;
		return force;
	};
	return force;
}
