import type { DebateInput } from '../../model';
import {
	Ids,
	chooseResolution,
	failure,
	finish,
	isObject,
	slugify,
	stripBom,
	titleFromName
} from '../common';
import { parseJson, withPositions } from '../json-text';
import type { IoIssue, IoResult, ParseOptions } from '../types';
import { readDialogue } from './dialogue';
import { readClaims, readGraph } from './nodes';
import { readPositions } from './positions';
import { readRelations } from './relations';

export { serialize } from './serialize';

/**
 * AIF JSON, the Argument Interchange Format as AIFdb and OVA write it. Two shapes are read:
 *
 * - AIFdb's flat `{"nodes", "edges", "locutions", "participants"}`;
 * - OVA3's `{"AIF": {nodes, edges, locutions, participants}, "OVA": {"nodes": [{nodeID, x, y}]},
 *   "text": ...}`, whose positions come back as `positions` to seed the layout.
 *
 * In stages: the nodes and edges (`nodes.ts`: an I node is a claim, with the node id as its id,
 * strings or numbers with white space as `-`), the relations of the S nodes (`relations.ts`: RA
 * and MA nodes support, CA nodes rebut or undercut), the dialogue (`dialogue.ts`: L, YA and TA
 * nodes give claims their speakers and quotes) and OVA's positions (`positions.ts`). PA
 * (preference) and unknown node types are warnings naming the node; their edges are ignored. An
 * edge to or from a node that does not exist is an error naming the edge.
 */
export function parse(text: string, options: ParseOptions = {}): IoResult {
	const source = stripBom(text);
	const json = parseJson(source);
	if (!json.ok) return failure([json.issue]);
	const document = unwrap(json.value);
	// A file that is no JSON object is wrong as a whole: no line to point at.
	if ('error' in document && !document.error.path?.length) return failure([document.error]);
	const result = 'error' in document ? failure([document.error]) : read(document, options);
	// Issues name JSON paths; their lines and columns are looked up once, at the end.
	return result.ok
		? { ...result, warnings: withPositions(source, result.warnings) }
		: {
				ok: false,
				errors: withPositions(source, result.errors),
				warnings: withPositions(source, result.warnings)
			};
}

type AifDocument = {
	aif: Record<string, unknown> & { nodes: unknown[]; edges?: unknown[] };
	base: string[];
	ova: unknown;
};

function read({ aif, base, ova }: AifDocument, options: ParseOptions): IoResult {
	const errors: IoIssue[] = [];
	const warnings: IoIssue[] = [];
	const graph = readGraph(aif, base, errors, warnings);
	if (errors.length) return failure(errors, warnings);

	const ids = new Ids();
	const { claims, claimPaths, claimOf } = readClaims(graph.nodes, ids, warnings);
	if (!claims.length) {
		return failure(
			[
				{
					message: 'no I node: an AIF map needs at least one I node to become a claim',
					path: [...base, 'nodes']
				}
			],
			warnings
		);
	}
	const speakers = readDialogue(aif, base, graph, claims, claimOf, warnings);
	const { relations, relationPaths } = readRelations(graph, claimOf, ids, warnings);

	const title = titleFromName(options.name) ?? 'Imported AIF argument map';
	const input: DebateInput = {
		id: slugify(title) || 'aif-import',
		title,
		speakers,
		claims,
		relations
	};
	const resolution = chooseResolution(input, warnings);
	if (resolution) input.resolution = resolution;
	return finish(
		input,
		warnings,
		(section, index) => {
			const path = section === 'claims' ? claimPaths[index] : relationPaths[index];
			return path ? { path } : undefined;
		},
		readPositions(ova, claimOf)
	);
}

/** The AIF object (flat, or inside OVA3's `AIF` wrapper) and where it sits in the file. */
function unwrap(data: unknown): AifDocument | { error: IoIssue } {
	if (!isObject(data)) {
		return {
			error: { message: 'an AIF file is a JSON object with "nodes" and "edges"', path: [] }
		};
	}
	let aif = data;
	let base: string[] = [];
	let ova: unknown;
	const wrapper = ['AIF', 'aif'].find((key) => Object.hasOwn(data, key));
	if (wrapper) {
		const inner = data[wrapper];
		if (!isObject(inner)) {
			return { error: { message: 'expected an object with "nodes" and "edges"', path: [wrapper] } };
		}
		aif = inner;
		base = [wrapper];
		ova = data.OVA ?? data.ova;
	}
	const { nodes, edges } = aif;
	if (!Array.isArray(nodes)) {
		return {
			error: {
				message:
					nodes === undefined
						? 'missing field "nodes" (expected an array of AIF nodes)'
						: '"nodes" is an array of AIF nodes',
				path: [...base, 'nodes']
			}
		};
	}
	if (edges !== undefined && !Array.isArray(edges)) {
		return { error: { message: '"edges" is an array of AIF edges', path: [...base, 'edges'] } };
	}
	return { aif: { ...aif, nodes, edges }, base, ova };
}
