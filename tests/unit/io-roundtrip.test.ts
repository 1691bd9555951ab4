import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	EXPORT_FORMATS,
	aif,
	exportDebate,
	formatIoIssue,
	importDebate,
	kialo,
	type ExportFormat,
	type IoResult
} from '$lib/io';
import { CLAIM_KINDS, parseDebate, type Debate, type DebateInput } from '$lib/model';
import { generateDebate, seededRandom } from '../support/generate';

function debateOf(result: IoResult): Debate {
	if (!result.ok) {
		throw new Error(result.errors.map((e) => formatIoIssue(e)).join('\n'));
	}
	return result.debate;
}

/**
 * Each relation as `from kind to`, an undercut's target spelled out as the relation it attacks,
 * so that relations compare by what they join, whatever their ids.
 */
function relationSignatures(debate: Debate, withNotes = false): string[] {
	const byId = new Map(debate.relations.map((r) => [r.id, r]));
	const sign = (id: string, depth = 0): string => {
		const r = byId.get(id)!;
		const to = r.kind === 'undercuts' && depth < 20 ? `(${sign(r.to, depth + 1)})` : r.to;
		return `${r.from} ${r.kind} ${to}${withNotes && r.note !== undefined ? ` [${r.note}]` : ''}`;
	};
	return debate.relations.map((r) => sign(r.id)).sort();
}

const claimTexts = (debate: Debate) => debate.claims.map((c) => [c.id, c.text]);

/** What every export format keeps: every claim (id, text) and every relation. */
function expectSameMap(back: Debate, debate: Debate) {
	expect(claimTexts(back)).toEqual(claimTexts(debate));
	expect(relationSignatures(back)).toEqual(relationSignatures(debate));
}

/** What each format keeps beyond that. */
function expectFormatFidelity(format: ExportFormat, back: Debate, debate: Debate) {
	expectSameMap(back, debate);
	if (format === 'json') {
		expect(back).toEqual(debate);
		return;
	}
	expect(relationSignatures(back, true)).toEqual(relationSignatures(debate, true));
	if (format === 'argdown') {
		expect(back.claims).toEqual(debate.claims);
		expect(back.speakers).toEqual(debate.speakers);
		expect(back.sources).toEqual(debate.sources);
		expect([back.id, back.title, back.question, back.summary]).toEqual([
			debate.id,
			debate.title,
			debate.question,
			debate.summary
		]);
		if (debate.resolution !== undefined) expect(back.resolution).toBe(debate.resolution);
		return;
	}
	// AIF keeps speakers (by id and name) and quotes, not the rest of a claim.
	expect(back.claims.map((c) => [c.id, c.speaker, c.quote])).toEqual(
		debate.claims.map((c) => [c.id, c.speaker, c.quote])
	);
	expect(back.speakers.map((s) => [s.id, s.name])).toEqual(
		debate.speakers.map((s) => [s.id, s.name])
	);
}

function roundTrip(debate: Debate, format: ExportFormat): Debate {
	return debateOf(importDebate(exportDebate(debate, format), format));
}

// Random debates with nasty text ------------------------------------------------------------

const NASTY = [
	...'[]<>{}#@/*\\()+-_:;"\'`~!?.,=|&%$^',
	' ',
	'  ',
	'\n',
	'\t',
	'//',
	'/*',
	'*/',
	'<!--',
	'-->',
	'----',
	'(1) ',
	'<script>alert(1)</script>',
	'{"crux":"relation"}',
	'#(tag)',
	'-> See 1.1.',
	'Pro: ',
	'é',
	'中文',
	'🙂',
	'linked',
	'argument'
];
const WORDS = ['claim', 'the', 'Reason', 'x', 'evidence', '42', 'a b'];
const unit = fc.oneof(fc.constantFrom(...NASTY), fc.constantFrom(...WORDS));
const nastyText = fc
	.array(unit, { minLength: 1, maxLength: 12 })
	.map((parts) => parts.join(''))
	.filter((text) => text.trim().length > 0 && text.trim().length <= 500);
const nastyId = fc
	.array(fc.constantFrom(...'abc019[]<>{}#/*\\:~._-é'.split('')), { minLength: 1, maxLength: 6 })
	.map((chars) => chars.join(''));

const SPEAKERS = [
	{ id: 's1', name: 'Ana Silva', aliases: [] },
	{ id: 's2', name: 'Kim', aliases: ['K.'], role: 'Chair' },
	{ id: 's:3', name: 'Jean-Luc de la Tour : Jr', aliases: [] }
];
const SOURCES = [{ id: 'src', title: 'Minutes of the meeting', published: '2024-02' }];

const arbitraryDebate = fc
	.record({
		claims: fc.array(
			fc.record({
				id: nastyId,
				text: nastyText,
				title: fc.option(fc.string({ minLength: 1, maxLength: 40 }), { nil: undefined }),
				kind: fc.option(fc.constantFrom(...CLAIM_KINDS), { nil: undefined }),
				speaker: fc.option(fc.constantFrom('s1', 's2', 's:3'), { nil: undefined }),
				quote: fc.option(nastyText, { nil: undefined }),
				topics: fc.uniqueArray(nastyText, { maxLength: 2, selector: (t) => t.trim() }),
				note: fc.option(nastyText, { nil: undefined }),
				paragraph: fc.option(fc.integer({ min: 1, max: 99 }), { nil: undefined }),
				later: fc.option(fc.boolean(), { nil: undefined })
			}),
			{ minLength: 1, maxLength: 10 }
		),
		relations: fc.array(
			fc.record({
				from: fc.nat(),
				to: fc.nat(),
				kind: fc.constantFrom('supports', 'rebuts', 'undercuts'),
				note: fc.option(nastyText, { nil: undefined, freq: 4 })
			}),
			{ maxLength: 16 }
		),
		title: nastyText,
		question: fc.option(nastyText, { nil: undefined })
	})
	.map(({ claims, relations, title, question }): Debate | undefined => {
		const used = new Set<string>();
		const input: DebateInput = {
			id: 'random',
			title,
			sources: SOURCES,
			speakers: SPEAKERS,
			claims: claims.map((c, i) => {
				let id = `${c.id}${i}`;
				while (used.has(id)) id += '_';
				used.add(id);
				const claim: DebateInput['claims'][number] = { id, text: c.text };
				if (c.title?.trim()) claim.title = c.title.trim();
				if (c.kind) claim.kind = c.kind;
				if (c.speaker) claim.speaker = c.speaker;
				if (c.quote && c.quote.trim() !== c.text.trim()) claim.quote = c.quote;
				if (c.topics.length) claim.topics = c.topics;
				if (c.note) claim.note = c.note;
				if (c.paragraph) {
					claim.source = 'src';
					claim.paragraph = c.paragraph;
				}
				if (c.later !== undefined) claim.later = c.later;
				return claim;
			}),
			relations: []
		};
		if (question) input.question = question;
		const ids = input.claims.map((c) => c.id);
		const pairs = new Set<string>();
		relations.forEach((r, i) => {
			const from = ids[r.from % ids.length]!;
			const made = input.relations!;
			// An undercut attacks an earlier relation, so none attacks itself in a circle.
			const to =
				r.kind === 'undercuts'
					? made.length
						? made[r.to % made.length]!.id
						: undefined
					: ids[r.to % ids.length]!;
			if (to === undefined || to === from) return;
			const pair = `${from}\u0000${r.kind}\u0000${to}`;
			if (pairs.has(pair)) return;
			pairs.add(pair);
			made.push({
				id: `r${i}`,
				from,
				to,
				kind: r.kind,
				...(r.note ? { note: r.note } : {})
			});
		});
		const parsed = parseDebate(input);
		return parsed.ok ? parsed.debate : undefined;
	})
	.filter((debate): debate is Debate => debate !== undefined);

describe('round trips of random debates through every export format', () => {
	for (const format of EXPORT_FORMATS) {
		it(`${format}: generated debates (tests/support/generate.ts) keep every claim and relation`, () => {
			fc.assert(
				fc.property(
					fc.integer({ min: 1, max: 120 }),
					fc.integer({ min: 1, max: 10_000 }),
					fc.double({ min: 0, max: 0.4, noNaN: true }),
					(n, seed, undercuts) => {
						const debate = generateDebate(n, seed, { undercuts, disconnected: n > 10 ? 2 : 0 });
						expectFormatFidelity(format, roundTrip(debate, format), debate);
					}
				),
				{ numRuns: 60 }
			);
		});

		it(`${format}: debates with nasty text, ids and notes keep what the format can hold`, () => {
			fc.assert(
				fc.property(arbitraryDebate, (debate) => {
					expectFormatFidelity(format, roundTrip(debate, format), debate);
				}),
				{ numRuns: 300 }
			);
		});
	}

	it('export is deterministic and a second round trip changes nothing', () => {
		fc.assert(
			fc.property(arbitraryDebate, (debate) => {
				for (const format of EXPORT_FORMATS) {
					const once = exportDebate(debate, format);
					expect(exportDebate(debate, format)).toBe(once);
					const back = debateOf(importDebate(once, format));
					const twice = debateOf(importDebate(exportDebate(back, format), format));
					expect(twice).toEqual(back);
				}
			}),
			{ numRuns: 100 }
		);
	});
});

describe('import, export, import keeps every claim and relation', () => {
	const fixtures: [string, 'aif' | 'argdown' | 'kialo' | 'json'][] = [
		['aif/aifdb-dialogue.json', 'aif'],
		['aif/ova3-positions.json', 'aif'],
		['aif/unknown-types.json', 'aif'],
		['aif/html-and-cycles.json', 'aif'],
		['argdown/sketch.argdown', 'argdown'],
		['argdown/reconstruction.argdown', 'argdown'],
		['argdown/unsupported.argdown', 'argdown'],
		['argdown/html.argdown', 'argdown'],
		['argdown/cycle.argdown', 'argdown'],
		['kialo/school-uniforms.txt', 'kialo'],
		['kialo/crlf-market.txt', 'kialo'],
		['kialo/nasty.txt', 'kialo'],
		['json/bike-lanes.json', 'json']
	];
	for (const [file, from] of fixtures) {
		for (const to of EXPORT_FORMATS) {
			it(`${file} → ${to} → back`, () => {
				const first = debateOf(
					importDebate(readFileSync(`tests/fixtures/io/${file}`, 'utf8'), from)
				);
				const back = roundTrip(first, to);
				expectFormatFidelity(to, back, first);
			});
		}
	}

	it('the bundled debate survives every format', () => {
		const debate = debateOf(
			importDebate(readFileSync('data/debates/sta-renewal.json', 'utf8'), 'json')
		);
		for (const format of EXPORT_FORMATS)
			expectFormatFidelity(format, roundTrip(debate, format), debate);
	});
});

// Scale ---------------------------------------------------------------------------------------

/** A Kialo discussion of `n` claims in a bushy tree, plus `links` link lines, in CRLF. */
function kialoDiscussion(n: number, links: number, seed: number, textLength = 60) {
	const random = seededRandom(seed);
	const paths = ['1.'];
	const children = new Map<string, number>([['1.', 0]]);
	const lines = ['Discussion Title: A generated discussion', '', '1. The generated thesis.'];
	let pros = 0;
	let cons = 0;
	const filler = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod ';
	// Parents at most six levels deep, picked at random: wide near the thesis, a few levels deep.
	const parents = ['1.'];
	for (let i = 1; i < n; i++) {
		const parent = parents[Math.floor(random() * parents.length)]!;
		const k = children.get(parent)! + 1;
		children.set(parent, k);
		const path = `${parent}${k}.`;
		paths.push(path);
		children.set(path, 0);
		if (path.split('.').length < 8) parents.push(path);
		const pro = random() < 0.5;
		if (pro) pros++;
		else cons++;
		const text = `Claim ${i} \\(${pro ? 'for' : 'against'}\\): ${filler.repeat(Math.ceil(textLength / filler.length)).slice(0, textLength)}`;
		lines.push(`${path} ${pro ? 'Pro' : 'Con'}: ${text}`);
	}
	for (let j = 0; j < links; j++) {
		const parent = paths[Math.floor(random() * paths.length)]!;
		const k = children.get(parent)! + 1;
		children.set(parent, k);
		let target = paths[1 + Math.floor(random() * (paths.length - 1))]!;
		if (target === parent) target = '1.';
		lines.push(`${parent}${k}. Con: -> See ${target}`);
	}
	return { text: lines.join('\r\n'), pros, cons };
}

describe('scale', () => {
	it('imports a 1,500-claim Kialo discussion with every claim and relation', () => {
		const { text, pros, cons } = kialoDiscussion(1500, 0, 7);
		const result = kialo.parse(text);
		const debate = debateOf(result);
		expect(debate.claims).toHaveLength(1500);
		expect(debate.relations.filter((r) => r.kind === 'supports')).toHaveLength(pros);
		expect(debate.relations.filter((r) => r.kind === 'rebuts')).toHaveLength(cons);
		expect(debate.resolution).toBe('1');
		expect(debate.claims[1]!.text.startsWith('Claim 1 (')).toBe(true);
		expect(result.warnings).toEqual([]);
	});

	it('imports a ~10 MB Kialo export without crashing, counts intact', { timeout: 120_000 }, () => {
		const { text, pros, cons } = kialoDiscussion(80_000, 2_000, 11, 100);
		expect(text.length).toBeGreaterThan(9_500_000);
		const debate = debateOf(kialo.parse(text));
		expect(debate.claims).toHaveLength(80_000);
		const links = debate.relations.length - pros - cons;
		// A link that repeats a relation already there (or points at its own parent) is dropped.
		expect(links).toBeGreaterThan(1_900);
		expect(links).toBeLessThanOrEqual(2_000);
	});

	it('imports a ~10 MB AIF file without crashing, counts intact', { timeout: 120_000 }, () => {
		const n = 30_000;
		const nodes: { nodeID: string; text: string; type: string; timestamp: string }[] = [];
		const edges: { edgeID: number; fromID: string; toID: string }[] = [];
		const locutions: { nodeID: string; personID: number }[] = [];
		const filler = 'The quick brown fox jumps over the lazy dog near the river bank today. ';
		const stamp = '2024-01-01 12:00:00';
		const random = seededRandom(3);
		for (let i = 0; i < n; i++) {
			nodes.push({
				nodeID: `${i}`,
				text: `Claim ${i}: ${filler.repeat(2)}`,
				type: 'I',
				timestamp: stamp
			});
			nodes.push({
				nodeID: `L${i}`,
				text: `Speaker ${i % 50} : ${filler}`,
				type: 'L',
				timestamp: stamp
			});
			nodes.push({ nodeID: `Y${i}`, text: 'Asserting', type: 'YA', timestamp: stamp });
			edges.push({ edgeID: edges.length, fromID: `L${i}`, toID: `Y${i}` });
			edges.push({ edgeID: edges.length, fromID: `Y${i}`, toID: `${i}` });
			locutions.push({ nodeID: `L${i}`, personID: i % 50 });
			if (i === 0) continue;
			const parent = Math.floor(random() * i);
			const type = random() < 0.6 ? 'RA' : 'CA';
			nodes.push({
				nodeID: `S${i}`,
				text: type === 'RA' ? 'Default Inference' : 'Default Conflict',
				type,
				timestamp: stamp
			});
			edges.push({ edgeID: edges.length, fromID: `${i}`, toID: `S${i}` });
			edges.push({ edgeID: edges.length, fromID: `S${i}`, toID: `${parent}` });
		}
		const participants = Array.from({ length: 50 }, (_, p) => ({
			participantID: p,
			firstname: 'Speaker',
			surname: `${p}`
		}));
		const text = JSON.stringify({ nodes, edges, locutions, participants }, null, 1);
		expect(text.length).toBeGreaterThan(9_000_000);
		const result = aif.parse(text);
		const debate = debateOf(result);
		expect(debate.claims).toHaveLength(n);
		expect(debate.relations).toHaveLength(n - 1);
		expect(debate.speakers).toHaveLength(50);
		expect(debate.claims.every((c) => c.speaker !== undefined && c.quote !== undefined)).toBe(true);
		expect(result.warnings).toEqual([]);
	});

	it('round-trips a 1,500-claim generated debate through Argdown and AIF', () => {
		const debate = generateDebate(1500, 5, { undercuts: 0.1 });
		for (const format of ['argdown', 'aif'] as const) {
			expectSameMap(roundTrip(debate, format), debate);
		}
	});
});
