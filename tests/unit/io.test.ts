import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	aif,
	argdown,
	detectFormat,
	exportDebate,
	formatIoIssue,
	importDebate,
	importText,
	json,
	kialo,
	type IoIssue,
	type IoResult
} from '$lib/io';
import type { Debate } from '$lib/model';

const FIXTURES = 'tests/fixtures/io';
const read = (path: string) => readFileSync(`${FIXTURES}/${path}`, 'utf8');

/** The debate of a result that must be ok. */
function debateOf(result: IoResult): Debate {
	if (!result.ok) {
		throw new Error(
			`expected a debate, got errors:\n${result.errors.map((e) => formatIoIssue(e)).join('\n')}`
		);
	}
	return result.debate;
}

/** The errors of a result that must fail. */
function errorsOf(result: IoResult): IoIssue[] {
	if (result.ok) throw new Error('expected errors, but the import succeeded');
	expect(result.errors.length).toBeGreaterThan(0);
	return result.errors;
}

const relation = (debate: Debate, id: string) => debate.relations.find((r) => r.id === id);
const claim = (debate: Debate, id: string) => debate.claims.find((c) => c.id === id);
const edges = (debate: Debate) => debate.relations.map((r) => `${r.from} ${r.kind} ${r.to}`).sort();
const messages = (issues: IoIssue[]) => issues.map((i) => i.message).join('\n');

// ---------------------------------------------------------------------------------------------

describe('formatIoIssue', () => {
	it('names the file, line and column, or the JSON path', () => {
		expect(formatIoIssue({ message: 'bad', line: 3, column: 7 }, 'a.txt')).toBe('a.txt:3:7: bad');
		expect(formatIoIssue({ message: 'bad', line: 3 }, 'a.txt')).toBe('a.txt:3: bad');
		expect(formatIoIssue({ message: 'bad', path: ['nodes', 2, 'nodeID'] }, 'a.json')).toBe(
			'a.json: $.nodes[2].nodeID: bad'
		);
		expect(
			formatIoIssue({ message: 'bad', path: ['edges', 0], line: 9, column: 3 }, 'a.json')
		).toBe('a.json:9:3: $.edges[0]: bad');
		expect(formatIoIssue({ message: 'bad', line: 3, column: 7 })).toBe('line 3, column 7: bad');
		expect(formatIoIssue({ message: 'bad' })).toBe('bad');
	});
});

describe('Crux JSON', () => {
	it('reads a valid debate unchanged', () => {
		const debate = debateOf(json.parse(read('json/bike-lanes.json')));
		expect(debate.claims).toHaveLength(5);
		expect(relation(debate, 'other-streets-safety')).toMatchObject({
			kind: 'undercuts',
			to: 'safety-build'
		});
	});

	it('names the line and column of a syntax error', () => {
		expect(errorsOf(json.parse(read('json/broken.json')))).toEqual([
			{ message: "not valid JSON: Unexpected token ']'", line: 6, column: 2 }
		]);
	});

	it('names the path and the line of each field it rejects', () => {
		expect(errorsOf(json.parse(read('json/schema-errors.json')))).toEqual([
			{ message: 'unknown field "qoute"', path: ['claims', 1, 'qoute'], line: 6, column: 37 },
			{
				message: 'missing required field (expected string)',
				path: ['claims', 2, 'text'],
				line: 7,
				column: 3
			}
		]);
	});

	it('carries the view a file was sent with, beside the map, and back', () => {
		const debate = debateOf(json.parse(read('json/bike-lanes.json')));
		const view = 'claim=safety-build&z=1.5,-20,30';
		const text = json.serialize(debate, view);
		expect(Object.keys(JSON.parse(text)).at(-1)).toBe('view');
		const opened = json.parse(text);
		expect(opened).toMatchObject({ ok: true, view, warnings: [] });
		expect(debateOf(opened)).toEqual(debate);
		expect(json.serialize(debateOf(opened), view)).toBe(text);
		// Anywhere in the file: first, with its comma.
		const first = `{"view": "${view}",${json.serialize(debate).trim().slice(1)}`;
		expect(json.parse(first)).toMatchObject({ ok: true, view });
		expect(json.parse(json.serialize(debate))).not.toHaveProperty('view');
	});

	it('ignores a view that is not one, saying where, and keeps every line and column', () => {
		const text = json.serialize(debateOf(json.parse(read('json/bike-lanes.json'))));
		const withView = text.replace('{\n', '{\n\t"view": 3,\n');
		const opened = json.parse(withView);
		expect(opened.ok).toBe(true);
		expect(opened.warnings).toEqual([
			{ message: expect.stringContaining('view: ignored'), path: ['view'], line: 2, column: 2 }
		]);
		// A schema error after the view is placed where it is in the file, not where it was moved.
		const broken = withView.replace('"title"', '"titel"');
		const line = broken.split('\n').findIndex((l) => l.includes('"titel"')) + 1;
		expect(json.parse(broken).ok).toBe(false);
		expect(
			(json.parse(broken) as { errors: IoIssue[] }).errors.find((e) => e.path?.[0] === 'titel')
		).toMatchObject({ line });
	});

	it('accepts a byte order mark', () => {
		expect(json.parse(`\uFEFF${read('json/bike-lanes.json')}`).ok).toBe(true);
	});

	it('serializes with the schema key order, tabs and a final newline, stably', () => {
		const debate = debateOf(json.parse(read('json/bike-lanes.json')));
		const text = json.serialize(debate);
		expect(text.endsWith('}\n')).toBe(true);
		expect(text.split('\n')[1]).toBe('\t"id": "bike-lanes",');
		const keys = Object.keys(JSON.parse(text));
		expect(keys).toEqual([
			'id',
			'title',
			'question',
			'resolution',
			'sources',
			'speakers',
			'claims',
			'relations',
			'events'
		]);
		const shuffled = { ...debate, claims: debate.claims.map((c) => ({ note: c.note, ...c })) };
		expect(json.serialize(JSON.parse(JSON.stringify(shuffled)))).toBe(text);
		expect(debateOf(json.parse(text))).toEqual(debate);
	});
});

describe('AIF import', () => {
	it('reads an AIFdb dialogue: claims, linked RA, CA rebut and undercut, MA, speakers', () => {
		const result = aif.parse(read('aif/aifdb-dialogue.json'), { name: 'town-bypass.json' });
		const debate = debateOf(result);
		expect(result.warnings).toEqual([]);
		expect(debate.title).toBe('Town bypass');
		expect(debate.claims.map((c) => c.id)).toEqual([
			'101',
			'102',
			'103',
			'104',
			'105',
			'106',
			'107'
		]);
		// A linked argument: one supports per premise, grouped by note, ids from the RA node.
		expect(relation(debate, '201')).toEqual({
			id: '201',
			from: '102',
			to: '101',
			kind: 'supports',
			note: 'linked argument 201'
		});
		expect(relation(debate, '201~2')).toMatchObject({
			from: '103',
			to: '101',
			note: 'linked argument 201'
		});
		expect(relation(debate, '202')).toEqual({ id: '202', from: '104', to: '101', kind: 'rebuts' });
		// The undercut of a linked argument attacks each of its relations.
		expect(relation(debate, '203')).toMatchObject({ from: '105', to: '201', kind: 'undercuts' });
		expect(relation(debate, '203~2')).toMatchObject({
			from: '105',
			to: '201~2',
			kind: 'undercuts'
		});
		expect(relation(debate, '204')).toMatchObject({
			from: '106',
			to: '102',
			kind: 'supports',
			note: 'rephrase'
		});
		expect(relation(debate, '205')).toMatchObject({ note: 'Argument From Expert Opinion' });
		// Speakers from participants and locutions, or from the "Name : text" of an L node.
		expect(debate.speakers).toEqual([
			{ id: '1', name: 'Ana Silva', aliases: [] },
			{ id: '2', name: 'Tom Reed', aliases: [] },
			{ id: 'kim-osei', name: 'Kim Osei', aliases: [] }
		]);
		expect(claim(debate, '101')).toMatchObject({
			speaker: '1',
			quote: 'We must build the bypass.'
		});
		expect(claim(debate, '104')).toMatchObject({
			speaker: '2',
			quote: 'It would cut right through the water meadows.'
		});
		// Words equal to the claim add no quote.
		expect(claim(debate, '106')).toEqual({
			id: '106',
			text: 'Heavy traffic is going through the centre.',
			speaker: 'kim-osei'
		});
		// Dialogue nodes never become claims.
		expect(debate.claims.some((c) => /Asserting|Transition/.test(c.text))).toBe(false);
	});

	it('reads the OVA3 shape and returns its positions', () => {
		const result = aif.parse(read('aif/ova3-positions.json'));
		const debate = debateOf(result);
		expect(debate.claims.map((c) => c.id)).toEqual(['1_164', '2_164', '3_164', '4_164']);
		expect(edges(debate)).toEqual([
			'2_164 supports 1_164',
			'3_164 rebuts 1_164',
			'4_164 rebuts 3_164'
		]);
		expect(result.ok && result.positions).toEqual(
			new Map([
				['1_164', { x: 400, y: 40 }],
				['2_164', { x: 200, y: 240 }],
				['3_164', { x: 600, y: 240 }],
				['4_164', { x: 620.5, y: 420 }]
			])
		);
		expect(claim(debate, '2_164')).toMatchObject({ quote: 'Nobody misses the commute.' });
	});

	it('warns about unknown node types and preferences, naming the node, and goes on', () => {
		const result = aif.parse(read('aif/unknown-types.json'));
		const debate = debateOf(result);
		expect(debate.claims.map((c) => c.id)).toEqual(['1', '2', '6']);
		expect(edges(debate)).toEqual(['2 supports 1']);
		expect(result.warnings.slice(0, 2)).toEqual([
			{
				message: 'node "4" has the unknown type "XA": it is ignored, with its edges',
				path: ['nodes', 3, 'type'],
				line: 6,
				column: 40
			},
			{
				message: 'node "5" is a preference (PA): Crux has no preferences, so it is ignored',
				path: ['nodes', 4],
				line: 7,
				column: 3
			}
		]);
	});

	it('names each dangling edge and where it is', () => {
		expect(errorsOf(aif.parse(read('aif/dangling-edges.json')))).toEqual([
			{
				message: 'edge "e2" goes to "ghost", which is no node',
				path: ['edges', 1, 'toID'],
				line: 9,
				column: 36
			},
			{
				message: 'edge "e3" comes from "nobody", which is no node',
				path: ['edges', 2, 'fromID'],
				line: 10,
				column: 21
			}
		]);
	});

	it('names the line of a JSON syntax error', () => {
		expect(errorsOf(aif.parse(read('aif/broken.json')))).toEqual([
			{ message: "not valid JSON: Unexpected token '}'", line: 9, column: 1 }
		]);
	});

	it('keeps HTML as text and survives cycles of supports and of undercuts', () => {
		const result = aif.parse(read('aif/html-and-cycles.json'));
		const debate = debateOf(result);
		expect(claim(debate, 't')!.text).toBe(
			"<script>alert('x')</script> Pages should be <b>rendered</b> as text & nothing more."
		);
		expect(claim(debate, 'u')!.text).toBe('<img src=x onerror=alert(1)> is just text here.');
		expect(edges(debate)).toEqual(['t supports v', 'u supports t', 'v supports u']);
		expect(messages(result.warnings)).toMatch(/undercut each other in a circle/);
		expect(debate.resolution).toBe('t');
	});

	it('rejects what is not AIF with a clear message', () => {
		expect(errorsOf(aif.parse('[1, 2]'))[0]!.message).toMatch(/JSON object with "nodes"/);
		expect(errorsOf(aif.parse('{"edges": []}'))[0]).toMatchObject({
			message: 'missing field "nodes" (expected an array of AIF nodes)',
			path: ['nodes']
		});
		expect(
			errorsOf(aif.parse('{"nodes": [{"nodeID": 1, "type": "RA", "text": ""}]}'))[0]!.message
		).toMatch(/no I node/);
		const errors = errorsOf(
			aif.parse(
				'{"nodes": [{"nodeID": 1, "type": "I", "text": "a"}, {"nodeID": "1", "type": "I"}, {"text": "x"}]}'
			)
		);
		expect(errors.map((e) => e.message)).toEqual([
			'duplicate node id "1": already used by nodes[0]',
			'missing field "nodeID"'
		]);
	});

	it('turns ids with white space into Crux ids and cuts texts over 500 characters', () => {
		const long = 'word '.repeat(150).trim();
		const result = aif.parse(
			JSON.stringify({
				nodes: [
					{ nodeID: 'a b', text: 'The claim.', type: 'I' },
					{ nodeID: 'c', text: long, type: 'I' },
					{ nodeID: 'ra 1', text: 'Default Inference', type: 'RA' }
				],
				edges: [
					{ edgeID: 1, fromID: 'c', toID: 'ra 1' },
					{ edgeID: 2, fromID: 'ra 1', toID: 'a b' }
				]
			})
		);
		const debate = debateOf(result);
		expect(edges(debate)).toEqual(['c supports a-b']);
		expect(relation(debate, 'ra-1')).toBeDefined();
		const cut = claim(debate, 'c')!;
		expect(cut.text.length).toBeLessThanOrEqual(500);
		expect(cut.text.endsWith('…')).toBe(true);
		expect(cut.note).toBe(`Full text: ${long}`);
		expect(messages(result.warnings)).toMatch(/longer than 500 characters/);
	});
});

describe('AIF export', () => {
	it('writes I, RA, CA, MA, L and YA nodes, locutions and participants', () => {
		const debate = debateOf(json.parse(read('json/bike-lanes.json')));
		const out = JSON.parse(aif.serialize(debate)) as {
			nodes: { nodeID: string; text: string; type: string }[];
			edges: { edgeID: number; fromID: string; toID: string }[];
			locutions: { nodeID: string; personID?: string }[];
			participants: { participantID: string; firstname: string; surname: string }[];
		};
		const byType = (type: string) => out.nodes.filter((n) => n.type === type).map((n) => n.nodeID);
		expect(byType('I')).toEqual(['build', 'safety', 'parking', 'footfall', 'other-streets']);
		expect(byType('RA')).toEqual(['safety-build']);
		expect(byType('CA')).toEqual(['parking-build', 'footfall-parking', 'other-streets-safety']);
		expect(out.nodes.find((n) => n.nodeID === 'footfall-parking')!.text).toBe(
			'Lost parking need not mean lost trade.'
		);
		// The undercut's CA points at the RA node of the relation it attacks.
		expect(out.edges).toContainEqual(
			expect.objectContaining({ fromID: 'other-streets-safety', toID: 'safety-build' })
		);
		expect(out.nodes).toContainEqual({
			nodeID: 'safety.L',
			text: 'Dana Ortiz : Every city that built them saw injuries fall.',
			type: 'L'
		});
		expect(out.locutions).toContainEqual({ nodeID: 'safety.L', personID: 'ortiz' });
		expect(out.participants).toEqual([
			{ participantID: 'ortiz', firstname: 'Dana', surname: 'Ortiz' },
			{ participantID: 'lee', firstname: 'Sam', surname: 'Lee' }
		]);
		expect(new Set(out.edges.map((e) => e.edgeID)).size).toBe(out.edges.length);
	});

	it('writes one RA for a linked argument and one CA for its undercut', () => {
		const debate = debateOf(aif.parse(read('aif/aifdb-dialogue.json')));
		const out = JSON.parse(aif.serialize(debate)) as {
			nodes: { nodeID: string; type: string; text: string }[];
			edges: { fromID: string; toID: string }[];
		};
		const ra = out.nodes.filter((n) => n.type === 'RA');
		expect(ra.map((n) => n.nodeID)).toEqual(['201', '205']);
		expect(out.nodes.find((n) => n.type === 'MA')).toMatchObject({
			nodeID: '204',
			text: 'Default Rephrase'
		});
		expect(out.edges.filter((e) => e.toID === '201').map((e) => e.fromID)).toEqual([
			'102',
			'103',
			'203'
		]);
		expect(out.nodes.filter((n) => n.type === 'CA').map((n) => n.nodeID)).toEqual(['202', '203']);
	});
});

describe('Argdown import', () => {
	it('reads a sketched debate: statements, arguments, relations, tags, headings, frontmatter', () => {
		const result = argdown.parse(read('argdown/sketch.argdown'));
		const debate = debateOf(result);
		expect(debate.title).toBe('Should the city introduce a congestion charge?');
		expect(debate.question).toBe('A sketch of the council debate of 12 March');
		expect(debate.claims.map((c) => c.id)).toEqual([
			'Charge',
			'Cleaner-air',
			'Displacement',
			'Ring-road-capacity',
			'Revenue',
			'Hurts-shops',
			'Footfall-data',
			'Regressive',
			'Exemptions'
		]);
		expect(claim(debate, 'Cleaner-air')).toEqual({
			id: 'Cleaner-air',
			text: 'Fewer cars in the centre means cleaner air for the people who live there.',
			topics: ['Traffic', 'health']
		});
		expect(claim(debate, 'Revenue')!.topics).toEqual(['Traffic', 'public transport']);
		expect(claim(debate, 'Regressive')!.topics).toEqual(['Fairness']);
		expect(edges(debate)).toEqual([
			'Cleaner-air supports Charge',
			'Displacement rebuts Cleaner-air',
			'Exemptions rebuts Regressive',
			'Footfall-data rebuts Hurts-shops',
			'Hurts-shops rebuts Charge',
			'Regressive rebuts Charge',
			'Revenue supports Charge',
			'Revenue supports Cleaner-air',
			'Ring-road-capacity undercuts r2'
		]);
		expect(relation(debate, 'r2')).toMatchObject({ from: 'Displacement', to: 'Cleaner-air' });
		expect(result.warnings).toEqual([
			{ message: 'frontmatter settings Crux does not use: "author"', line: 4 }
		]);
	});

	it('reads premise-conclusion structures as inferences, with steps, rules and undercuts', () => {
		const result = argdown.parse(read('argdown/reconstruction.argdown'));
		const debate = debateOf(result);
		expect(result.warnings).toEqual([]);
		// Reconstructed arguments are inferences, not claims.
		expect(claim(debate, 'Teleological-proof')).toBeUndefined();
		expect(claim(debate, 'Evolution')).toBeDefined();
		const intermediate = 'an-intelligent-designer-of-the-world-exists';
		expect(relation(debate, 'Teleological-proof.1')).toEqual({
			id: 'Teleological-proof.1',
			from: 'Design',
			to: intermediate,
			kind: 'supports',
			note: 'linked argument Teleological-proof.1: Inference to the best explanation'
		});
		expect(relation(debate, 'Teleological-proof.1~2')).toMatchObject({ from: 'Best-explanation' });
		expect(relation(debate, 'Teleological-proof')).toEqual({
			id: 'Teleological-proof',
			from: intermediate,
			to: 'God',
			kind: 'supports',
			note: 'linked argument Teleological-proof: Since the world seems designed, there is a designer.'
		});
		expect(relation(debate, 'Teleological-proof~2')).toMatchObject({
			from: 'the-only-intelligent-being-that-could-design',
			to: 'God'
		});
		// The undercut written under the last inference attacks each of its relations.
		const undercuts = debate.relations.filter((r) => r.kind === 'undercuts');
		expect(undercuts.map((r) => `${r.from} ${r.to}`)).toEqual([
			'Many-designers Teleological-proof',
			'Many-designers Teleological-proof~2'
		]);
		expect(edges(debate)).toContain('Evolution rebuts God');
		expect(edges(debate)).toContain('Evolution rebuts Best-explanation');
		expect(relation(debate, 'Fine-tuning')).toMatchObject({
			to: 'Design',
			note: 'linked argument Fine-tuning: Abduction'
		});
	});

	it('warns, with line numbers, about everything it cannot map', () => {
		const result = argdown.parse(read('argdown/unsupported.argdown'));
		const debate = debateOf(result);
		const lines = result.warnings.map((w) => `${w.line}: ${w.message}`);
		for (const expected of [
			/^3: frontmatter settings Crux does not use: "map", "model"$/,
			/^16: text after the reference \[D\] is ignored: "but this text follows a reference"/,
			/^27: a premise-conclusion structure without an inference line/,
			/^9: YAML data is ignored/,
			/^14: \[B\] has another text here; the first \(line 10\) is kept$/,
			/^24: data "speaker" names no speaker of the frontmatter: it is ignored$/,
			/^24: data Crux does not use: "colour"$/,
			/^11: a contradiction \(><\) between "C" and "A" is read as two rebuttals/,
			/^12: a relation from "A" to itself is ignored$/,
			/^22: \[E\] has no inference to undercut/
		]) {
			expect(
				lines.some((line) => expected.test(line)),
				String(expected)
			).toBe(true);
		}
		// What can be mapped still is: list items, the contradiction, the data Crux knows.
		expect(claim(debate, 'E')!.text).toBe('A list item is a statement too.');
		expect(edges(debate)).toEqual(
			expect.arrayContaining(['A rebuts C', 'C rebuts A', 'Sketch supports A'])
		);
		expect(claim(debate, 'Sketch')!.kind).toBe('evidence');
		expect(claim(debate, 'D')!.text).toBe('D');
	});

	it('keeps HTML and escaped characters as text', () => {
		const debate = debateOf(argdown.parse(read('argdown/html.argdown')));
		expect(claim(debate, 'T')!.text).toBe(
			'<script>alert("x")</script> stays text, and so does <b>this</b> & that.'
		);
		expect(claim(debate, 'U')!.text).toBe(
			'Escaped [brackets] and a #hash and a URL https://example.org/a//b stay too.'
		);
		expect(debate.claims[2]!.text).toBe(
			'A statement with an <img src=x onerror=alert(1)> tag inside.'
		);
	});

	it('reads a cycle, taking the claim with the largest tree as the resolution', () => {
		const result = argdown.parse(read('argdown/cycle.argdown'));
		const debate = debateOf(result);
		expect(edges(debate)).toEqual(['A supports C', 'B supports A', 'C supports B']);
		expect(debate.resolution).toBe('A');
		expect(messages(result.warnings)).toMatch(/every claim supports or rebuts another/);
	});

	it('skips comments without losing line numbers, and reads relation directions', () => {
		const text = [
			'/* a comment',
			'   over two lines */',
			'[A]: First. // a comment after the text',
			'    +> [B]: Second.',
			'    <- [C]: Third.',
			'    -> <D>: Fourth.',
			'    _> [E]',
			'<!-- an HTML comment -->',
			'    <+ [F]: Sixth.'
		].join('\n');
		const result = argdown.parse(text);
		const debate = debateOf(result);
		expect(claim(debate, 'A')!.text).toBe('First.');
		expect(edges(debate)).toEqual(['A rebuts D', 'A supports B', 'C rebuts A', 'F supports A']);
		expect(result.warnings.find((w) => /undercut/.test(w.message))).toMatchObject({ line: 7 });
	});

	it('reports an empty document as an error', () => {
		expect(errorsOf(argdown.parse('// only a comment\n\n'))[0]!.message).toMatch(/no statements/);
	});
});

describe('Argdown export', () => {
	it('writes claims with data, relations under them, named relations for undercut targets', () => {
		const debate = debateOf(json.parse(read('json/bike-lanes.json')));
		const text = argdown.serialize(debate);
		expect(text).toContain('title: "Protected bike lanes on Main Street"\n');
		expect(text).toContain('subTitle: "Should Main Street get protected bike lanes?"\n');
		expect(text).toContain(
			'[safety]: Protected lanes cut cycling injuries. #(safety) {"speaker":"ortiz","quote":"Every city that built them saw injuries fall.","source":"minutes","paragraph":4}\n'
		);
		expect(text).toContain(
			'[parking]: The lanes remove forty parking spaces. #(business) {"speaker":"lee"}\n    -> [build]\n'
		);
		expect(text).toContain('    _> <safety-build>\n');
		expect(text).toContain('<safety-build> {"crux":"relation"}\n    <+ [safety]\n    +> [build]\n');
		expect(text).toContain(
			'<footfall-parking>: Lost parking need not mean lost trade. {"crux":"relation"}\n    <+ [footfall]\n    -> [parking]\n'
		);
		expect(debateOf(argdown.parse(text))).toEqual({
			...debate,
			relations: expect.any(Array)
		});
	});

	it('writes a linked argument as a premise-conclusion structure', () => {
		const debate = debateOf(aif.parse(read('aif/aifdb-dialogue.json')));
		const text = argdown.serialize(debate);
		expect(text).toContain('<201>\n\n(1) [102]\n(2) [103]\n----\n(3) [101]\n');
		expect(text).toContain(
			'[105]: The lorries come for the depot, which is moving out of town anyway. {"speaker":"2","quote":"Those lorries are for the depot, and the depot is leaving town."}\n    _> <201>\n'
		);
	});

	it('escapes what Argdown would read as syntax', () => {
		const text = argdown.serialize({
			id: 'x',
			title: 'X',
			sources: [],
			speakers: [],
			claims: [
				{
					id: 'a[1]',
					text: '[not a title]: <b>#tag</b> {"kind": "evidence"} // no comment /* nor this'
				},
				{ id: 'b', text: 'Line one\nline two', topics: ['a (b)', 'c#d'] }
			],
			relations: [{ id: 'r', from: 'b', to: 'a[1]', kind: 'supports' }],
			events: []
		});
		expect(text).toContain(
			'[a\\[1\\]]: \\[not a title\\]: \\<b\\>\\#tag\\</b\\> \\{"kind": "evidence"\\} \\// no comment \\/* nor this\n'
		);
		expect(text).toContain(
			'[b]: Line one line two #(a \\(b\\)) #(c\\#d) {"text":"Line one\\nline two"}'
		);
		const back = debateOf(argdown.parse(text));
		expect(back.claims).toEqual([
			{
				id: 'a[1]',
				text: '[not a title]: <b>#tag</b> {"kind": "evidence"} // no comment /* nor this'
			},
			{ id: 'b', text: 'Line one\nline two', topics: ['a (b)', 'c#d'] }
		]);
		expect(edges(back)).toEqual(['b supports a[1]']);
	});
});

describe('Kialo import', () => {
	it('reads a discussion: thesis, pros and cons, links, multi-line claims, escapes', () => {
		const result = kialo.parse(read('kialo/school-uniforms.txt'));
		const debate = debateOf(result);
		expect(debate.title).toBe('Should schools require uniforms?');
		expect(debate.question).toBe('Should schools require uniforms?');
		expect(debate.resolution).toBe('1');
		expect(claim(debate, '1')).toEqual({
			id: '1',
			text: 'Schools should require uniforms.',
			kind: 'resolution'
		});
		// Links are relations to the existing claim, not duplicate claims.
		expect(debate.claims.map((c) => c.id)).toEqual([
			'1',
			'1.1',
			'1.1.1',
			'1.1.2',
			'1.2',
			'1.2.1',
			'1.3',
			'1.4',
			'1.4.1'
		]);
		expect(relation(debate, 'r1.2.2')).toEqual({
			id: 'r1.2.2',
			from: '1.1.1',
			to: '1.2',
			kind: 'supports'
		});
		expect(relation(debate, 'r1.4.2')).toEqual({
			id: 'r1.4.2',
			from: '1.1.1',
			to: '1.4',
			kind: 'rebuts'
		});
		expect(relation(debate, 'r1.1.1')).toMatchObject({ from: '1.1.1', to: '1.1', kind: 'rebuts' });
		expect(claim(debate, '1.4')!.text).toBe(
			'Uniforms suppress self-expression (especially for older pupils).\nPupils of 16 and over say so in most surveys.'
		);
		expect(result.warnings[0]).toEqual({
			message:
				'the link to 1.1.1 says neither Pro nor Con: it is taken as Con, like the claim it names',
			line: 14
		});
	});

	it('reads CRLF line endings', () => {
		const text = read('kialo/crlf-market.txt');
		expect(text).toContain('\r\n');
		const debate = debateOf(kialo.parse(text));
		expect(debate.claims.map((c) => c.text)).toEqual([
			'The town should pedestrianise the market square.',
			'Market traders would get more space.',
			'Delivery vans would have nowhere to unload.',
			'Older people rely on parking near the square.',
			'The nearest car park is 600 m away (on foot).'
		]);
		expect(debate.claims.every((c) => !c.text.includes('\r'))).toBe(true);
		expect(edges(debate)).toEqual([
			'1.1 supports 1',
			'1.1.1 rebuts 1.1',
			'1.2 rebuts 1',
			'1.2.1 supports 1.2'
		]);
	});

	it('copes with preamble, broken links, lists inside claims, empty and unlabelled claims', () => {
		const result = kialo.parse(read('kialo/nasty.txt'));
		const debate = debateOf(result);
		expect(debate.title).toBe("Escapes, links and <script>alert('x')</script>");
		expect(claim(debate, '1')!.text).toBe('The site should render <b>claims</b> as plain text.');
		expect(claim(debate, '1.1')!.text).toBe('<script>alert("boom")</script> must show up as text.');
		expect(claim(debate, '1.1.1')!.text).toBe(
			'A claim can hold a numbered list:\n1. first point\n2. second point'
		);
		expect(claim(debate, '1.5')).toMatchObject({ kind: 'position' });
		expect(relation(debate, 'r1.3')).toMatchObject({ from: '1.1.1', to: '1', kind: 'supports' });
		const lines = result.warnings.map((w) => `${w.line}: ${w.message}`);
		expect(lines).toEqual(
			expect.arrayContaining([
				'1: text before the first numbered claim is ignored',
				'9: the link to 1.9 leads to no claim in this file: it is dropped',
				'10: the link to 1.2 leads to no claim in this file: it is dropped',
				'12: text after the link "-> See 1.1.1." is ignored',
				'13: claim 1.4 has no text',
				'14: claim 1.5 is neither Pro nor Con: it is taken to support 1'
			])
		);
	});

	it('reports a text without numbered claims as an error', () => {
		expect(
			errorsOf(kialo.parse('Discussion Title: Nothing here\n\nJust words.'))[0]!.message
		).toMatch(/no claims/);
	});
});

describe('detectFormat and importText', () => {
	it('tells every fixture format from its content', () => {
		const cases: [string, string][] = [
			['aif/aifdb-dialogue.json', 'aif'],
			['aif/ova3-positions.json', 'aif'],
			['aif/broken.json', 'aif'],
			['json/bike-lanes.json', 'json'],
			['json/broken.json', 'json'],
			['argdown/sketch.argdown', 'argdown'],
			['argdown/cycle.argdown', 'argdown'],
			['argdown/html.argdown', 'argdown'],
			['argdown/reconstruction.argdown', 'argdown'],
			['kialo/school-uniforms.txt', 'kialo'],
			['kialo/crlf-market.txt', 'kialo'],
			['kialo/nasty.txt', 'kialo']
		];
		for (const [file, format] of cases) expect(detectFormat(read(file)), file).toBe(format);
	});

	it('uses the file name when the content does not say', () => {
		expect(detectFormat('Just a sentence.')).toBeNull();
		expect(detectFormat('Just a sentence.', 'notes.argdown')).toBe('argdown');
		expect(detectFormat('{"something": 1}')).toBeNull();
		expect(detectFormat('{"something": 1}', 'x.json')).toBe('json');
		expect(detectFormat('1. A thesis\n1.1. Pro: A reason')).toBe('kialo');
	});

	it('imports with the detected format, or says it cannot tell', () => {
		const { format, result } = importText(read('kialo/school-uniforms.txt'));
		expect(format).toBe('kialo');
		expect(result.ok).toBe(true);
		const unknown = importText('Just a sentence.');
		expect(unknown.format).toBeNull();
		expect(errorsOf(unknown.result)[0]!.message).toMatch(/cannot tell the format/);
		expect(importText('Just a sentence.', { format: 'argdown' }).result.ok).toBe(true);
	});

	it('exports and imports by format name', () => {
		const debate = debateOf(importDebate(read('json/bike-lanes.json'), 'json'));
		for (const format of ['json', 'aif', 'argdown'] as const) {
			const back = debateOf(importDebate(exportDebate(debate, format), format));
			expect(back.claims.map((c) => c.text)).toEqual(debate.claims.map((c) => c.text));
		}
	});
});
