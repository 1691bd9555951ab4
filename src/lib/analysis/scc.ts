/**
 * Strongly connected components of a directed graph given as compressed sparse rows (the
 * successors of `v` are `succ[succStart[v] .. succStart[v + 1]]`), by Tarjan's algorithm without
 * recursion, so deep graphs cannot overflow the stack.
 *
 * The components come out in topological order, sources first: every edge goes from a component
 * to itself or to a later one. (Tarjan emits a component after all the components it reaches, so
 * the emission order is reversed.) Inside a component, the order of the nodes is unspecified.
 */
export interface Components {
	/** The nodes, component by component: `order[componentStart[k] .. componentStart[k + 1]]`. */
	order: Int32Array;
	componentStart: Int32Array;
	/** 1 for a component that holds a cycle (two or more nodes, or one with an edge to itself). */
	componentCyclic: Uint8Array;
	/** The component of each node. */
	componentOf: Int32Array;
}

export function stronglyConnectedComponents(
	size: number,
	succStart: Int32Array,
	succ: Int32Array
): Components {
	const N = size;
	const index = new Int32Array(N).fill(-1);
	const low = new Int32Array(N);
	const onStack = new Uint8Array(N);
	const stack = new Int32Array(N);
	let sp = 0;
	const callNode = new Int32Array(N);
	const callEdge = new Int32Array(N);
	let counter = 0;
	const emitted = new Int32Array(N);
	let emittedCount = 0;
	const starts: number[] = [];
	const cyclic: number[] = [];

	for (let root = 0; root < N; root++) {
		if (index[root] !== -1) continue;
		let depth = 0;
		callNode[0] = root;
		callEdge[0] = succStart[root]!;
		index[root] = low[root] = counter++;
		stack[sp++] = root;
		onStack[root] = 1;
		while (depth >= 0) {
			const v = callNode[depth]!;
			const e = callEdge[depth]!;
			if (e < succStart[v + 1]!) {
				callEdge[depth] = e + 1;
				const w = succ[e]!;
				if (index[w] === -1) {
					index[w] = low[w] = counter++;
					stack[sp++] = w;
					onStack[w] = 1;
					depth++;
					callNode[depth] = w;
					callEdge[depth] = succStart[w]!;
				} else if (onStack[w] && index[w]! < low[v]!) low[v] = index[w]!;
				continue;
			}
			if (low[v] === index[v]) {
				starts.push(emittedCount);
				let size = 0;
				for (;;) {
					const w = stack[--sp]!;
					onStack[w] = 0;
					emitted[emittedCount++] = w;
					size++;
					if (w === v) break;
				}
				let selfLoop = false;
				if (size === 1) {
					for (let k = succStart[v]!; k < succStart[v + 1]!; k++)
						if (succ[k] === v) selfLoop = true;
				}
				cyclic.push(size > 1 || selfLoop ? 1 : 0);
			}
			depth--;
			if (depth >= 0) {
				const parent = callNode[depth]!;
				if (low[v]! < low[parent]!) low[parent] = low[v]!;
			}
		}
	}

	const K = starts.length;
	const order = new Int32Array(N);
	const componentStart = new Int32Array(K + 1);
	const componentCyclic = new Uint8Array(K);
	const componentOf = new Int32Array(N);
	let at = 0;
	for (let k = K - 1, j = 0; k >= 0; k--, j++) {
		const begin = starts[k]!;
		const end = k + 1 < K ? starts[k + 1]! : emittedCount;
		componentStart[j] = at;
		componentCyclic[j] = cyclic[k]!;
		for (let i = begin; i < end; i++) {
			order[at++] = emitted[i]!;
			componentOf[emitted[i]!] = j;
		}
	}
	componentStart[K] = at;
	return { order, componentStart, componentCyclic, componentOf };
}
