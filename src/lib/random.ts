// Seeded random sources: the same seed gives the same numbers, so layouts and tests repeat.
/**
 * The linear congruential generator d3-force uses for its own jiggle, seeded: uniform in [0, 1).
 * A layout draws every random number from one of these, so a seed fixes every position.
 */
export function lcg(seed = 1): () => number {
	const a = 1664525;
	const c = 1013904223;
	const m = 4294967296; // 2^32
	let state = (Math.floor(Math.abs(seed)) % m) >>> 0;
	return () => (state = (a * state + c) % m) / m;
}

/** A small seeded generator (mulberry32), uniform in [0, 1): for shuffles and generated data. */
export function seededRandom(seed: number): () => number {
	let state = Math.floor(Number.isFinite(seed) ? seed : 0) >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
