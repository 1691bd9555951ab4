import { describe, expect, it } from 'vitest';
import { argdown, type IoIssue } from '$lib/io';
import { readDialogue } from '$lib/io/aif/dialogue';
import { readClaims, readGraph } from '$lib/io/aif/nodes';
import { readPositions } from '$lib/io/aif/positions';
import { readRelations } from '$lib/io/aif/relations';
import { readFrontmatter } from '$lib/io/argdown/frontmatter';
import { lex, tokenize } from '$lib/io/argdown/lex';
import { warner } from '$lib/io/argdown/syntax';
import { Ids, chooseResolution } from '$lib/io/common';
import { locatePaths } from '$lib/io/json-text';
import { inferResolution } from '$lib/model';

// The stages of the importers, each on a small input. The whole importers are tested in
// io.test.ts; these pin down what each stage hands to the next.

const frontmatterOf = (text: string, firstLine = 2) => {
	const warnings: IoIssue[] = [];
	const lines = text.split('\n').map((line, k) => ({ text: line, number: firstLine + k }));
	return { settings: readFrontmatter(lines, warner(warnings)), warnings };
};

describe('Argdown frontmatter (YAML)', () => {
	it('reads block lists, folded text and numbers as written', () => {
		const { settings, warnings } = frontmatterOf(
			[
				'title: "Cycling: a debate"',
				'abstract: >',
				'  Two lines',
				'  folded into one.',
				'id: 0x10',
				'speakers:',
				'  - { id: ann, name: Ann }',
				'  - id: bo',
				'    name: Bo'
			].join('\n')
		);
		expect(warnings).toEqual([]);
		expect(settings.get('title')).toEqual({ value: 'Cycling: a debate', line: 2 });
		expect(settings.get('summary')!.value).toBe('Two lines folded into one.\n');
		expect(settings.get('id')).toEqual({ value: '0x10', line: 6 });
		expect(settings.get('speakers')).toEqual({
			value: [
				{ id: 'ann', name: 'Ann' },
				{ id: 'bo', name: 'Bo' }
			],
			line: 7
		});
	});

	it('names the line and column of YAML that does not parse, in the file, and ignores it', () => {
		const { settings, warnings } = frontmatterOf('subTitle: fine\ntitle: Cycling: a debate', 5);
		expect(settings.size).toBe(0);
		expect(warnings).toEqual([
			{
				message:
					'frontmatter is not valid YAML (Nested mappings are not allowed in compact mappings): it is ignored',
				line: 6,
				column: 8
			}
		]);
	});

	it('warns once about settings Crux does not use, at the first, and about empty values', () => {
		const { settings, warnings } = frontmatterOf('author: me\ntitle:\ncolour: red\nid: x');
		expect([...settings.keys()]).toEqual(['id']);
		expect(warnings).toEqual([
			{ message: 'frontmatter "title" is not a single value: it is ignored', line: 3 },
			{ message: 'frontmatter settings Crux does not use: "author", "colour"', line: 2 }
		]);
	});

	it('reports it from the whole importer with the line in the file', () => {
		const result = argdown.parse('\n===\ntitle: [unclosed\n===\n\n[A]: A claim.\n');
		expect(result.warnings).toEqual([
			expect.objectContaining({
				line: 3,
				message: expect.stringMatching(/^frontmatter is not valid YAML/)
			})
		]);
		expect(result.ok && result.debate.claims.map((c) => c.id)).toEqual(['A']);
	});
});

describe('Argdown lex', () => {
	it('cuts blocks at empty lines; a comment-only line is skipped without ending a block', () => {
		const warnings: IoIssue[] = [];
		const { frontmatter, blocks } = lex(
			'===\ntitle: T\n===\n[A]: a // note\n// only a comment\n    + [B]: b\n\n/* x */ [C]: c',
			warner(warnings)
		);
		expect(frontmatter).toEqual([{ text: 'title: T', number: 2 }]);
		expect(blocks.map((block) => block.map((line) => line.number))).toEqual([[4, 6], [8]]);
		// Comments become spaces: columns stay where they were.
		expect(blocks[1]![0]!.text).toBe('        [C]: c');
		expect(warnings).toEqual([]);
	});

	it('warns about frontmatter that is never closed and reads it as text', () => {
		const warnings: IoIssue[] = [];
		const { frontmatter, blocks } = lex('\n===\ntitle: T\n', warner(warnings));
		expect(frontmatter).toBeUndefined();
		expect(blocks).toHaveLength(1);
		expect(warnings).toEqual([
			{
				message: 'the frontmatter opened here is never closed with "===": it is read as text',
				line: 2
			}
		]);
	});

	it('tokenizes a block into a root, relations by indent and a premise-conclusion structure', () => {
		const warnings: IoIssue[] = [];
		const warn = warner(warnings);
		const [tree] = lex('[A]: a\n    <+ [B]: b\n      more of b\n    -> [C]', warn).blocks;
		expect(
			tokenize(tree!, warn).map((item) => [item.type, item.symbol, item.fromChild, item.parts])
		).toEqual([
			['root', undefined, undefined, ['[A]: a']],
			['relation', '+', true, ['[B]: b', 'more of b']],
			['relation', '-', false, ['[C]']]
		]);
		const [pcs] = lex('(1) [P]: p\n-- rule --\n(2) [C]', warn).blocks;
		expect(tokenize(pcs!, warn).map((item) => [item.type, item.rules])).toEqual([
			['pcs', undefined],
			['inference', 'rule'],
			['pcs', undefined]
		]);
		expect(warnings).toEqual([]);
	});
});

/** A small AIF map: a linked argument, an undercut of it, a rebuttal, a locution and a PA. */
const AIF = {
	nodes: [
		{ nodeID: 'c', type: 'I', text: 'We should cycle.' },
		{ nodeID: 'p1', type: 'I', text: 'Cycling is healthy.' },
		{ nodeID: 'p2', type: 'I', text: 'Health matters.' },
		{ nodeID: 'u', type: 'I', text: 'Not for everyone.' },
		{ nodeID: 'ra', type: 'RA', text: 'Default Inference' },
		{ nodeID: 'ca', type: 'CA', text: 'Default Conflict' },
		{ nodeID: 'l', type: 'L', text: 'Ann Lee : Cycling is good for you.' },
		{ nodeID: 'ya', type: 'YA', text: 'Asserting' },
		{ nodeID: 'pa', type: 'PA', text: 'Preference' }
	],
	edges: [
		{ fromID: 'p1', toID: 'ra' },
		{ fromID: 'p2', toID: 'ra' },
		{ fromID: 'ra', toID: 'c' },
		{ fromID: 'u', toID: 'ca' },
		{ fromID: 'ca', toID: 'ra' },
		{ fromID: 'l', toID: 'ya' },
		{ fromID: 'ya', toID: 'p1' },
		{ fromID: 'pa', toID: 'c' }
	]
};

describe('AIF stages', () => {
	const stages = () => {
		const errors: IoIssue[] = [];
		const warnings: IoIssue[] = [];
		const graph = readGraph(AIF, [], errors, warnings);
		const ids = new Ids();
		const { claims, claimOf } = readClaims(graph.nodes, ids, warnings);
		return { errors, warnings, graph, ids, claims, claimOf };
	};

	it('nodes: reads nodes and edges, ignores a preference with a warning, makes I nodes claims', () => {
		const { errors, warnings, graph, claims } = stages();
		expect(errors).toEqual([]);
		expect(warnings).toEqual([
			{
				message: 'node "pa" is a preference (PA): Crux has no preferences, so it is ignored',
				path: ['nodes', 8]
			}
		]);
		const c = graph.nodes.get('c')!;
		expect(graph.into(c).map((n) => n.id)).toEqual(['ra']);
		expect(claims.map((claim) => claim.id)).toEqual(['c', 'p1', 'p2', 'u']);
	});

	it('nodes: a dangling edge is an error naming the edge and its end', () => {
		const errors: IoIssue[] = [];
		readGraph(
			{ nodes: AIF.nodes, edges: [{ edgeID: 7, fromID: 'x', toID: 'c' }] },
			['AIF'],
			errors,
			[]
		);
		expect(errors).toEqual([
			{ message: 'edge "7" comes from "x", which is no node', path: ['AIF', 'edges', 0, 'fromID'] }
		]);
	});

	it('relations: a linked RA becomes supports that share a note; a CA into it undercuts each', () => {
		const { warnings, graph, ids, claimOf } = stages();
		const { relations, relationPaths } = readRelations(graph, claimOf, ids, warnings);
		expect(relations).toEqual([
			{ id: 'ra', from: 'p1', to: 'c', kind: 'supports', note: 'linked argument ra' },
			{ id: 'ra~2', from: 'p2', to: 'c', kind: 'supports', note: 'linked argument ra' },
			{ id: 'ca', from: 'u', to: 'ra', kind: 'undercuts' },
			{ id: 'ca~2', from: 'u', to: 'ra~2', kind: 'undercuts' }
		]);
		expect(relationPaths).toEqual([
			['nodes', 4],
			['nodes', 4],
			['nodes', 5],
			['nodes', 5]
		]);
		expect(warnings).toHaveLength(1); // the PA's
	});

	it('dialogue: an L node asserting an I node gives its claim a speaker and a quote', () => {
		const { warnings, graph, claims, claimOf } = stages();
		const speakers = readDialogue(AIF, [], graph, claims, claimOf, warnings);
		expect(speakers).toEqual([{ id: 'ann-lee', name: 'Ann Lee', aliases: [] }]);
		expect(claims[1]).toEqual({
			id: 'p1',
			text: 'Cycling is healthy.',
			speaker: 'ann-lee',
			quote: 'Cycling is good for you.'
		});
	});

	it('OVA positions: by claim id, only for claims with finite coordinates', () => {
		const { claimOf } = stages();
		const ova = {
			nodes: [
				{ nodeID: 'c', x: 10, y: '20' },
				{ nodeID: 'ra', x: 1, y: 2 },
				{ nodeID: 'u', x: 'left', y: 0 }
			]
		};
		expect([...readPositions(ova, claimOf)]).toEqual([['c', { x: 10, y: 20 }]]);
		expect(readPositions(undefined, claimOf).size).toBe(0);
	});
});

describe('the resolution rule, shared by the model and the importers', () => {
	const claims = (...ids: string[]) => ids.map((id) => ({ id }));

	it('takes the only root, else the root of the largest tree, ties to the first', () => {
		expect(inferResolution({ claims: [] })).toBeUndefined();
		expect(inferResolution({ claims: claims('a', 'b') })).toMatchObject({
			id: 'a',
			roots: ['a', 'b'],
			treeSize: 1
		});
		const answered = [
			{ id: 's', from: 'c', to: 'b', kind: 'supports' as const },
			{ id: 'u', from: 'd', to: 's', kind: 'undercuts' as const }
		];
		expect(inferResolution({ claims: claims('a', 'b', 'c', 'd'), relations: answered })).toEqual({
			id: 'b',
			roots: ['a', 'b'],
			treeSize: 3,
			byKind: false
		});
	});

	it('prefers a root of kind resolution, and in a cycle the claim of kind resolution', () => {
		const cycle = [
			{ id: 'x', from: 'a', to: 'b', kind: 'supports' as const },
			{ id: 'y', from: 'b', to: 'a', kind: 'supports' as const }
		];
		expect(inferResolution({ claims: claims('a', 'b'), relations: cycle })).toMatchObject({
			id: 'a',
			roots: []
		});
		expect(
			inferResolution({ claims: [{ id: 'a' }, { id: 'b', kind: 'resolution' }], relations: cycle })
		).toMatchObject({ id: 'b', byKind: true });
	});

	it('gives importers a warning that says why', () => {
		const warnings: IoIssue[] = [];
		expect(
			chooseResolution({ claims: [{ id: 'a' }, { id: 'b', kind: 'resolution' }] }, warnings)
		).toBe('b');
		expect(warnings).toEqual([
			{
				message:
					'2 claims support or rebut nothing; "b", which is of kind resolution, is taken as the resolution'
			}
		]);
		expect(chooseResolution({ claims: [{ id: 'a' }] }, warnings)).toBeUndefined();
	});
});

describe('locating JSON paths', () => {
	it('finds an object member at its key, an array item, and a missing field at its parent', () => {
		const text = '{\n\t"claims": [\n\t\t{ "id": "a" },\n\t\t{ "id": "b", "text": 1 }\n\t]\n}';
		const at = locatePaths(text, [
			['claims', 1, 'text'],
			['claims', 0],
			['claims', 0, 'speaker'],
			['nowhere', 3]
		]);
		expect(text.slice(at.get('["claims",1,"text"]')!).startsWith('"text"')).toBe(true);
		expect(text.slice(at.get('["claims",0]')!).startsWith('{ "id": "a" }')).toBe(true);
		expect(at.get('["claims",0,"speaker"]')).toBe(at.get('["claims",0]'));
		expect(at.get('["nowhere",3]')).toBe(0);
	});
});
