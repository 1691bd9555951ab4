import type { AnalysisIndex } from './graph-index';

// Local copies of the codes of './framework' and './graph-index', for the hot loop.
const IN = 1;
const OUT = 2;
const REBUTS = 1;

/**
 * Gradual strength: DF-QuAD (Rago, Toni, Aurisicchio and Baroni 2016), extended to undercuts.
 *
 * Every claim has a base score `v0` (0.5 unless a what-if sets another). A relation passes on a
 * weight: its source claim's strength times what its undercuts leave of it,
 *   weight(r) = strength(source) × (1 − w1) × (1 − w2) × …   for the undercuts of r with weights wi,
 * so an undercut by a claim of strength 1 (that is itself not undercut) cancels the relation, and
 * a weaker one weakens it in proportion. An undercut's own weight is computed the same way, which
 * covers undercuts of undercuts. A claim aggregates its rebuts and its supports separately with
 * DF-QuAD's probabilistic sum, F(w1, …, wn) = 1 − (1 − w1)(1 − w2)…(1 − wn) (0 with none):
 *   va = F(weights of its rebuts), vs = F(weights of its supports),
 *   strength = v0 − v0 (va − vs)         when va ≥ vs,
 *   strength = v0 + (1 − v0)(vs − va)    when va < vs.
 * A claim rejected in a what-if has strength 0 (so its relations weigh nothing), an accepted one 1.
 *
 * Cycles. The values are computed component by component in dependency order (Tarjan's strongly
 * connected components of the graph claim -> relation -> target): outside cycles each value is
 * computed once from final inputs, which is the exact DF-QuAD value. Inside a cycle the values
 * start from the base scores and are recomputed in turn with damping (each step moves a value
 * halfway to its newly computed one) until no value would change by more than `tolerance`, or
 * `maxIterations` rounds have passed (then `converged` is false and the last values stand).
 * Damping keeps a cycle of attacks from see-sawing; the fixed points are the undamped ones.
 */
export interface StrengthOptions {
	/** Share of the step toward the new value taken in a cycle (default 0.5; 1 = no damping). */
	damping?: number;
	/** Rounds per cycle before giving up (default 1000). */
	maxIterations?: number;
	/** Largest change that counts as settled (default 1e-9). */
	tolerance?: number;
}

export interface StrengthResult {
	/** Node values: claim `c` at `c` (its strength), relation `r` at `claimCount + r` (its weight). */
	values: Float64Array;
	/** Most rounds any cycle took (0 when there is no cycle). */
	iterations: number;
	converged: boolean;
}

/**
 * DF-QuAD over an index. `base` holds each claim's base score; `forced` (optional, one byte per
 * claim) marks claims accepted (`IN`, strength 1) or rejected (`OUT`, strength 0).
 */
export function dfquad(
	index: AnalysisIndex,
	base: Float64Array,
	forced?: Uint8Array,
	options: StrengthOptions = {}
): StrengthResult {
	const damping = options.damping ?? 0.5;
	const maxIterations = options.maxIterations ?? 1000;
	const tolerance = options.tolerance ?? 1e-9;
	const C = index.claimCount;
	const {
		order,
		componentStart,
		componentCyclic,
		claimInputStart,
		claimInputs,
		relationKind,
		relationFrom,
		undercutStart,
		undercutList
	} = index;
	const values = new Float64Array(C + index.relationIds.length);

	const compute = (node: number): number => {
		if (node < C) {
			const f = forced ? forced[node] : 0;
			if (f === OUT) return 0;
			if (f === IN) return 1;
			let keepA = 1;
			let keepS = 1;
			for (let k = claimInputStart[node]!, end = claimInputStart[node + 1]!; k < end; k++) {
				const r = claimInputs[k]!;
				const w = values[C + r]!;
				if (relationKind[r] === REBUTS) keepA *= 1 - w;
				else keepS *= 1 - w;
			}
			const va = 1 - keepA;
			const vs = 1 - keepS;
			const v0 = base[node]!;
			return va >= vs ? v0 - v0 * (va - vs) : v0 + (1 - v0) * (vs - va);
		}
		const r = node - C;
		let w = values[relationFrom[r]!]!;
		for (let k = undercutStart[r]!, end = undercutStart[r + 1]!; k < end; k++) {
			w *= 1 - values[C + undercutList[k]!]!;
		}
		return w;
	};

	let iterations = 0;
	let converged = true;
	const K = componentCyclic.length;
	for (let k = 0; k < K; k++) {
		const begin = componentStart[k]!;
		const end = componentStart[k + 1]!;
		if (!componentCyclic[k]) {
			const node = order[begin]!;
			values[node] = compute(node);
			continue;
		}
		for (let i = begin; i < end; i++) {
			const node = order[i]!;
			values[node] = node < C ? base[node]! : 0;
		}
		let rounds = 0;
		let settled = false;
		while (rounds < maxIterations) {
			rounds++;
			let change = 0;
			for (let i = begin; i < end; i++) {
				const node = order[i]!;
				const target = compute(node);
				const diff = target - values[node]!;
				if (Math.abs(diff) > change) change = Math.abs(diff);
				values[node] = values[node]! + damping * diff;
			}
			if (change <= tolerance) {
				settled = true;
				break;
			}
		}
		if (!settled) converged = false;
		if (rounds > iterations) iterations = rounds;
	}
	return { values, iterations, converged };
}
