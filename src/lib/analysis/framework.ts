/**
 * An abstract argumentation framework (Dung 1995) packed for speed: arguments are the integers
 * `0 .. size - 1`, and the attacks are stored twice in compressed sparse rows, once by target
 * (who attacks `a`: `attackers[attackerStart[a] .. attackerStart[a + 1]]`) and once by source
 * (whom `a` attacks: `targets[targetStart[a] .. targetStart[a + 1]]`). The algorithms walk these
 * typed arrays; nothing in a hot loop allocates or looks anything up by string.
 */
export interface AttackFramework {
	size: number;
	attackerStart: Int32Array;
	attackers: Int32Array;
	targetStart: Int32Array;
	targets: Int32Array;
}

/** Labels as the algorithms store them, one byte per argument. */
export const UNDEC = 0;
export const IN = 1;
export const OUT = 2;
export type LabelCode = typeof UNDEC | typeof IN | typeof OUT;

/** The words of the vocabulary for the codes above. */
export type Label = 'in' | 'out' | 'undec';
export const LABEL_NAMES: readonly Label[] = ['undec', 'in', 'out'];

/**
 * Builds a framework from parallel arrays of attacks: `from[k]` attacks `to[k]`. Duplicate attacks
 * are kept (they change nothing in the semantics); out-of-range arguments throw.
 */
export function attackFramework(
	size: number,
	from: ArrayLike<number>,
	to: ArrayLike<number>
): AttackFramework {
	const m = from.length;
	if (to.length !== m) throw new Error('attackFramework: from and to differ in length');
	const attackerStart = new Int32Array(size + 1);
	const targetStart = new Int32Array(size + 1);
	for (let k = 0; k < m; k++) {
		const a = from[k]!;
		const b = to[k]!;
		if (!(a >= 0 && a < size && b >= 0 && b < size)) {
			throw new Error(`attackFramework: attack ${a} -> ${b} is outside 0..${size - 1}`);
		}
		targetStart[a + 1]!++;
		attackerStart[b + 1]!++;
	}
	for (let i = 0; i < size; i++) {
		attackerStart[i + 1]! += attackerStart[i]!;
		targetStart[i + 1]! += targetStart[i]!;
	}
	const attackers = new Int32Array(m);
	const targets = new Int32Array(m);
	const attackerFill = attackerStart.slice(0, size);
	const targetFill = targetStart.slice(0, size);
	for (let k = 0; k < m; k++) {
		const a = from[k]!;
		const b = to[k]!;
		attackers[attackerFill[b]!++] = a;
		targets[targetFill[a]!++] = b;
	}
	return { size, attackerStart, attackers, targetStart, targets };
}

/** The same framework from `[attacker, target]` pairs: handy in tests. */
export function frameworkFromPairs(size: number, attacks: readonly (readonly [number, number])[]) {
	return attackFramework(
		size,
		attacks.map((a) => a[0]),
		attacks.map((a) => a[1])
	);
}
