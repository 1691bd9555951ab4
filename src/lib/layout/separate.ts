/**
 * Places items on a line in a fixed order, each as close as it can get to where it wants to be,
 * with at least `gaps[i]` between item `i` and item `i + 1`: the positions minimising
 * `sum(weight * (x - desired)^2)` under those constraints. Exact and deterministic (pool adjacent
 * violators over the gap-shifted targets), O(n). Used to remove overlaps without reordering.
 */
export function separate(
	desired: readonly number[],
	gaps: readonly number[],
	weights?: readonly number[]
): number[] {
	const n = desired.length;
	if (n === 0) return [];
	// With offsets o_i = sum of gaps before i, y_i = x_i - o_i must be non-decreasing: an isotonic
	// regression of the shifted targets desired_i - o_i.
	const offset = new Array<number>(n);
	offset[0] = 0;
	for (let i = 1; i < n; i++) offset[i] = offset[i - 1]! + gaps[i - 1]!;

	// Blocks of pooled items: their weighted mean, total weight and first item.
	const mean: number[] = [];
	const weight: number[] = [];
	const start: number[] = [];
	for (let i = 0; i < n; i++) {
		const w = weights?.[i] ?? 1;
		mean.push(desired[i]! - offset[i]!);
		weight.push(w);
		start.push(i);
		while (mean.length > 1 && mean[mean.length - 2]! > mean[mean.length - 1]! - 1e-9) {
			const w2 = weight.pop()!;
			const m2 = mean.pop()!;
			start.pop();
			const w1 = weight[weight.length - 1]!;
			const total = w1 + w2;
			mean[mean.length - 1] = (mean[mean.length - 1]! * w1 + m2 * w2) / total;
			weight[weight.length - 1] = total;
		}
	}
	const x = new Array<number>(n);
	for (let b = 0; b < mean.length; b++) {
		const end = b + 1 < start.length ? start[b + 1]! : n;
		for (let i = start[b]!; i < end; i++) x[i] = mean[b]! + offset[i]!;
	}
	return x;
}
