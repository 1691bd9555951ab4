import type { ArgumentGraph } from '../model/graph';
import { attackFramework, type AttackFramework } from './framework';
import { stronglyConnectedComponents } from './scc';

export const SUPPORTS = 0;
export const REBUTS = 1;
export const UNDERCUTS = 2;

/**
 * A debate indexed for analysis: integers and typed arrays, built once per graph (O(claims +
 * relations)) and reused by every evaluation and what-if. `indexGraph` caches it per graph
 * object, so treat a graph as immutable (the model derives a new one for every edit anyway).
 *
 * Claims are numbered in file order (`claimIds[i]`), relations likewise (`relationIds[r]`).
 */
export interface AnalysisIndex {
	graph: ArgumentGraph;
	claimIds: string[];
	claimIndex: Map<string, number>;
	claimCount: number;
	relationIds: string[];
	relationIndex: Map<string, number>;
	/** The claim a relation starts at. */
	relationFrom: Int32Array;
	/** The claim a support or rebut ends at; for an undercut, the relation it attacks. */
	relationTo: Int32Array;
	/** `SUPPORTS`, `REBUTS` or `UNDERCUTS`. */
	relationKind: Uint8Array;

	/**
	 * The attack framework the labels are computed on. Arguments `0 .. claimCount - 1` are the
	 * claims. A rebut is an attack; a relation that is undercut is "flattened" into two extra
	 * arguments so that an undercut can attack it: `from -> X -> Y -> target`, where X stands for
	 * "the source is not in" and Y for "the relation is in effect", and each undercut attacks Y.
	 * (Cayrol et al.'s flattening of attacks on attacks: Y is `in` exactly when the source is `in`
	 * and every undercut of the relation is `out`.)
	 */
	framework: AttackFramework;
	/**
	 * Arguments `0 .. relevantSize - 1` are the claims and the extra arguments of rebuts (and of
	 * undercuts that lead to a rebut). The others belong to undercut supports: they give supports
	 * their label but can never change a claim's label, so the preferred search leaves them out.
	 */
	relevantSize: number;
	/** The argument whose label is the relation's effect: its Y, or its source when not undercut. */
	relationArg: Int32Array;

	/** Supports and rebuts ending at claim `c`: `claimInputs[claimInputStart[c] ..]`, by relation. */
	claimInputStart: Int32Array;
	claimInputs: Int32Array;
	/** Undercuts of relation `r`: `undercutList[undercutStart[r] ..]`, by relation. */
	undercutStart: Int32Array;
	undercutList: Int32Array;
	/**
	 * The strength computation's nodes (claim `c` is node `c`, relation `r` is node
	 * `claimCount + r`) in dependency order, grouped into strongly connected components:
	 * `order[componentStart[k] .. componentStart[k + 1]]`; `componentCyclic[k]` is 1 for a cycle.
	 */
	order: Int32Array;
	componentStart: Int32Array;
	componentCyclic: Uint8Array;
}

const cache = new WeakMap<ArgumentGraph, AnalysisIndex>();

/** The index of a graph, built on first use and then taken from a cache keyed by the graph. */
export function indexGraph(graph: ArgumentGraph): AnalysisIndex {
	let index = cache.get(graph);
	if (!index) {
		index = buildIndex(graph);
		cache.set(graph, index);
	}
	return index;
}

/** Builds the index without the cache: for measuring the build. */
export function buildIndex(graph: ArgumentGraph): AnalysisIndex {
	const claims = graph.debate.claims;
	const relations = graph.debate.relations;
	const C = claims.length;
	const R = relations.length;
	const claimIds = claims.map((c) => c.id);
	const claimIndex = new Map<string, number>();
	for (let i = 0; i < C; i++) claimIndex.set(claimIds[i]!, i);
	const relationIds = relations.map((r) => r.id);
	const relationIndex = new Map<string, number>();
	for (let r = 0; r < R; r++) relationIndex.set(relationIds[r]!, r);

	const relationFrom = new Int32Array(R);
	const relationTo = new Int32Array(R);
	const relationKind = new Uint8Array(R);
	for (let r = 0; r < R; r++) {
		const relation = relations[r]!;
		const kind =
			relation.kind === 'supports' ? SUPPORTS : relation.kind === 'rebuts' ? REBUTS : UNDERCUTS;
		relationKind[r] = kind;
		relationFrom[r] = claimIndex.get(relation.from) ?? missing(relation.from);
		relationTo[r] =
			(kind === UNDERCUTS ? relationIndex.get(relation.to) : claimIndex.get(relation.to)) ??
			missing(relation.to);
	}

	// Inputs of each claim (supports and rebuts) and of each relation (undercuts), as CSR.
	const claimInputStart = new Int32Array(C + 1);
	const undercutStart = new Int32Array(R + 1);
	for (let r = 0; r < R; r++) {
		if (relationKind[r] === UNDERCUTS) undercutStart[relationTo[r]! + 1]!++;
		else claimInputStart[relationTo[r]! + 1]!++;
	}
	for (let c = 0; c < C; c++) claimInputStart[c + 1]! += claimInputStart[c]!;
	for (let r = 0; r < R; r++) undercutStart[r + 1]! += undercutStart[r]!;
	const claimInputs = new Int32Array(claimInputStart[C]!);
	const undercutList = new Int32Array(undercutStart[R]!);
	{
		const claimFill = claimInputStart.slice(0, C);
		const undercutFill = undercutStart.slice(0, R);
		for (let r = 0; r < R; r++) {
			if (relationKind[r] === UNDERCUTS) undercutList[undercutFill[relationTo[r]!]!++] = r;
			else claimInputs[claimFill[relationTo[r]!]!++] = r;
		}
	}

	// Which relations can change a claim's label: rebuts, and undercuts whose chain of targets
	// ends at a rebut (a chain of undercuts that closes on itself leads nowhere).
	const relevant = new Uint8Array(R); // 0 unknown, 1 visiting, 2 yes, 3 no
	for (let r = 0; r < R; r++) {
		if (relevant[r]) continue;
		const path: number[] = [];
		let at = r;
		let verdict = 3;
		for (;;) {
			const known = relevant[at]!;
			if (known === 2 || known === 3) {
				verdict = known;
				break;
			}
			if (known === 1) break; // a cycle of undercuts
			if (relationKind[at] !== UNDERCUTS) {
				verdict = relationKind[at] === REBUTS ? 2 : 3;
				relevant[at] = verdict;
				break;
			}
			relevant[at] = 1;
			path.push(at);
			at = relationTo[at]!;
		}
		for (const p of path) relevant[p] = verdict;
	}

	// Extra arguments X, Y for each undercut relation: relevant ones first.
	const relationArg = new Int32Array(R);
	const auxX = new Int32Array(R).fill(-1);
	let next = C;
	const addAux = (pass: number) => {
		for (let r = 0; r < R; r++) {
			if (relevant[r] !== pass || undercutStart[r + 1] === undercutStart[r]) continue;
			auxX[r] = next;
			next += 2;
		}
	};
	addAux(2);
	const relevantSize = next;
	addAux(3);
	const from: number[] = [];
	const to: number[] = [];
	for (let r = 0; r < R; r++) {
		if (auxX[r]! >= 0) {
			from.push(relationFrom[r]!, auxX[r]!);
			to.push(auxX[r]!, auxX[r]! + 1);
			relationArg[r] = auxX[r]! + 1;
		} else relationArg[r] = relationFrom[r]!;
	}
	for (let r = 0; r < R; r++) {
		const kind = relationKind[r];
		if (kind === SUPPORTS) continue;
		from.push(relationArg[r]!);
		// An undercut attacks the Y of its target, which exists because the target is undercut.
		to.push(kind === REBUTS ? relationTo[r]! : auxX[relationTo[r]!]! + 1);
	}
	const framework = attackFramework(next, from, to);

	const { order, componentStart, componentCyclic } = strengthOrder(
		C,
		R,
		relationFrom,
		relationTo,
		relationKind
	);

	return {
		graph,
		claimIds,
		claimIndex,
		claimCount: C,
		relationIds,
		relationIndex,
		relationFrom,
		relationTo,
		relationKind,
		framework,
		relevantSize,
		relationArg,
		claimInputStart,
		claimInputs,
		undercutStart,
		undercutList,
		order,
		componentStart,
		componentCyclic
	};
}

function missing(id: string): never {
	throw new Error(`analysis: "${id}" is not in the graph (was the debate validated?)`);
}

/**
 * The nodes of the strength computation (claims, then relations) in dependency order, by strongly
 * connected components. A relation depends on its source claim and on its undercuts; a claim on
 * the supports and rebuts that end at it.
 */
function strengthOrder(
	C: number,
	R: number,
	relationFrom: Int32Array,
	relationTo: Int32Array,
	relationKind: Uint8Array
) {
	const N = C + R;
	// Successors: claim -> each relation it starts; relation -> what it ends at.
	const succStart = new Int32Array(N + 1);
	for (let r = 0; r < R; r++) {
		succStart[relationFrom[r]! + 1]!++;
		succStart[C + r + 1]!++;
	}
	for (let v = 0; v < N; v++) succStart[v + 1]! += succStart[v]!;
	const succ = new Int32Array(succStart[N]!);
	const fill = succStart.slice(0, N);
	for (let r = 0; r < R; r++) {
		succ[fill[relationFrom[r]!]!++] = C + r;
		succ[fill[C + r]!++] = relationKind[r] === UNDERCUTS ? C + relationTo[r]! : relationTo[r]!;
	}

	return stronglyConnectedComponents(N, succStart, succ);
}
