import type { Claim } from '../../model';
import { Ids, fitText, isObject, toId } from '../common';
import type { IoIssue } from '../types';

type Path = (string | number)[];

export interface AifNode {
	id: string;
	/** Upper case: `I`, `RA`, `CA`, `MA`, `L`, `YA`, `TA`, `PA`, or a type Crux does not know. */
	type: string;
	text: string;
	index: number;
	path: Path;
}

/** The nodes with the edges between them that count (none to or from an ignored node). */
export interface AifGraph {
	nodes: Map<string, AifNode>;
	into: (node: AifNode) => AifNode[];
	outOf: (node: AifNode) => AifNode[];
}

const KNOWN = new Set(['I', 'L', 'RA', 'CA', 'MA', 'TA', 'YA', 'PA']);

/** Reads `nodes` and `edges`; every malformed node or edge, and every dangling end, is an error. */
export function readGraph(
	aif: { nodes: unknown[]; edges?: unknown[] },
	base: Path,
	errors: IoIssue[],
	warnings: IoIssue[]
): AifGraph {
	const nodes = readNodes(aif.nodes, base, errors);
	const edges = readEdges(aif.edges ?? [], base, nodes, errors);
	const ignored = ignoredNodes(nodes, warnings);
	const incoming = new Map<string, AifNode[]>();
	const outgoing = new Map<string, AifNode[]>();
	for (const edge of edges) {
		if (ignored.has(edge.from) || ignored.has(edge.to) || edge.from === edge.to) continue;
		const from = nodes.get(edge.from)!;
		const to = nodes.get(edge.to)!;
		if (!outgoing.has(from.id)) outgoing.set(from.id, []);
		if (!incoming.has(to.id)) incoming.set(to.id, []);
		outgoing.get(from.id)!.push(to);
		incoming.get(to.id)!.push(from);
	}
	return {
		nodes,
		into: (node) => incoming.get(node.id) ?? [],
		outOf: (node) => outgoing.get(node.id) ?? []
	};
}

function readNodes(raws: unknown[], base: Path, errors: IoIssue[]): Map<string, AifNode> {
	const nodes = new Map<string, AifNode>();
	raws.forEach((raw, index) => {
		const at = [...base, 'nodes', index];
		if (!isObject(raw)) {
			errors.push({ message: 'a node is an object with "nodeID", "type" and "text"', path: at });
			return;
		}
		const id = raw.nodeID;
		if (typeof id !== 'string' && typeof id !== 'number') {
			errors.push({
				message: id === undefined ? 'missing field "nodeID"' : 'a node id is a string or a number',
				path: [...at, 'nodeID']
			});
			return;
		}
		const key = String(id);
		const previous = nodes.get(key);
		if (previous) {
			errors.push({
				message: `duplicate node id "${key}": already used by nodes[${previous.index}]`,
				path: [...at, 'nodeID']
			});
			return;
		}
		if (typeof raw.type !== 'string') {
			errors.push({
				message: `node "${key}" has no type (expected "I", "RA", "CA", "MA", "L", "YA", "TA" or "PA")`,
				path: [...at, 'type']
			});
			return;
		}
		const text = raw.text;
		if (
			text !== undefined &&
			text !== null &&
			typeof text !== 'string' &&
			typeof text !== 'number'
		) {
			errors.push({ message: `the text of node "${key}" is not a string`, path: [...at, 'text'] });
			return;
		}
		nodes.set(key, {
			id: key,
			type: raw.type.trim().toUpperCase(),
			text: text === undefined || text === null ? '' : String(text),
			index,
			path: at
		});
	});
	return nodes;
}

function readEdges(
	raws: unknown[],
	base: Path,
	nodes: Map<string, AifNode>,
	errors: IoIssue[]
): { from: string; to: string }[] {
	const edges: { from: string; to: string }[] = [];
	raws.forEach((raw, index) => {
		const at = [...base, 'edges', index];
		if (!isObject(raw)) {
			errors.push({ message: 'an edge is an object with "fromID" and "toID"', path: at });
			return;
		}
		const name =
			typeof raw.edgeID === 'string' || typeof raw.edgeID === 'number'
				? `edge "${raw.edgeID}"`
				: `edge ${index}`;
		const ends: string[] = [];
		for (const end of ['fromID', 'toID'] as const) {
			const value = raw[end];
			if (typeof value !== 'string' && typeof value !== 'number') {
				errors.push({ message: `${name} has no ${end} (expected a node id)`, path: [...at, end] });
			} else if (!nodes.has(String(value))) {
				errors.push({
					message: `${name} ${end === 'fromID' ? 'comes from' : 'goes to'} "${value}", which is no node`,
					path: [...at, end]
				});
			} else ends.push(String(value));
		}
		if (ends.length === 2) edges.push({ from: ends[0]!, to: ends[1]! });
	});
	return edges;
}

/** Preferences (PA) and nodes of unknown types: warnings, and their edges are ignored. */
function ignoredNodes(nodes: Map<string, AifNode>, warnings: IoIssue[]): Set<string> {
	const ignored = new Set<string>();
	for (const node of nodes.values()) {
		if (KNOWN.has(node.type)) {
			if (node.type === 'PA') {
				ignored.add(node.id);
				warnings.push({
					message: `node "${node.id}" is a preference (PA): Crux has no preferences, so it is ignored`,
					path: node.path
				});
			}
			continue;
		}
		ignored.add(node.id);
		warnings.push({
			message: `node "${node.id}" has the unknown type "${node.type}": it is ignored, with its edges`,
			path: [...node.path, 'type']
		});
	}
	return ignored;
}

/** The claims: one per I node, in the order of the nodes, with the node id as the claim's id. */
export function readClaims(
	nodes: Map<string, AifNode>,
	ids: Ids,
	warnings: IoIssue[]
): { claims: Claim[]; claimPaths: Path[]; claimOf: Map<string, string> } {
	const claims: Claim[] = [];
	const claimPaths: Path[] = [];
	const claimOf = new Map<string, string>();
	for (const node of nodes.values()) {
		if (node.type !== 'I') continue;
		const id = ids.take(toId(node.id, 'i'));
		claimOf.set(node.id, id);
		const { text, full } = fitText(node.text);
		const claim: Claim = { id, text: text || '(no text)' };
		if (!text) {
			warnings.push({ message: `I node "${node.id}" has no text`, path: [...node.path, 'text'] });
		}
		if (full) {
			claim.note = `Full text: ${full}`;
			warnings.push({
				message: `the text of I node "${node.id}" is longer than 500 characters: it is cut, and kept whole in the claim's note`,
				path: [...node.path, 'text']
			});
		}
		claims.push(claim);
		claimPaths.push(node.path);
	}
	return { claims, claimPaths, claimOf };
}
