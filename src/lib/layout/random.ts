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
