import { attackFramework, type AttackFramework } from './framework';

// Local copies of the label codes of './framework': an imported binding can cost a property
// lookup per use in the hot loops (it halved the speed of the grounded labelling under tsx).
const UNDEC = 0;
const IN = 1;
const OUT = 2;
import { stronglyConnectedComponents } from './scc';

/**
 * Dung's semantics on a packed framework: the grounded labelling and the preferred labellings.
 *
 * Both take an optional `forced` array (one byte per argument, `IN`, `OUT` or 0 for "not
 * forced"): a what-if. A forced argument keeps its label whatever attacks it (attacks on it are
 * ignored); a forced-`OUT` argument attacks nothing effectively, since an `out` attacker defeats
 * nothing. This is the same as deleting the attacks on the forced arguments and adding one
 * unattacked "veto" argument that attacks every forced-`OUT` one, so every property of the
 * semantics carries over.
 */

/**
 * The grounded labelling (the least complete labelling) in time linear in arguments + attacks.
 *
 * Each argument keeps a count of its attackers that are not yet `out`. Arguments with no attackers
 * start `in` and go on a queue. Taking an argument off the queue: if it is `in`, every target still
 * undecided becomes `out` and joins the queue; if it is `out`, every target still undecided loses
 * one live attacker, and one whose count reaches 0 has all its attackers `out`, so it becomes `in`
 * and joins the queue. Every argument is queued at most once and every attack is looked at at most
 * once from its attacker; what is never queued stays `undec`.
 */
export function groundedLabelling(af: AttackFramework, forced?: Uint8Array): Uint8Array {
	const n = af.size;
	const { attackerStart, targetStart, targets } = af;
	const labels = new Uint8Array(n);
	const live = new Int32Array(n);
	const queue = new Int32Array(n);
	let tail = 0;
	const forcedLength = forced ? Math.min(forced.length, n) : 0;
	for (let i = 0; i < n; i++) {
		const f = i < forcedLength ? forced![i]! : 0;
		if (f === IN || f === OUT) {
			labels[i] = f;
			queue[tail++] = i;
			continue;
		}
		const count = attackerStart[i + 1]! - attackerStart[i]!;
		live[i] = count;
		if (count === 0) {
			labels[i] = IN;
			queue[tail++] = i;
		}
	}
	for (let head = 0; head < tail; head++) {
		const x = queue[head]!;
		const end = targetStart[x + 1]!;
		if (labels[x] === IN) {
			for (let k = targetStart[x]!; k < end; k++) {
				const t = targets[k]!;
				if (labels[t] === UNDEC) {
					labels[t] = OUT;
					queue[tail++] = t;
				}
			}
		} else {
			for (let k = targetStart[x]!; k < end; k++) {
				const t = targets[k]!;
				if (labels[t] === UNDEC && --live[t]! === 0) {
					labels[t] = IN;
					queue[tail++] = t;
				}
			}
		}
	}
	return labels;
}

export interface PreferredSearchOptions {
	forced?: Uint8Array;
	/** Stop after this many milliseconds of search (default 200). */
	budgetMs?: number;
	/** Stop after finding this many extensions (default 10,000). */
	maxExtensions?: number;
	/**
	 * Search only the arguments `0 .. active - 1` (default: all). The rest must not attack them:
	 * they are a part of the framework that cannot change the answer for the others.
	 */
	active?: number;
	/** The clock, in milliseconds (default `performance.now`): injectable for tests. */
	now?: () => number;
}

export interface PreferredSearchResult {
	/**
	 * One complete labelling (`IN` / `OUT` / `UNDEC` per active argument) for each preferred
	 * extension found, in the order found. Each one is a preferred extension even when the search
	 * stopped early (see `preferredLabellings`).
	 */
	labellings: Uint8Array[];
	/** `false` when the time budget or the count limit stopped the search: there may be more. */
	complete: boolean;
	stoppedBy: 'time' | 'count' | null;
	/** Search nodes visited. */
	nodes: number;
	elapsedMs: number;
}

// Search-only labels, beyond IN / OUT / UNDEC.
const BLANK = 3;
/** Attacks an `IN` argument but is not yet attacked by one: must become `OUT`. */
const MUST_OUT = 4;

const clock = (): number =>
	typeof performance !== 'undefined' ? performance.now() : new Date().getTime();

/** One strongly connected component of the undecided part, as a framework of its own. */
interface Component {
	/** Local argument `i` is global argument `members[i]`. */
	members: Int32Array;
	/** The attacks inside the component, on local numbers. */
	inner: AttackFramework;
	/** Attacks from earlier components: attackers (global) of local `i` at `upStart[i] ..`. */
	upStart: Int32Array;
	up: Int32Array;
	selfAttack: Uint8Array;
}

/**
 * Every preferred extension (maximal admissible set), as complete labellings.
 *
 * 1. The grounded labelling first: every preferred extension contains the grounded one and
 *    excludes what it attacks, so only the grounded `undec` arguments are left to decide.
 * 2. Those are split into strongly connected components and decided component by component in
 *    topological order (preferred semantics is SCC-recursive: Baroni, Giacomin and Guida 2005).
 *    Given the labels of the earlier components, an argument attacked by an `in` one is `out`,
 *    one attacked by an `undec` one cannot be `in` (nothing can defend it), and the component's
 *    own preferred labellings under those conditions combine freely with the others'. So k
 *    independent cycles cost k small searches, not one search of 3^k leaves.
 * 3. Inside a component, the labelling-based backtracking search of Nofal, Atkinson and Dunne
 *    (2014), which refines Modgil and Caminada's (2009). Arguments start BLANK (UNDEC when they
 *    attack themselves or cannot be `in`). A step picks a BLANK argument and tries it IN (its
 *    targets become OUT, its attackers MUST_OUT), then UNDEC. Pruning:
 *    - a MUST_OUT argument with no BLANK attacker left can never be made OUT: dead branch;
 *    - an UNDEC argument whose attackers are all OUT or MUST_OUT would be defended by whatever the
 *      branch ends with, so that set would not be maximal: dead branch;
 *    - a BLANK argument whose attackers are all OUT or MUST_OUT is in every preferred extension of
 *      the branch, and so is the last BLANK attacker of a MUST_OUT argument (nothing else can
 *      make that one OUT): IN, with no UNDEC alternative. Otherwise the argument with the most
 *      targets not yet OUT is tried first (Nofal's heuristic).
 *    A leaf (no BLANK left) is a complete labelling of the component. The IN branch is always
 *    explored before the UNDEC one, so a later leaf lacks an argument an earlier one has: it is
 *    never a superset of an earlier one. Keeping each leaf that is not a subset of an earlier one
 *    therefore keeps exactly the maximal ones.
 * Every extension emitted is preferred, so when the budget stops the search, what was found is
 * right, only perhaps not all.
 */
export function preferredLabellings(
	af: AttackFramework,
	options: PreferredSearchOptions = {}
): PreferredSearchResult {
	const now = options.now ?? clock;
	const started = now();
	const budget = options.budgetMs ?? 200;
	const maxExtensions = options.maxExtensions ?? 10_000;
	const n = Math.min(options.active ?? af.size, af.size);

	const grounded = groundedLabelling(af, options.forced);
	const labels = grounded.slice(0, n);
	const { components, undecided } = undecidedComponents(af, labels, n);

	const labellings: Uint8Array[] = [];
	let nodes = 0;
	let stoppedBy: 'time' | 'count' | null = null;
	const outOfTime = () => {
		if (now() - started > budget) stoppedBy = 'time';
		return stoppedBy !== null;
	};
	const tick = () => (++nodes & 15) === 0 && outOfTime();

	const decide = (k: number) => {
		if (stoppedBy) return;
		if (k === components.length) {
			if (labellings.length >= maxExtensions) {
				stoppedBy = 'count';
				return;
			}
			labellings.push(labels.slice());
			if (undecided > 0) outOfTime();
			return;
		}
		const component = components[k]!;
		const local = componentLabellings(component, labels, tick);
		if (!local) return;
		const { members } = component;
		for (const choice of local) {
			for (let i = 0; i < members.length; i++) labels[members[i]!] = choice[i]!;
			decide(k + 1);
			if (stoppedBy) return;
		}
	};
	decide(0);
	return {
		labellings,
		complete: stoppedBy === null,
		stoppedBy,
		nodes,
		elapsedMs: now() - started
	};
}

/**
 * The arguments `0 .. n - 1` that `labels` leaves UNDEC, as strongly connected components of the
 * attacks among them, in topological order.
 */
function undecidedComponents(af: AttackFramework, labels: Uint8Array, n: number) {
	const local = new Int32Array(n).fill(-1);
	const globalOf: number[] = [];
	for (let a = 0; a < n; a++) {
		if (labels[a] === UNDEC) {
			local[a] = globalOf.length;
			globalOf.push(a);
		}
	}
	const u = globalOf.length;
	const from: number[] = [];
	const to: number[] = [];
	for (const a of globalOf) {
		for (let k = af.targetStart[a]!, end = af.targetStart[a + 1]!; k < end; k++) {
			const t = af.targets[k]!;
			if (t < n && local[t]! >= 0) {
				from.push(local[a]!);
				to.push(local[t]!);
			}
		}
	}
	const sub = attackFramework(u, from, to);
	const { order, componentStart, componentOf } = stronglyConnectedComponents(
		u,
		sub.targetStart,
		sub.targets
	);
	const components: Component[] = [];
	const position = new Int32Array(u);
	for (let c = 0; c + 1 < componentStart.length; c++) {
		const begin = componentStart[c]!;
		const size = componentStart[c + 1]! - begin;
		const members = new Int32Array(size);
		for (let i = 0; i < size; i++) {
			members[i] = globalOf[order[begin + i]!]!;
			position[order[begin + i]!] = i;
		}
		const innerFrom: number[] = [];
		const innerTo: number[] = [];
		const upStart = new Int32Array(size + 1);
		const up: number[] = [];
		const selfAttack = new Uint8Array(size);
		for (let i = 0; i < size; i++) {
			const x = order[begin + i]!;
			for (let k = sub.attackerStart[x]!, end = sub.attackerStart[x + 1]!; k < end; k++) {
				const y = sub.attackers[k]!;
				if (componentOf[y] === c) {
					innerFrom.push(position[y]!);
					innerTo.push(i);
					if (y === x) selfAttack[i] = 1;
				} else up.push(globalOf[y]!);
			}
			upStart[i + 1] = up.length;
		}
		components.push({
			members,
			inner: attackFramework(size, innerFrom, innerTo),
			upStart,
			up: Int32Array.from(up),
			selfAttack
		});
	}
	return { components, undecided: u };
}

interface SearchState {
	lab: Uint8Array;
	/** Attackers labelled BLANK or UNDEC, plus UNDEC attackers in earlier components. */
	open: Int32Array;
	/** Attackers labelled BLANK: those that could still become IN. */
	blank: Int32Array;
}

/**
 * The preferred labellings of one component given the labels of the earlier ones (in `labels`),
 * or `null` when `tick` says to stop.
 */
function componentLabellings(
	component: Component,
	labels: Uint8Array,
	tick: () => boolean
): Uint8Array[] | null {
	const { inner, upStart, up, selfAttack } = component;
	const n = inner.size;
	const { attackerStart, attackers, targetStart, targets } = inner;
	const lab = new Uint8Array(n);
	const open = new Int32Array(n);
	const blank = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		let upUndec = 0;
		let upIn = false;
		for (let k = upStart[i]!, end = upStart[i + 1]!; k < end; k++) {
			const l = labels[up[k]!];
			if (l === IN) upIn = true;
			else if (l === UNDEC) upUndec++;
		}
		lab[i] = upIn ? OUT : upUndec > 0 || selfAttack[i] ? UNDEC : BLANK;
		open[i] = upUndec;
	}
	for (let a = 0; a < n; a++) {
		const l = lab[a]!;
		if (l !== BLANK && l !== UNDEC) continue;
		for (let k = targetStart[a]!, end = targetStart[a + 1]!; k < end; k++) {
			open[targets[k]!]!++;
			if (l === BLANK) blank[targets[k]!]!++;
		}
	}

	const words = (n + 31) >>> 5;
	const found: Uint32Array[] = [];
	const results: Uint8Array[] = [];
	let stopped = false;
	const touched: number[] = [];
	const isOpen = (l: number) => l === BLANK || l === UNDEC;

	/** Relabels `x` and updates its targets' counters; the checks run at the end of a step. */
	const relabel = (s: SearchState, x: number, to: number) => {
		const from = s.lab[x]!;
		s.lab[x] = to;
		const closes = isOpen(from) && !isOpen(to);
		const unblanks = from === BLANK && to !== BLANK;
		if (!closes && !unblanks) return;
		for (let k = targetStart[x]!, end = targetStart[x + 1]!; k < end; k++) {
			const t = targets[k]!;
			if (closes) s.open[t]!--;
			if (unblanks) s.blank[t]!--;
			touched.push(t);
		}
	};

	/** Whether no argument touched in this step is in a dead state. */
	const checkTouched = (s: SearchState): boolean => {
		let ok = true;
		for (const t of touched) {
			const l = s.lab[t]!;
			if ((l === MUST_OUT && s.blank[t] === 0) || (l === UNDEC && s.open[t] === 0)) {
				ok = false;
				break;
			}
		}
		touched.length = 0;
		return ok;
	};

	const applyIn = (s: SearchState, y: number): boolean => {
		relabel(s, y, IN);
		for (let k = targetStart[y]!, end = targetStart[y + 1]!; k < end; k++) {
			const t = targets[k]!;
			const l = s.lab[t]!;
			if (l === IN) {
				touched.length = 0;
				return false;
			}
			if (l !== OUT) relabel(s, t, OUT);
		}
		for (let k = attackerStart[y]!, end = attackerStart[y + 1]!; k < end; k++) {
			const a = attackers[k]!;
			const l = s.lab[a]!;
			if (l === BLANK || l === UNDEC) {
				relabel(s, a, MUST_OUT);
				touched.push(a);
			}
		}
		return checkTouched(s);
	};

	const applyUndec = (s: SearchState, y: number): boolean => {
		relabel(s, y, UNDEC);
		touched.push(y);
		return checkTouched(s);
	};

	/**
	 * The next BLANK argument to try, and whether it is forced IN (no UNDEC alternative): one with
	 * no open attacker, or the last BLANK attacker of a MUST_OUT argument; else the one with most
	 * targets not OUT.
	 */
	let forcedIn = false;
	const select = (s: SearchState): number => {
		forcedIn = true;
		for (let x = 0; x < n; x++) {
			if (s.lab[x] !== MUST_OUT || s.blank[x] !== 1) continue;
			for (let k = attackerStart[x]!, end = attackerStart[x + 1]!; k < end; k++) {
				if (s.lab[attackers[k]!] === BLANK) return attackers[k]!;
			}
		}
		forcedIn = false;
		let best = -1;
		let bestScore = -1;
		for (let y = 0; y < n; y++) {
			if (s.lab[y] !== BLANK) continue;
			if (s.open[y] === 0) {
				forcedIn = true;
				return y;
			}
			let score = 0;
			for (let k = targetStart[y]!, end = targetStart[y + 1]!; k < end; k++) {
				if (s.lab[targets[k]!] !== OUT) score++;
			}
			if (score > bestScore) {
				bestScore = score;
				best = y;
			}
		}
		return best;
	};

	const leaf = (s: SearchState) => {
		const set = new Uint32Array(words);
		for (let i = 0; i < n; i++) {
			const l = s.lab[i]!;
			if (l === MUST_OUT || l === BLANK) return; // cannot happen: the checks prune these
			if (l === IN) set[i >>> 5]! |= 1 << (i & 31);
		}
		for (const other of found) {
			let subset = true;
			for (let w = 0; w < words; w++) {
				if ((set[w]! & ~other[w]!) !== 0) {
					subset = false;
					break;
				}
			}
			if (subset) return;
		}
		found.push(set);
		results.push(s.lab.slice());
	};

	const search = (s: SearchState) => {
		for (;;) {
			if (stopped || (stopped = tick())) return;
			const y = select(s);
			if (y < 0) {
				leaf(s);
				return;
			}
			if (forcedIn) {
				if (!applyIn(s, y)) return;
				continue;
			}
			const child: SearchState = {
				lab: s.lab.slice(),
				open: s.open.slice(),
				blank: s.blank.slice()
			};
			if (applyIn(child, y)) search(child);
			if (stopped || !applyUndec(s, y)) return;
		}
	};

	search({ lab, open, blank });
	return stopped ? null : results;
}
