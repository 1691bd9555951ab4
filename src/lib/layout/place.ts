import { separate } from './separate';
import type { ArgumentStructure } from './structure';

/**
 * First x of every card, for rows in a fixed left-to-right order: rows packed, then alternately
 * each card pulled under its parent (top down) and each parent over the middle of its children
 * (bottom up), every row re-separated in its order. A tidy tree in a few linear passes; the force
 * simulation starts from it.
 */
export function placeRows(
	structure: ArgumentStructure,
	rows: readonly (readonly number[])[],
	gaps: readonly (readonly number[])[],
	passes = 4
): number[] {
	const { parent, children } = structure;
	const x = new Array<number>(parent.length).fill(0);
	const settle = (r: number, desired: (v: number) => number) => {
		const row = rows[r]!;
		const placed = separate(row.map(desired), gaps[r]!);
		row.forEach((v, k) => (x[v] = placed[k]!));
	};
	rows.forEach((row, r) => {
		const packed = separate(
			row.map(() => 0),
			gaps[r]!
		);
		row.forEach((v, k) => (x[v] = packed[k]!));
	});
	const underParent = (v: number) => (parent[v]! >= 0 ? x[parent[v]!]! : x[v]!);
	const overChildren = (v: number) => {
		const kids = children[v]!;
		if (!kids.length) return x[v]!;
		let lo = Infinity;
		let hi = -Infinity;
		for (const c of kids) {
			lo = Math.min(lo, x[c]!);
			hi = Math.max(hi, x[c]!);
		}
		return (lo + hi) / 2;
	};
	for (let pass = 0; pass < passes; pass++) {
		for (let r = 1; r < rows.length; r++) settle(r, underParent);
		for (let r = rows.length - 2; r >= 0; r--) settle(r, overChildren);
	}
	return x;
}
