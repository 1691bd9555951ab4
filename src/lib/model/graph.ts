import type { Claim, Debate, Relation, Side, Source, Speaker } from './schema';
import type { Issue } from './issues';
import { inferResolution } from './resolution';

/**
 * The debate as a graph: plain objects linked by id, indexed for the lookups every later stage
 * makes. Derived entirely from the debate; never stored.
 */
export interface ArgumentGraph {
	debate: Debate;
	claims: Map<string, Claim>;
	relations: Map<string, Relation>;
	speakers: Map<string, Speaker>;
	sources: Map<string, Source>;
	/** The root thesis every side is measured against. */
	resolution: string;
	/** Relations that start at a claim. */
	outgoing: Map<string, Relation[]>;
	/** Supports and rebuts that end at a claim. */
	incoming: Map<string, Relation[]>;
	/** Undercuts aimed at a relation, by the relation's id. */
	undercuts: Map<string, Relation[]>;
	/** `null` for a claim with no chain of relations to the resolution. */
	side: Map<string, Side | null>;
	/** Steps from the resolution (0); `null` when disconnected. */
	depth: Map<string, number | null>;
	warnings: Issue[];
}

export const opposite = (side: Side): Side => (side === 'affirmative' ? 'negative' : 'affirmative');

/** Expects a debate that `parseDebate` accepted: every id it meets resolves. */
export function buildGraph(debate: Debate): ArgumentGraph {
	const claims = new Map(debate.claims.map((c) => [c.id, c]));
	const relations = new Map(debate.relations.map((r) => [r.id, r]));
	const outgoing = new Map<string, Relation[]>(debate.claims.map((c) => [c.id, []]));
	const incoming = new Map<string, Relation[]>(debate.claims.map((c) => [c.id, []]));
	const undercuts = new Map<string, Relation[]>(debate.relations.map((r) => [r.id, []]));
	for (const relation of debate.relations) {
		outgoing.get(relation.from)?.push(relation);
		(relation.kind === 'undercuts' ? undercuts : incoming).get(relation.to)?.push(relation);
	}

	const warnings: Issue[] = [];
	const resolution = findResolution(debate, warnings);
	const { side, depth } = assignSides(debate, resolution, incoming, outgoing, undercuts, warnings);

	return {
		debate,
		claims,
		relations,
		speakers: new Map(debate.speakers.map((s) => [s.id, s])),
		sources: new Map(debate.sources.map((s) => [s.id, s])),
		resolution,
		outgoing,
		incoming,
		undercuts,
		side,
		depth,
		warnings
	};
}

function findResolution(debate: Debate, warnings: Issue[]): string {
	if (debate.resolution !== undefined) return debate.resolution;
	const { id: chosen, roots } = inferResolution(debate)!;
	if (roots.length === 1) return chosen;
	warnings.push(
		roots.length
			? {
					code: 'several-roots',
					path: ['resolution'],
					message: `no resolution is named and ${roots.length} claims support or rebut nothing (${roots
						.slice(0, 5)
						.map((id) => `"${id}"`)
						.join(', ')}${roots.length > 5 ? ', …' : ''}); "${chosen}" is taken as the resolution`
				}
			: {
					code: 'no-resolution',
					path: ['resolution'],
					message: `no resolution is named and every claim supports or rebuts another; "${chosen}" is taken as the resolution`
				}
	);
	return chosen;
}

/**
 * Breadth-first from the resolution against the direction of relations, so each claim takes the
 * side and depth of its shortest chain. Supports keep the side of their target, rebuts flip it,
 * and an undercut stands against the side of the claim whose relation it attacks.
 */
function assignSides(
	debate: Debate,
	resolution: string,
	incoming: Map<string, Relation[]>,
	outgoing: Map<string, Relation[]>,
	undercuts: Map<string, Relation[]>,
	warnings: Issue[]
) {
	const side = new Map<string, Side | null>(debate.claims.map((c) => [c.id, null]));
	const depth = new Map<string, number | null>(debate.claims.map((c) => [c.id, null]));
	const index = new Map(debate.claims.map((c, i) => [c.id, i]));
	const conflicted = new Set<string>();

	const reach = (claim: string, as: Side, at: number, via: Relation, queue: string[]) => {
		const known = side.get(claim);
		if (known === null) {
			side.set(claim, as);
			depth.set(claim, at);
			queue.push(claim);
		} else if (known !== as && !conflicted.has(claim)) {
			conflicted.add(claim);
			warnings.push({
				code: 'side-conflict',
				path: ['claims', index.get(claim)!],
				message: `claim "${claim}" is ${known} by its shortest chain to the resolution but ${as} through relation "${via.id}"`
			});
		}
	};

	side.set(resolution, 'affirmative');
	depth.set(resolution, 0);
	const queue = [resolution];
	for (let head = 0; head < queue.length; head++) {
		const claim = queue[head]!;
		const ownSide = side.get(claim)!;
		const next = depth.get(claim)! + 1;
		for (const relation of incoming.get(claim) ?? []) {
			reach(
				relation.from,
				relation.kind === 'supports' ? ownSide : opposite(ownSide),
				next,
				relation,
				queue
			);
		}
		// Whoever undercuts one of this claim's relations stands against this claim's side.
		for (const relation of outgoing.get(claim) ?? []) {
			for (const undercut of undercuts.get(relation.id) ?? []) {
				reach(undercut.from, opposite(ownSide), next, undercut, queue);
			}
		}
	}

	debate.claims.forEach((claim, i) => {
		if (side.get(claim.id) === null) {
			warnings.push({
				code: 'disconnected',
				path: ['claims', i],
				message: `claim "${claim.id}" has no chain of relations to the resolution "${resolution}"`
			});
		}
	});
	return { side, depth };
}
