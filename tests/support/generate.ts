import type { Claim, Debate, Relation, Speaker } from '../../src/lib/model/schema';
import { seededRandom } from '../../src/lib/random';

/**
 * A seeded generator of random valid debates, for property tests and benchmarks. The same
 * `(claims, seed, options)` always gives the same debate. Its shape is that of a real debate: a
 * resolution, a tree of supports and rebuts under it (bushy near the top, a few levels deep),
 * plus cross relations between branches (some closing cycles), undercuts aimed at relations
 * (now and then at another undercut), and optionally a few claims linked to nothing.
 */
export interface GenerateOptions {
	/** Deepest level of the supports/rebuts tree (the resolution is 0). Default: grows with n. */
	maxDepth?: number;
	/** Extra supports/rebuts between random claims, as a share of the claim count. Default 0.1. */
	crossRelations?: number;
	/** Share of claims that join the debate by undercutting a relation. Default 0.06. */
	undercuts?: number;
	/** Claims with no relation at all. Default 0. */
	disconnected?: number;
	/**
	 * Give every claim a verbatim quote from one source article, with a paragraph number, as maps
	 * read from an article have. Drawn from a random stream of their own, so the rest of the
	 * debate is the same with or without them.
	 */
	quotes?: boolean;
}

export { seededRandom };

const WORDS = (
	'the a of to and in that is for on with as by it not be this are from or have an they which ' +
	'more its has but if can will than would their our all any would should could must about ' +
	'agency licence renewal station broadcast public interest audience funding journalism local ' +
	'reporting evidence survey figures budget costs ratepayers council regulator coverage archive ' +
	'transmitter frequency spectrum community volunteers advertising revenue independent editorial ' +
	'standards complaints review hearing decision precedent statute obligation commitment record ' +
	'accountability transparency governance board minister consultation submissions objections ' +
	'internationally counterproductive disproportionate mischaracterisation'
).split(' ');

const SPEAKERS: Speaker[] = [
	{ id: 'chair', name: 'Dana Whitfield', aliases: [], role: 'Chair' },
	{ id: 'for-1', name: 'Priya Raman', aliases: [] },
	{ id: 'for-2', name: 'Tomasz Wierzbicki-Lindqvist', aliases: [] },
	{ id: 'against-1', name: 'Sam Okafor', aliases: [] },
	{ id: 'against-2', name: 'Lea Brun', aliases: [] }
];

export function generateDebate(claims: number, seed = 1, options: GenerateOptions = {}): Debate {
	const n = Math.max(1, Math.floor(claims));
	const random = seededRandom(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
	const maxDepth = options.maxDepth ?? Math.max(3, Math.round(Math.log2(n + 1) / 1.5));
	const crossShare = options.crossRelations ?? 0.1;
	const undercutShare = options.undercuts ?? 0.06;
	const disconnected = Math.min(Math.max(0, options.disconnected ?? 0), n - 1);

	const text = (random: () => number) => {
		const target = 20 + Math.floor(random() * 120);
		const words: string[] = [];
		let length = 0;
		while (length < target) {
			// Now and then a word too long for one line, to exercise the hard break.
			const word =
				random() < 0.01
					? 'x'.repeat(30 + Math.floor(random() * 20))
					: (WORDS[Math.floor(random() * WORDS.length)] ?? 'x');
			words.push(word);
			length += word.length + 1;
		}
		const sentence = words.join(' ').slice(0, 140).trim();
		return sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.';
	};

	const claimList: Claim[] = [];
	const relations: Relation[] = [];
	const depth: number[] = [];
	const children: number[] = [];
	const pairs = new Set<string>();
	const relate = (from: number, to: number, kind: 'supports' | 'rebuts') => {
		pairs.add(`${from}>${to}`);
		relations.push({ id: `r${relations.length}`, from: `c${from}`, to: `c${to}`, kind });
	};

	claimList.push({ id: 'c0', text: text(random), kind: 'resolution', speaker: 'chair' });
	depth.push(0);
	children.push(0);
	const connected = n - disconnected;
	for (let i = 1; i < connected; i++) {
		const claim: Claim = { id: `c${i}`, text: text(random), speaker: pick(SPEAKERS).id };
		if (random() < 0.25) claim.kind = 'evidence';
		claimList.push(claim);
		if (relations.length && random() < undercutShare) {
			// Mostly a support or rebuttal; now and then another undercut.
			let target = pick(relations);
			if (target.kind === 'undercuts' && random() < 0.7) target = pick(relations);
			const targetFrom = Number(target.from.slice(1));
			relations.push({
				id: `r${relations.length}`,
				from: claim.id,
				to: target.id,
				kind: 'undercuts'
			});
			depth.push(Math.min(maxDepth, depth[targetFrom]! + 1));
			children.push(0);
			continue;
		}
		// A parent at most maxDepth - 1 deep, preferring shallow claims with few children so the
		// tree comes out bushy near the resolution, as debates do.
		let parent = 0;
		let best = -Infinity;
		for (let tries = 0; tries < 4; tries++) {
			const candidate = Math.floor(random() * i);
			if (depth[candidate]! >= maxDepth) continue;
			const score = random() - 0.12 * children[candidate]! + 0.05 * depth[candidate]!;
			if (score > best) {
				best = score;
				parent = candidate;
			}
		}
		if (depth[parent]! >= maxDepth) parent = 0;
		relate(i, parent, random() < 0.55 ? 'supports' : 'rebuts');
		depth.push(depth[parent]! + 1);
		children.push(0);
		children[parent]!++;
	}
	for (let i = connected; i < n; i++) {
		claimList.push({ id: `c${i}`, text: text(random) });
	}

	// Cross relations: a claim also answers a claim in another branch (or its own ancestor or
	// descendant, which closes a cycle). Never from the resolution, never twice the same pair.
	const crosses = connected > 2 ? Math.round(crossShare * connected) : 0;
	for (let k = 0, tries = 0; k < crosses && tries < 20 * crosses; tries++) {
		const from = 1 + Math.floor(random() * (connected - 1));
		const to = Math.floor(random() * connected);
		if (from === to || pairs.has(`${from}>${to}`)) continue;
		relate(from, to, random() < 0.5 ? 'supports' : 'rebuts');
		k++;
	}

	const sources: Debate['sources'] = [];
	if (options.quotes) {
		const quoted = seededRandom(seed + 0x51f15e);
		sources.push({ id: 'article', title: 'The article the map was read from' });
		for (const claim of claimList) {
			claim.quote = text(quoted);
			claim.source = 'article';
			claim.paragraph = 1 + Math.floor(quoted() * 40);
		}
	}

	return {
		id: `generated-${n}-${seed}`,
		title: `Generated debate (${n} claims, seed ${seed})`,
		resolution: 'c0',
		sources,
		speakers: SPEAKERS.map((s) => ({ ...s, aliases: [...s.aliases] })),
		claims: claimList,
		relations,
		events: []
	};
}

/**
 * A Kialo discussion export of `claims` claims (the thesis included), as Kialo writes it: a tree
 * of pros and cons, bushy under the thesis and thinning with depth, with now and then a
 * `-> See` link to a claim in another branch. Seeded, so the same arguments give the same text.
 */
export function kialoDiscussion(claims: number, seed = 1): string {
	const n = Math.max(1, Math.floor(claims));
	const random = seededRandom(seed);
	const sentence = () => {
		const words: string[] = [];
		const target = 40 + Math.floor(random() * 140);
		for (let length = 0; length < target;) {
			const word = WORDS[Math.floor(random() * WORDS.length)]!;
			words.push(word);
			length += word.length + 1;
		}
		const text = words.join(' ');
		return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
	};
	const maxDepth = Math.max(3, Math.round(Math.log2(n + 1) / 1.4));
	const path = ['1'];
	const depth = [0];
	const children = [0];
	const kids: number[][] = [[]];
	/** Whether each claim argues for the thesis: a pro keeps its parent's side, a con flips it. */
	const pro = [true];
	const affirmative = [true];
	for (let i = 1; i < n; i++) {
		// Shallow claims with few answers are answered first, as in a discussion that grows.
		let parent = 0;
		let best = -Infinity;
		for (let tries = 0; tries < 4; tries++) {
			const candidate = Math.floor(random() * i);
			if (depth[candidate]! >= maxDepth) continue;
			const score = random() - 0.08 * children[candidate]! - 0.1 * depth[candidate]!;
			if (score > best) [best, parent] = [score, candidate];
		}
		children[parent]!++;
		path.push(`${path[parent]}.${children[parent]}`);
		depth.push(depth[parent]! + 1);
		children.push(0);
		kids.push([]);
		kids[parent]!.push(i);
		pro.push(random() < 0.55);
		affirmative.push(pro[i] ? affirmative[parent]! : !affirmative[parent]!);
	}
	const lines = [`Discussion Title: Generated discussion (${n} claims, seed ${seed})`, ''];
	const write = (i: number) => {
		const text = i === 0 ? sentence() : `${pro[i] ? 'Pro' : 'Con'}: ${sentence()}`;
		lines.push(`${path[i]}. ${text}`);
		for (const child of kids[i]!) write(child);
		// A link to a claim elsewhere, as Kialo writes a claim used in two places, on the side
		// that claim argues for (else the import warns of a claim on both sides).
		if (i > 0 && random() < 0.02) {
			const seen = 1 + Math.floor(random() * (n - 1));
			const side = affirmative[seen] === affirmative[i] ? 'Pro' : 'Con';
			lines.push(`${path[i]}.${kids[i]!.length + 1}. ${side}: -> See ${path[seen]}.`);
		}
	};
	write(0);
	return lines.join('\n');
}
