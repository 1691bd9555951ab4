import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
	buildGraph,
	checkChanged,
	formatIssue,
	formatPath,
	opposite,
	parseDebate,
	parseDebateJson,
	type ArgumentGraph,
	type DebateInput,
	type Issue,
	type RelationKind
} from '$lib/model';
import { jsonErrorOffset } from '$lib/model/json-error';
import { claim, debate, graphOf } from '../support/fixtures';

// ---------------------------------------------------------------------------------------------
// Helpers

/** The smallest useful debate: a resolution and one claim that supports it. */
const minimal = (): DebateInput => ({
	id: 'tiny',
	title: 'A tiny debate',
	claims: [
		{ id: 'r', text: 'The resolution.' },
		{ id: 'a', text: 'A reason for it.' }
	],
	relations: [{ id: 's', from: 'a', to: 'r', kind: 'supports' }]
});

/** Parses an input that must fail and returns its errors. */
function errorsOf(input: unknown): Issue[] {
	const result = parseDebate(input);
	if (result.ok) throw new Error(`expected errors, but the debate is valid`);
	expect(result.errors.length).toBeGreaterThan(0);
	return result.errors;
}

const sidesOf = (graph: ArgumentGraph) => Object.fromEntries(graph.side);
const depthsOf = (graph: ArgumentGraph) => Object.fromEntries(graph.depth);
const codes = (issues: Issue[]) => issues.map((issue) => issue.code);

/** Follows `path` through `input`; `undefined` when some step is missing. */
function at(input: unknown, path: (string | number)[]): { value: unknown } | undefined {
	let value = input;
	for (const key of path) {
		if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
		value = (value as Record<string | number, unknown>)[key];
	}
	return { value };
}

// ---------------------------------------------------------------------------------------------
// Parsing

describe('parseDebate: valid debates', () => {
	it('accepts a minimal hand-written debate and fills in the defaults', () => {
		const result = parseDebate(minimal());
		expect(result).toEqual({
			ok: true,
			warnings: [],
			debate: {
				id: 'tiny',
				title: 'A tiny debate',
				sources: [],
				speakers: [],
				claims: [
					{ id: 'r', text: 'The resolution.' },
					{ id: 'a', text: 'A reason for it.' }
				],
				relations: [{ id: 's', from: 'a', to: 'r', kind: 'supports' }],
				events: []
			}
		});
	});

	it('accepts a debate with no relations at all (a lone resolution)', () => {
		const result = parseDebate({ id: 'd', title: 'T', claims: [{ id: 'r', text: 'R' }] });
		expect(result.ok).toBe(true);
	});

	it('accepts every optional field, and speakers may share an id with a claim', () => {
		const input = {
			$schema: './debate.schema.json',
			id: 'full',
			title: 'Everything filled in',
			question: 'Should we?',
			resolution: 'r',
			summary: 'A summary.',
			sources: [
				{
					id: 'src',
					title: 'An article',
					outlet: 'The Paper',
					author: 'A. Writer',
					published: '2024-05-01',
					url: 'https://example.org/article',
					note: 'Paywalled.'
				}
			],
			speakers: [
				{ id: 'r', name: 'Rita', aliases: ['R. Smith'], role: 'mayor', affiliation: 'Council' }
			],
			claims: [
				{
					id: 'r',
					text: 'We should.',
					kind: 'resolution',
					speaker: 'r',
					quote: 'We must.',
					source: 'src',
					paragraph: 3,
					topics: ['policy'],
					later: false,
					note: 'Said twice.'
				},
				{ id: 'a', text: 'Because.' }
			],
			relations: [{ id: 's', from: 'a', to: 'r', kind: 'supports', note: 'Implicit.' }]
		};
		const result = parseDebate(input);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.debate.speakers[0]!.aliases).toEqual(['R. Smith']);
	});

	it('trims claim text', () => {
		const input = minimal();
		input.claims[0]!.text = '  The resolution.  ';
		const result = parseDebate(input);
		expect(result.ok && result.debate.claims[0]!.text).toBe('The resolution.');
	});

	it('accepts the small fixture the CLI tests use', () => {
		const text = readFileSync('tests/fixtures/debates/small-valid.json', 'utf8');
		const result = parseDebateJson(text);
		expect(result.ok).toBe(true);
		expect(result.warnings).toEqual([]);
	});
});

describe('parseDebate: shape errors (zod)', () => {
	it('rejects something that is not an object at the root', () => {
		for (const input of [null, [], 'debate', 42]) {
			const [error] = errorsOf(input);
			expect(error).toMatchObject({ code: 'schema', path: [] });
			expect(error!.message).toMatch(/expected object/);
		}
	});

	it('names the path and the expected type of a wrong type', () => {
		const input = minimal() as Record<string, unknown> & { claims: Record<string, unknown>[] };
		input.claims[1]!.text = 42;
		expect(errorsOf(input)).toEqual([
			{
				code: 'schema',
				path: ['claims', 1, 'text'],
				message: 'Invalid input: expected string, received number'
			}
		]);
	});

	it('keeps a claim title to a few words, and an empty one is an error', () => {
		const input = minimal();
		input.claims[0]!.title = 'x'.repeat(41);
		input.claims[1]!.title = '  ';
		expect(errorsOf(input).map((e) => formatIssue(e))).toEqual([
			'$.claims[0].title: a claim title has at most 40 characters',
			'$.claims[1].title: cannot be empty'
		]);
		input.claims[0]!.title = 'Keep the pact';
		input.claims[1]!.title = 'A reason';
		expect(parseDebate(input).ok).toBe(true);
	});

	it('says "missing" for a missing required field, at its path', () => {
		const input = minimal() as { relations: Record<string, unknown>[] };
		delete input.relations[0]!.kind;
		expect(errorsOf(input)).toEqual([
			{
				code: 'schema',
				path: ['relations', 0, 'kind'],
				message: 'missing required field (one of "supports", "rebuts", "undercuts")'
			}
		]);
	});

	it('reports a missing title and a missing claims list at the top level', () => {
		const errors = errorsOf({ id: 'd' });
		expect(errors.map((e) => e.path)).toEqual([['title'], ['claims']]);
		expect(errors.every((e) => e.message.startsWith('missing required field'))).toBe(true);
	});

	it('rejects an empty claims list', () => {
		expect(errorsOf({ id: 'd', title: 'T', claims: [] })).toEqual([
			{ code: 'schema', path: ['claims'], message: 'a debate has at least one claim' }
		]);
	});

	it('names an unknown field (a typo such as "qoute") by its own path', () => {
		const input = minimal() as { claims: Record<string, unknown>[] };
		input.claims[1]!.qoute = 'a typo';
		expect(errorsOf(input)).toEqual([
			{ code: 'schema', path: ['claims', 1, 'qoute'], message: 'unknown field "qoute"' }
		]);
	});

	it('reports every unknown field, at the top level too', () => {
		const input = { ...minimal(), relation: [], titel: 'x' };
		const errors = errorsOf(input);
		expect(errors.map((e) => formatPath(e.path))).toEqual(['$.relation', '$.titel']);
	});

	it('lists the allowed relation kinds for an unknown kind', () => {
		const input = minimal() as { relations: Record<string, unknown>[] };
		input.relations[0]!.kind = 'attacks';
		const [error] = errorsOf(input);
		expect(error!.path).toEqual(['relations', 0, 'kind']);
		expect(error!.message).toMatch(/supports.*rebuts.*undercuts/);
	});

	it('rejects ids with white space and empty text, with their own messages', () => {
		const input = minimal();
		input.claims[0]!.id = 'the resolution';
		input.claims[1]!.text = '   ';
		expect(errorsOf(input)).toEqual([
			{ code: 'schema', path: ['claims', 0, 'id'], message: 'an id has no white space' },
			{ code: 'schema', path: ['claims', 1, 'text'], message: 'cannot be empty' }
		]);
	});

	it('checks dates, URLs and paragraph numbers', () => {
		const input = {
			...minimal(),
			sources: [{ id: 's1', title: 'T', published: '5 May 2024', url: 'not a url' }]
		};
		(input.claims[1] as Record<string, unknown>).paragraph = 0;
		const errors = errorsOf(input);
		expect(errors.map((e) => formatPath(e.path))).toEqual([
			'$.sources[0].published',
			'$.sources[0].url',
			'$.claims[1].paragraph'
		]);
		expect(errors[0]!.message).toBe('a date is written YYYY-MM-DD, YYYY-MM or YYYY');
	});

	it('reports all shape errors at once, not just the first', () => {
		const input = minimal() as Record<string, unknown> & { claims: Record<string, unknown>[] };
		input.title = '';
		input.claims[0]!.id = 7;
		input.claims[1]!.speaker = '';
		// One message per mistake: an empty id is not also reported as containing white space.
		expect(errorsOf(input).map((e) => formatIssue(e))).toEqual([
			'$.title: cannot be empty',
			'$.claims[0].id: Invalid input: expected string, received number',
			'$.claims[1].speaker: an id cannot be empty'
		]);
	});
});

describe('parseDebate: reference errors', () => {
	type Case = [
		name: string,
		input: DebateInput,
		code: Issue['code'],
		path: (string | number)[],
		message: RegExp
	];
	const withSpeakers = (input: DebateInput, speakers: DebateInput['speakers']) => ({
		...input,
		speakers
	});
	const withEvents = (input: DebateInput, events: DebateInput['events']) => ({ ...input, events });
	const cases: Case[] = [
		[
			'duplicate claim ids',
			debate(['r', 'a', 'a'], [['a', 'supports', 'r']]),
			'duplicate-id',
			['claims', 2, 'id'],
			/duplicate id "a": already used by claims\[1\]/
		],
		[
			'duplicate relation ids',
			debate(
				['r', 'a', 'b'],
				[
					['a', 'supports', 'r', 'x'],
					['b', 'supports', 'r', 'x']
				]
			),
			'duplicate-id',
			['relations', 1, 'id'],
			/duplicate id "x": already used by relations\[0\]/
		],
		[
			'a claim and a relation sharing an id',
			debate(['r', 'a'], [['a', 'supports', 'r', 'a']]),
			'duplicate-id',
			['relations', 0, 'id'],
			/duplicate id "a": already used by claims\[1\]/
		],
		[
			'duplicate speaker ids',
			withSpeakers(minimal(), [
				{ id: 'p', name: 'Pat' },
				{ id: 'p', name: 'Pam' }
			]),
			'duplicate-id',
			['speakers', 1, 'id'],
			/already used by speakers\[0\]/
		],
		[
			'duplicate source ids',
			{
				...minimal(),
				sources: [
					{ id: 'n', title: 'News' },
					{ id: 'n', title: 'More news' }
				]
			},
			'duplicate-id',
			['sources', 1, 'id'],
			/already used by sources\[0\]/
		],
		[
			'a relation from an unknown claim',
			debate(['r'], [['ghost', 'rebuts', 'r']]),
			'dangling-id',
			['relations', 0, 'from'],
			/no claim has the id "ghost"/
		],
		[
			'a relation to an unknown claim',
			debate(['r', 'a'], [['a', 'supports', 'ghost']]),
			'dangling-id',
			['relations', 0, 'to'],
			/no claim has the id "ghost"/
		],
		[
			'an undercut of an unknown relation',
			debate(['r', 'a'], [['a', 'undercuts', 'ghost']]),
			'dangling-id',
			['relations', 0, 'to'],
			/no relation has the id "ghost"/
		],
		[
			'a claim with an unknown speaker',
			{
				...minimal(),
				claims: [
					{ id: 'r', text: 'R' },
					{ id: 'a', text: 'A' },
					{ id: 'b', text: 'B', speaker: 'x' }
				]
			},
			'dangling-id',
			['claims', 2, 'speaker'],
			/no speaker has the id "x"/
		],
		[
			'a claim with an unknown source',
			{
				...minimal(),
				claims: [
					{ id: 'r', text: 'R', source: 'paper' },
					{ id: 'a', text: 'A' }
				]
			},
			'dangling-id',
			['claims', 0, 'source'],
			/no source has the id "paper"/
		],
		[
			'an unknown resolution',
			{ ...minimal(), resolution: 'nowhere' },
			'dangling-id',
			['resolution'],
			/no claim has the id "nowhere"/
		],
		[
			'an undercut aimed at a claim',
			debate(
				['r', 'a', 'b'],
				[
					['a', 'supports', 'r'],
					['b', 'undercuts', 'r']
				]
			),
			'undercut-target',
			['relations', 1, 'to'],
			/an undercut attacks a relation, but "r" is a claim/
		],
		[
			'a supports aimed at a relation',
			debate(
				['r', 'a', 'b'],
				[
					['a', 'supports', 'r', 's1'],
					['b', 'supports', 's1']
				]
			),
			'relation-target',
			['relations', 1, 'to'],
			/"s1" is a relation: only an undercut attacks a relation; "supports" needs a claim/
		],
		[
			'a rebuts aimed at a relation',
			debate(
				['r', 'a', 'b'],
				[
					['a', 'supports', 'r', 's1'],
					['b', 'rebuts', 's1']
				]
			),
			'relation-target',
			['relations', 1, 'to'],
			/"rebuts" needs a claim/
		],
		[
			'a relation that starts at a relation',
			debate(
				['r', 'a'],
				[
					['a', 'supports', 'r', 's1'],
					['s1', 'rebuts', 'r']
				]
			),
			'relation-target',
			['relations', 1, 'from'],
			/a relation always starts at a claim/
		],
		[
			'a claim that supports itself',
			debate(
				['r', 'a'],
				[
					['a', 'supports', 'r'],
					['a', 'supports', 'a']
				]
			),
			'self-relation',
			['relations', 1, 'to'],
			/points at its own source "a"/
		],
		[
			'a claim that rebuts itself',
			debate(['r'], [['r', 'rebuts', 'r']]),
			'self-relation',
			['relations', 0, 'to'],
			/points at its own source "r"/
		],
		[
			'an event that bears on an unknown claim',
			withEvents(minimal(), [{ id: 'e', date: '2020', title: 'T', claims: ['a', 'ghost'] }]),
			'dangling-id',
			['events', 0, 'claims', 1],
			/no claim has the id "ghost"/
		],
		[
			'an event that names a relation among its claims',
			withEvents(minimal(), [{ id: 'e', date: '2020', title: 'T', claims: ['s'] }]),
			'relation-target',
			['events', 0, 'claims', 0],
			/"s" is a relation: an event bears on claims/
		],
		[
			'an event with an unknown source',
			withEvents(minimal(), [{ id: 'e', date: '2020', title: 'T', source: 'paper', claims: [] }]),
			'dangling-id',
			['events', 0, 'source'],
			/no source has the id "paper"/
		],
		[
			'duplicate event ids',
			withEvents(minimal(), [
				{ id: 'e', date: '2020', title: 'T', claims: ['a'] },
				{ id: 'e', date: '2021', title: 'U', claims: ['r'] }
			]),
			'duplicate-id',
			['events', 1, 'id'],
			/duplicate id "e": already used by events\[0\]/
		],
		[
			'an event sharing an id with a claim',
			withEvents(minimal(), [{ id: 'a', date: '2020', title: 'T', claims: ['a'] }]),
			'duplicate-id',
			['events', 0, 'id'],
			/duplicate id "a": already used by claims\[1\]/
		],
		[
			'an event sharing an id with a relation',
			withEvents(minimal(), [{ id: 's', date: '2020', title: 'T', claims: ['a'] }]),
			'duplicate-id',
			['events', 0, 'id'],
			/duplicate id "s": already used by relations\[0\]/
		],
		[
			'an undercut that attacks itself',
			debate(['r', 'a'], [['a', 'undercuts', 'u', 'u']]),
			'self-relation',
			['relations', 0, 'to'],
			/undercut "u" attacks itself/
		]
	];

	it.each(cases)('reports %s', (_name, input, code, path, message) => {
		const errors = errorsOf(input);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ code, path });
		expect(errors[0]!.message).toMatch(message);
		// Every path points at a place that exists in the input.
		expect(at(input, path)).toBeDefined();
	});

	it('reports every reference error at once, in file order', () => {
		const input = {
			...debate(
				['r', 'a', 'b', 'a'],
				[
					['a', 'supports', 'r'],
					['b', 'undercuts', 'r'],
					['b', 'rebuts', 'ghost']
				]
			),
			speakers: [{ id: 'ann', name: 'Ann' }]
		};
		(input.claims[2] as { speaker?: string }).speaker = 'bob';
		const errors = errorsOf(input);
		expect(errors.map((e) => `${e.code} ${formatPath(e.path)}`)).toEqual([
			'duplicate-id $.claims[3].id',
			'dangling-id $.claims[2].speaker',
			'undercut-target $.relations[1].to',
			'dangling-id $.relations[2].to'
		]);
	});

	it('checks references only once the shape is right', () => {
		const input = debate(['r', 'a'], [['a', 'supports', 'ghost']]) as {
			claims: Record<string, unknown>[];
		};
		input.claims[0]!.text = 1;
		expect(codes(errorsOf(input))).toEqual(['schema']);
	});
});

describe('parseDebate: events', () => {
	const event = (fields: Record<string, unknown> = {}) => ({
		id: 'e',
		date: '2020-01-31',
		title: 'Something happened',
		claims: ['a'],
		...fields
	});
	const withEvents = (...events: Record<string, unknown>[]) => ({
		...minimal(),
		sources: [{ id: 'src', title: 'An article' }],
		events
	});

	it('accepts events with every field, and dates as precise as the source', () => {
		const input = withEvents(
			event({
				text: 'One or two sentences.',
				quote: 'it happened',
				source: 'src',
				paragraph: 2,
				later: false,
				note: 'A note.'
			}),
			event({ id: 'f', date: '2021-03', claims: ['a', 'r'], later: true }),
			event({ id: 'g', date: '1979', claims: [] })
		);
		const result = parseDebate(input);
		expect(result.ok ? [] : result.errors).toEqual([]);
		if (!result.ok) return;
		expect(result.debate.events).toEqual(input.events);
		// Events are not part of the argument: they change no warning, side or depth.
		expect(result.warnings).toEqual([]);
		expect(buildGraph(result.debate).claims.size).toBe(2);
	});

	it('gives a debate without events an empty list', () => {
		const result = parseDebate(minimal());
		expect(result.ok && result.debate.events).toEqual([]);
		expect(parseDebate({ ...minimal(), events: [] }).ok).toBe(true);
	});

	it('checks the shape of an event, naming each field by its path', () => {
		const errors = errorsOf(
			withEvents(
				event({ date: '31 January 2020', title: 'x'.repeat(81), paragraph: 0 }),
				event({ id: 'f', claims: 'a', qoute: 'a typo', later: 'yes' }),
				{ id: 'g', date: '2020' }
			)
		);
		expect(errors.map((e) => formatIssue(e))).toEqual([
			'$.events[0].date: a date is written YYYY-MM-DD, YYYY-MM or YYYY',
			'$.events[0].title: an event title has at most 80 characters',
			'$.events[0].paragraph: Too small: expected number to be >=1',
			'$.events[1].claims: Invalid input: expected array, received string',
			'$.events[1].later: Invalid input: expected boolean, received string',
			'$.events[1].qoute: unknown field "qoute"',
			'$.events[2].title: missing required field (expected string)',
			'$.events[2].claims: missing required field (expected array)'
		]);
	});

	it('reports every reference error of events at once, with its path and reason', () => {
		const errors = errorsOf(
			withEvents(
				event({ claims: ['a', 'ghost', 's'] }),
				event({ source: 'paper' }),
				event({ id: 'r' })
			)
		);
		expect(errors.map((e) => `${e.code} ${formatIssue(e)}`)).toEqual([
			'duplicate-id $.events[1].id: duplicate id "e": already used by events[0]',
			'duplicate-id $.events[2].id: duplicate id "r": already used by claims[0]',
			'dangling-id $.events[0].claims[1]: no claim has the id "ghost"',
			'relation-target $.events[0].claims[2]: "s" is a relation: an event bears on claims',
			'dangling-id $.events[1].source: no source has the id "paper"'
		]);
	});

	it('lets an event id equal a speaker or source id, like claims may', () => {
		const input = withEvents(event({ id: 'src' }));
		input.speakers = [{ id: 'e', name: 'Eve' }];
		expect(parseDebate(input).ok).toBe(true);
	});
});

describe('checkChanged: a document an edit made from a checked one', () => {
	const checked = () => {
		const parsed = parseDebate(minimal());
		if (!parsed.ok) throw new Error('the minimal debate is valid');
		return parsed.debate;
	};

	it('shapes the items the edit put in, and names their fields as parseDebate does', () => {
		const before = checked();
		const bad = { id: 'b', text: '   ' };
		const after = { ...before, claims: [...before.claims, bad] };
		const result = checkChanged(after, new Set([bad]));
		expect(result.ok).toBe(false);
		expect(!result.ok && result.errors).toEqual(errorsOf(after));
		// The same item, not put in by this edit, is taken as checked before: that is the contract.
		expect(checkChanged(after, new Set()).ok).toBe(true);
	});

	it('checks the map’s own fields and the ids and references across the whole map', () => {
		const before = checked();
		const untitled = checkChanged({ ...before, title: '' }, new Set());
		expect(!untitled.ok && untitled.errors.map((e) => e.path)).toEqual([['title']]);
		const dangling = { id: 't', from: 'a', to: 'nowhere', kind: 'rebuts' as const };
		const after = { ...before, relations: [...before.relations, dangling] };
		const result = checkChanged(after, new Set([dangling]));
		expect(!result.ok && codes(result.errors)).toEqual(codes(errorsOf(after)));
		const twice = { ...before, claims: [...before.claims, before.claims[0]!] };
		expect(checkChanged(twice, new Set()).ok).toBe(false);
		expect(checkChanged({ ...before, claims: [] }, new Set()).ok).toBe(false);
	});
});

describe('parseDebateJson', () => {
	it('parses valid JSON text like parseDebate parses the value', () => {
		const text = JSON.stringify(minimal(), null, '\t');
		expect(parseDebateJson(text)).toEqual(parseDebate(minimal()));
	});

	/** Line and column (1-based) of the first occurrence of `marker` in `text`. */
	const locate = (text: string, marker: string) => {
		const offset = text.indexOf(marker);
		const lines = text.slice(0, offset).split('\n');
		return `line ${lines.length}, column ${lines.at(-1)!.length + 1}`;
	};

	it.each([
		[
			'a trailing comma',
			'{\n\t"id": "d",\n\t"claims": [\n\t\t{ "id": "r" },\n\t@]\n}',
			"Unexpected token ']'"
		],
		['a missing colon', '{\n  "id": "d",\n  "title" @"T"\n}', 'Unexpected string'],
		['a stray word', '{\n  "id": @yes\n}', "Unexpected token 'y'"],
		['a single-quoted string', "{\n  'id': 'd'\n}".replace("'id'", "@'id'"), 'property name'],
		['text after the value', '{"id": "d"}\n@x', 'Unexpected non-whitespace character after JSON']
	])('names the line and column of %s', (_name, marked, reason) => {
		const text = marked.replace('@', '');
		const where = locate(marked, '@');
		const result = parseDebateJson(text);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toHaveLength(1);
		expect(result.errors[0]).toMatchObject({ code: 'invalid-json', path: [] });
		expect(result.errors[0]!.message).toContain(`not valid JSON at ${where}: `);
		expect(result.errors[0]!.message).toContain(reason);
		// The engine's copy of the text is noise next to a line and column.
		expect(result.errors[0]!.message).not.toMatch(/is not valid JSON|at position/);
	});

	it('points past the last character of text that ends too early', () => {
		const result = parseDebateJson('{\n  "id": "d",\n  "claims": [');
		expect(!result.ok && result.errors[0]!.message).toMatch(
			/^not valid JSON at line 3, column 14:/
		);
	});

	it('points at line 1, column 1 of an empty file', () => {
		const result = parseDebateJson('');
		expect(!result.ok && result.errors[0]!.message).toMatch(/^not valid JSON at line 1, column 1:/);
	});

	it('reports valid JSON of the wrong shape as a schema error, not a JSON error', () => {
		const result = parseDebateJson('[1, 2, 3]');
		expect(!result.ok && codes(result.errors)).toEqual(['schema']);
	});

	it('finds where JSON stops being JSON, in agreement with JSON.parse (property)', () => {
		// Random JSON text with one character inserted or deleted: the scanner and the engine agree
		// on whether it is JSON, and on the offset wherever the engine names one.
		const edit = fc.record({
			at: fc.nat(),
			insert: fc.option(fc.constantFrom(...'{}[]:,"\\-+.0123456789eEtrufalsn \n\t@x\u0001'))
		});
		fc.assert(
			fc.property(fc.json(), edit, (json, { at, insert }) => {
				const i = at % (json.length + 1);
				const text =
					insert === null
						? json.slice(0, i) + json.slice(i + 1)
						: json.slice(0, i) + insert + json.slice(i);
				let engine: string | undefined;
				try {
					JSON.parse(text);
				} catch (error) {
					engine = (error as Error).message;
				}
				const offset = jsonErrorOffset(text);
				expect(offset === undefined).toBe(engine === undefined);
				const position = engine && /at position (\d+)/.exec(engine);
				if (position) expect(offset).toBe(Number(position[1]));
				if (offset !== undefined) {
					expect(offset).toBeGreaterThanOrEqual(0);
					expect(offset).toBeLessThanOrEqual(text.length);
				}
			}),
			{ numRuns: 500 }
		);
	});
});

describe('formatPath and formatIssue', () => {
	it('writes paths the way jq and JSONPath do', () => {
		expect(formatPath([])).toBe('$');
		expect(formatPath(['claims', 2, 'speaker'])).toBe('$.claims[2].speaker');
		expect(formatPath(['$schema'])).toBe('$.$schema');
		expect(formatPath(['odd key', 'a-b', '1x'])).toBe('$["odd key"]["a-b"]["1x"]');
	});

	it('prefixes the file, then the path, then the reason', () => {
		const issue: Issue = {
			code: 'dangling-id',
			path: ['claims', 2, 'speaker'],
			message: 'no speaker has the id "bob"'
		};
		expect(formatIssue(issue, 'debate.json')).toBe(
			'debate.json: $.claims[2].speaker: no speaker has the id "bob"'
		);
		expect(formatIssue(issue)).toBe('$.claims[2].speaker: no speaker has the id "bob"');
	});

	it('formats what parseDebate reports', () => {
		const input = {
			...minimal(),
			claims: [...minimal().claims, { id: 'b', text: 'B', speaker: 'bob' }]
		};
		expect(errorsOf(input).map((e) => formatIssue(e, 'x.json'))).toEqual([
			'x.json: $.claims[2].speaker: no speaker has the id "bob"'
		]);
	});
});

// ---------------------------------------------------------------------------------------------
// The graph

describe('buildGraph: sides and depth', () => {
	it('gives the resolution the affirmative side and depth 0', () => {
		const graph = graphOf(minimal());
		expect(graph.resolution).toBe('r');
		expect(graph.side.get('r')).toBe('affirmative');
		expect(graph.depth.get('r')).toBe(0);
	});

	it('keeps the side through supports and flips it through rebuts', () => {
		const graph = graphOf(
			debate(
				['r', 'pro', 'con', 'proCon', 'conCon', 'proPro'],
				[
					['pro', 'supports', 'r'],
					['con', 'rebuts', 'r'],
					['proCon', 'supports', 'con'],
					['conCon', 'rebuts', 'con'],
					['proPro', 'supports', 'pro']
				]
			)
		);
		expect(sidesOf(graph)).toEqual({
			r: 'affirmative',
			pro: 'affirmative',
			con: 'negative',
			proCon: 'negative',
			// A rebuttal of a rebuttal stands with the resolution.
			conCon: 'affirmative',
			proPro: 'affirmative'
		});
		expect(depthsOf(graph)).toEqual({ r: 0, pro: 1, con: 1, proCon: 2, conCon: 2, proPro: 2 });
		expect(graph.warnings).toEqual([]);
	});

	it('puts an undercut against the side of the attacked relation’s source', () => {
		const graph = graphOf(
			debate(
				['r', 'pro', 'con', 'cutPro', 'cutCon'],
				[
					['pro', 'supports', 'r', 'pr'],
					['con', 'rebuts', 'r', 'cr'],
					['cutPro', 'undercuts', 'pr'],
					['cutCon', 'undercuts', 'cr']
				]
			)
		);
		// Not "the side of the target": an undercut of an affirmative support is negative even
		// though the support's target is the (affirmative) resolution, and vice versa.
		expect(graph.side.get('cutPro')).toBe('negative');
		expect(graph.side.get('cutCon')).toBe('affirmative');
		expect(graph.depth.get('cutPro')).toBe(2);
		expect(graph.undercuts.get('pr')!.map((r) => r.from)).toEqual(['cutPro']);
	});

	it('puts an undercut of an undercut against the first undercut', () => {
		const graph = graphOf(
			debate(
				['r', 'pro', 'cut', 'cutCut', 'backCut'],
				[
					['pro', 'supports', 'r', 'pr'],
					['cut', 'undercuts', 'pr', 'u1'],
					['cutCut', 'undercuts', 'u1', 'u2'],
					['backCut', 'supports', 'cutCut']
				]
			)
		);
		expect(sidesOf(graph)).toMatchObject({
			cut: 'negative',
			cutCut: 'affirmative',
			backCut: 'affirmative'
		});
		expect(depthsOf(graph)).toMatchObject({ cut: 2, cutCut: 3, backCut: 4 });
	});

	it('takes the depth of the shortest chain', () => {
		const graph = graphOf(
			debate(
				['r', 'a', 'b', 'c'],
				[
					['a', 'supports', 'r'],
					['b', 'supports', 'a'],
					['c', 'supports', 'b'],
					['c', 'supports', 'r']
				]
			)
		);
		expect(graph.depth.get('c')).toBe(1);
	});

	it('indexes relations by source, by target, and undercuts by relation', () => {
		const graph = graphOf(
			debate(
				['r', 'a', 'b'],
				[
					['a', 'supports', 'r', 's'],
					['b', 'rebuts', 'a', 'x'],
					['b', 'undercuts', 's', 'u']
				]
			)
		);
		const ids = (relations: { id: string }[] | undefined) => relations?.map((r) => r.id);
		expect(ids(graph.outgoing.get('b'))).toEqual(['x', 'u']);
		expect(ids(graph.incoming.get('r'))).toEqual(['s']);
		expect(ids(graph.incoming.get('a'))).toEqual(['x']);
		expect(ids(graph.undercuts.get('s'))).toEqual(['u']);
		expect(ids(graph.undercuts.get('x'))).toEqual([]);
	});
});

describe('buildGraph: the resolution', () => {
	it('uses the resolution the file names, even when it supports another claim', () => {
		const graph = graphOf({ ...minimal(), resolution: 'a' });
		expect(graph.resolution).toBe('a');
		expect(graph.side.get('a')).toBe('affirmative');
		// `r` is only reachable along a relation, not against one: it is disconnected.
		expect(graph.side.get('r')).toBeNull();
		expect(codes(graph.warnings)).toEqual(['disconnected']);
	});

	it('infers the single claim that supports or rebuts nothing, wherever it is listed', () => {
		const graph = graphOf(
			debate(
				['a', 'b', 'r'],
				[
					['a', 'supports', 'r'],
					['b', 'rebuts', 'a']
				]
			)
		);
		expect(graph.resolution).toBe('r');
		expect(graph.warnings).toEqual([]);
	});

	it('does not count an undercutter as a root', () => {
		const graph = graphOf(
			debate(
				['u', 'a', 'r'],
				[
					['a', 'supports', 'r', 's'],
					['u', 'undercuts', 's']
				]
			)
		);
		expect(graph.resolution).toBe('r');
		expect(graph.warnings).toEqual([]);
	});

	it('warns about several roots and prefers the one of kind resolution', () => {
		const input = debate(
			['other', 'a', claim('main', { kind: 'resolution' })],
			[['a', 'supports', 'main']]
		);
		const result = parseDebate(input);
		expect(result.ok).toBe(true);
		expect(codes(result.warnings)).toEqual(['several-roots', 'disconnected']);
		expect(result.warnings[0]).toMatchObject({ path: ['resolution'] });
		expect(result.warnings[0]!.message).toMatch(/2 claims support or rebut nothing/);
		expect(result.warnings[0]!.message).toMatch(/"main" is taken as the resolution/);
		expect(result.warnings[1]).toMatchObject({ code: 'disconnected', path: ['claims', 0] });
		const graph = graphOf(input);
		expect(graph.resolution).toBe('main');
		expect(graph.side.get('a')).toBe('affirmative');
	});

	it('takes the root of the largest tree when none is of kind resolution', () => {
		const graph = graphOf(debate(['x', 'y', 'a'], [['a', 'rebuts', 'y']]));
		expect(graph.resolution).toBe('y');
		expect(codes(graph.warnings)).toEqual(['several-roots', 'disconnected']);
		expect(graph.warnings[1]).toMatchObject({ path: ['claims', 0] });
	});

	it('takes the first of roots that stand alone', () => {
		const graph = graphOf(debate(['x', 'y'], []));
		expect(graph.resolution).toBe('x');
		expect(codes(graph.warnings)).toEqual(['several-roots', 'disconnected']);
	});

	it('warns when every claim supports or rebuts another (all cycle)', () => {
		const graph = graphOf(
			debate(
				['a', claim('b', { kind: 'resolution' })],
				[
					['a', 'supports', 'b'],
					['b', 'supports', 'a']
				]
			)
		);
		expect(graph.resolution).toBe('b');
		expect(codes(graph.warnings)).toEqual(['no-resolution']);
		expect(graph.warnings[0]!.message).toMatch(/"b" is taken as the resolution/);
		expect(sidesOf(graph)).toEqual({ a: 'affirmative', b: 'affirmative' });
	});
});

describe('buildGraph: cycles, disconnected claims and conflicts', () => {
	it('allows cycles: it terminates and assigns every side', () => {
		const graph = graphOf(
			debate(
				['r', 'a', 'b', 'c'],
				[
					['a', 'supports', 'r'],
					['b', 'rebuts', 'a'],
					['c', 'rebuts', 'b'],
					['a', 'supports', 'c'],
					['c', 'supports', 'a']
				]
			)
		);
		expect(sidesOf(graph)).toEqual({
			r: 'affirmative',
			a: 'affirmative',
			b: 'negative',
			c: 'affirmative'
		});
		expect(graph.warnings).toEqual([]);
	});

	it('gives a claim with no chain to the resolution no side and warns', () => {
		const input = debate(['r', 'a', 'loner'], [['a', 'supports', 'r']], { resolution: 'r' });
		const graph = graphOf(input);
		expect(graph.side.get('loner')).toBeNull();
		expect(graph.depth.get('loner')).toBeNull();
		expect(graph.warnings).toEqual([
			{
				code: 'disconnected',
				path: ['claims', 2],
				message: 'claim "loner" has no chain of relations to the resolution "r"'
			}
		]);
	});

	it('warns once about a claim that both supports and rebuts the same side', () => {
		const graph = graphOf(
			debate(
				['r', 'a'],
				[
					['a', 'supports', 'r', 's'],
					['a', 'rebuts', 'r', 'x'],
					['a', 'rebuts', 'r', 'y']
				]
			)
		);
		expect(graph.side.get('a')).toBe('affirmative');
		expect(graph.warnings).toHaveLength(1);
		expect(graph.warnings[0]).toMatchObject({ code: 'side-conflict', path: ['claims', 1] });
		expect(graph.warnings[0]!.message).toMatch(
			/"a" is affirmative .* but negative through relation "x"/
		);
	});

	it('warns about a cycle that makes a claim argue against itself', () => {
		const graph = graphOf(
			debate(
				['r', 'a', 'b'],
				[
					['a', 'supports', 'r'],
					['b', 'supports', 'a'],
					['a', 'rebuts', 'b']
				]
			)
		);
		expect(codes(graph.warnings)).toEqual(['side-conflict']);
		expect(graph.warnings[0]!.path).toEqual(['claims', 1]);
	});

	it('passes the graph’s warnings through parseDebate', () => {
		const input = debate(['r', 'a', 'loner'], [['a', 'supports', 'r']], { resolution: 'r' });
		expect(parseDebate(input).warnings).toEqual(graphOf(input).warnings);
	});
});

// ---------------------------------------------------------------------------------------------
// Properties over random debates

/** Where a generated relation points. */
type Target = { type: 'claim' | 'relation' | 'nowhere'; index: number };
type Mutation =
	'wrong-type' | 'unknown-field' | 'missing-field' | 'duplicate-claim' | 'bad-speaker';

interface DebateSpec {
	claims: number;
	relations: { from: number; kind: RelationKind; to: Target }[];
	/** A claim index, or `claims` for an id that names no claim. */
	resolution: number | null;
	mutation: Mutation | null;
}

const specArb: fc.Arbitrary<DebateSpec> = fc.integer({ min: 1, max: 7 }).chain((claims) =>
	fc.record({
		claims: fc.constant(claims),
		relations: fc.array(
			fc.record({
				// `claims` is one past the last claim: a dangling `from`, now and then.
				from: fc.oneof({ weight: 12, arbitrary: fc.nat(claims - 1) }, fc.constant(claims)),
				kind: fc.constantFrom<RelationKind>('supports', 'rebuts', 'undercuts'),
				to: fc.record({
					type: fc.oneof(
						{ weight: 8, arbitrary: fc.constant('claim' as const) },
						{ weight: 3, arbitrary: fc.constant('relation' as const) },
						{ weight: 1, arbitrary: fc.constant('nowhere' as const) }
					),
					index: fc.nat(20)
				})
			}),
			{ maxLength: 12 }
		),
		resolution: fc.option(fc.nat(claims), { freq: 2 }),
		mutation: fc.option(
			fc.constantFrom<Mutation>(
				'wrong-type',
				'unknown-field',
				'missing-field',
				'duplicate-claim',
				'bad-speaker'
			),
			{ freq: 4 }
		)
	})
);

/** A debate's input from a spec, and an independent verdict on whether it is valid. */
function realize(spec: DebateSpec): { input: Record<string, unknown>; valid: boolean } {
	const claimId = (i: number) => (i < spec.claims ? `c${i}` : 'ghost');
	const relationIds = spec.relations.map((_, j) => `r${j}`);
	let valid = true;
	const relations = spec.relations.map((relation, j) => {
		const to =
			relation.to.type === 'claim'
				? claimId(relation.to.index % spec.claims)
				: relation.to.type === 'relation'
					? relationIds[relation.to.index % relationIds.length]!
					: 'nowhere';
		if (relation.from >= spec.claims) valid = false;
		if (relation.to.type === 'nowhere') valid = false;
		if (relation.kind === 'undercuts') {
			if (relation.to.type === 'claim' || to === `r${j}`) valid = false;
		} else if (relation.to.type === 'relation' || to === claimId(relation.from)) valid = false;
		return { id: `r${j}`, from: claimId(relation.from), to, kind: relation.kind };
	});
	const claims: Record<string, unknown>[] = Array.from({ length: spec.claims }, (_, i) => ({
		id: `c${i}`,
		text: `Claim ${i}.`
	}));
	const input: Record<string, unknown> = { id: 'random', title: 'Random', claims, relations };
	if (spec.resolution !== null) {
		input.resolution = claimId(spec.resolution);
		if (spec.resolution >= spec.claims) valid = false;
	}
	if (spec.mutation !== null) valid = false;
	const last = claims.at(-1)!;
	if (spec.mutation === 'wrong-type') last.text = 12;
	if (spec.mutation === 'unknown-field') last.qoute = 'a typo';
	if (spec.mutation === 'missing-field') delete last.text;
	if (spec.mutation === 'duplicate-claim') claims.push({ id: 'c0', text: 'Again.' });
	if (spec.mutation === 'bad-speaker') last.speaker = 'nobody';
	return { input, valid };
}

/** Claims with a chain to `resolution`, found independently of `buildGraph`. */
function reachable(input: Record<string, unknown>, resolution: string): Set<string> {
	const relations = input.relations as { id: string; from: string; to: string; kind: string }[];
	const byId = new Map(relations.map((r) => [r.id, r]));
	const seen = new Set([resolution]);
	for (let grew = true; grew;) {
		grew = false;
		for (const r of relations) {
			const anchor = r.kind === 'undercuts' ? byId.get(r.to)?.from : r.to;
			if (anchor !== undefined && seen.has(anchor) && !seen.has(r.from)) {
				seen.add(r.from);
				grew = true;
			}
		}
	}
	return seen;
}

describe('properties of random debates', () => {
	it('never throws; accepts exactly the valid ones; every error path exists in the input', () => {
		fc.assert(
			fc.property(specArb, (spec) => {
				const { input, valid } = realize(spec);
				const result = parseDebate(input);
				expect(result.ok).toBe(valid);
				if (result.ok) return;
				expect(result.errors.length).toBeGreaterThan(0);
				for (const error of result.errors) {
					expect(error.message.length).toBeGreaterThan(0);
					// A missing field's path ends at the field; its parent must exist.
					const missing = error.message.startsWith('missing required field');
					const where = missing ? error.path.slice(0, -1) : error.path;
					expect(at(input, where), formatIssue(error)).toBeDefined();
					if (missing) expect(at(input, error.path)).toBeUndefined();
				}
			}),
			{ numRuns: 400 }
		);
	});

	it('gives every claim with a chain to the resolution a side and a shortest depth', () => {
		fc.assert(
			fc.property(
				specArb.map((spec) => ({ ...spec, mutation: null })),
				(spec) => {
					const { input, valid } = realize(spec);
					fc.pre(valid);
					const graph = graphOf(input);
					const connected = reachable(input, graph.resolution);
					for (const [claim, side] of graph.side) {
						expect(side === null, claim).toBe(!connected.has(claim));
						expect(graph.depth.get(claim) === null, claim).toBe(!connected.has(claim));
					}
					expect(graph.side.get(graph.resolution)).toBe('affirmative');
					const disconnected = graph.warnings.filter((w) => w.code === 'disconnected');
					expect(disconnected).toHaveLength(spec.claims - connected.size);

					// Each relation places its source one step from its anchor at most, and on the
					// side the rules give, unless a side conflict was reported.
					const conflicts = graph.warnings.some((w) => w.code === 'side-conflict');
					for (const relation of graph.debate.relations) {
						const anchor =
							relation.kind === 'undercuts' ? graph.relations.get(relation.to)!.from : relation.to;
						const anchorSide = graph.side.get(anchor);
						if (anchorSide === null || anchorSide === undefined) continue;
						const expected = relation.kind === 'supports' ? anchorSide : opposite(anchorSide);
						if (!conflicts) expect(graph.side.get(relation.from)).toBe(expected);
						expect(graph.depth.get(relation.from)!).toBeLessThanOrEqual(
							graph.depth.get(anchor)! + 1
						);
					}
					// ...and a claim's depth is reached by one of its relations exactly.
					for (const [claim, depth] of graph.depth) {
						if (depth === null || depth === 0) continue;
						const steps = graph.outgoing.get(claim)!.map((relation) => {
							const anchor =
								relation.kind === 'undercuts'
									? graph.relations.get(relation.to)!.from
									: relation.to;
							return (graph.depth.get(anchor) ?? Infinity) + 1;
						});
						expect(Math.min(...steps)).toBe(depth);
					}
				}
			),
			{ numRuns: 400 }
		);
	});
});
