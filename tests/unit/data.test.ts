import { describe, it, expect } from 'vitest';
import { cardFace } from '$lib/layout';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { debateReport } from '$lib/analysis';
import { buildGraph, type Claim, type Debate } from '$lib/model';
import { loadBundled, readSeedArticle, ROOT } from '../support/fixtures';

// The bundled debate, checked against its own source: the translated news article it maps.

const ARTICLE_ID = 'article';

const debate = (): Debate => loadBundled();

/** Paragraph N of the article is its N-th non-empty line (1-based; headings count). */
function articleParagraphs(): string[] {
	return readSeedArticle()
		.split(/\r?\n/)
		.filter((line) => line.trim() !== '');
}

/** A date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` that names a real year, month and day. */
function isRealDate(date: string): boolean {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
	if (!match) return false;
	const [year, month = 1, day = 1] = match.slice(1).filter(Boolean).map(Number) as number[];
	const parsed = new Date(Date.UTC(year!, month - 1, day));
	return (
		parsed.getUTCFullYear() === year &&
		parsed.getUTCMonth() === month - 1 &&
		parsed.getUTCDate() === day
	);
}

// --- How a quote backs its claim -----------------------------------------------------------------
// A card's text paraphrases its quote. A paraphrase may reword, but what a reader would cite from it
// must be in the quote: every number and name (or in the claim's note, which says where it comes
// from), and more than half of its content words. Names of the two countries and of the agreement
// are the topic of every card, so they count for nothing.

const STOPWORDS = new Set(
	`a an the and or but nor of to in on at by for from with without into onto over under about as
	than then that this these those there their they them it its is are was were be been being has
	have had do does did not no so such can could would should will may might must shall which who
	whom whose what when where why how all any some each every both more most much many other others
	own same very also only just even still yet too if because while though although whether either
	neither one two his her he she we our us you your i my me up out off again further once here after
	before between through during against among per via now until since`.split(/\s+/)
);
const TOPIC_WORDS = new Set(['usa', 'prc', 'pact']);

/** A text with the two countries and the agreement each folded into one lower-case word. */
function fold(text: string): string {
	return text
		.replace(/[’']s\b/g, '')
		.replace(
			/(?:\b(?:US|U\.S\.|China|Sino)[-–](?:China|US|U\.S\.)\s+)?Science and Technology Cooperation Agreement|\bagreement\b/gi,
			' pact '
		)
		.replace(/\bUnited States\b|\bU\.S\.(?=\W)|\bUS\b|\bAmericans?\b|\bAmerica\b/g, ' usa ')
		.replace(/\bChina\b|\bChinese\b|\bBeijing\b|\bSino\b/g, ' prc ');
}

function words(text: string): string[] {
	return fold(text)
		.split(/[^A-Za-z0-9%&]+/)
		.filter(Boolean);
}

/** A crude stem: enough that "invests" meets "invested" and "guesses" meets "guess". */
function stem(word: string): string {
	const lower = word.toLowerCase();
	return lower.length > 4 ? lower.replace(/(?:ing|ed|es|s)$/, '') : lower;
}

/** Numbers, and capitalised words that do not open a sentence: what a reader would cite. */
function citedTerms(text: string): string[] {
	const tokens = fold(text).split(/\s+/).filter(Boolean);
	return tokens.flatMap((token, i) => {
		const opensSentence = i === 0 || /[.:;!?]["”]?$/.test(tokens[i - 1]!);
		const bare = token.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9%&]+$/g, '');
		return /\d/.test(bare) || (/^[A-Z]/.test(bare) && !opensSentence) ? words(bare) : [];
	});
}

/** What in `claim`'s text `quote` does not back; empty when it backs it. */
function unbacked(claim: Claim, quote: string, speakerNames: string[]): string[] {
	const backing = new Set(words([quote, claim.note ?? '', ...speakerNames].join(' ')).map(stem));
	const problems = citedTerms(claim.text)
		.filter((w) => !TOPIC_WORDS.has(w) && !backing.has(stem(w)))
		.map((w) => `"${w}" is neither in the quote nor in the note`);
	const content = contentWords(claim.text);
	const inQuote = new Set(words(quote).map(stem));
	const shared = content.filter((w) => inQuote.has(stem(w))).length;
	if (shared * 2 <= content.length) {
		problems.push(`the quote has ${shared} of the text's ${content.length} content words`);
	}
	return problems;
}

/** Whether two quotes share a run of 30 characters (overlapping quotes may back each other). */
function overlaps(a: string, b: string): boolean {
	for (let i = 0; i + 30 <= a.length; i++) if (b.includes(a.slice(i, i + 30))) return true;
	return false;
}

/**
 * Whether a quote stops mid-thought: before a word that runs on, or at a full stop the translation
 * put inside a sentence (the next word is lower-case: "from China." people or …).
 */
function stopsMidThought(paragraph: string, quote: string): boolean {
	const after = paragraph.slice(paragraph.indexOf(quote) + quote.length);
	if (/[.?!]["”’]?$/.test(quote)) return /^["”’]?\s+[a-z]/.test(after);
	if (/[,;:"”’)]$/.test(quote)) return false;
	if (/^[.?!]["”’]?\s+[a-z]/.test(after)) return true;
	return !/^(?:$|[.,;:?!"”’)])/.test(after);
}

/** The content words of a text that a reader would weigh (not function, country or agreement words). */
function contentWords(text: string): string[] {
	return words(text).filter(
		(w) => w.length >= 3 && !STOPWORDS.has(w.toLowerCase()) && !TOPIC_WORDS.has(w)
	);
}

describe('data/debates/sta-renewal.json', () => {
	it('parses with no errors and no warnings', () => {
		expect(buildGraph(debate()).warnings).toEqual([]);
		expect(debate().id).toBe('sta-renewal');
	});

	it('is a map of the required size, every claim connected, both sides argued', () => {
		const d = debate();
		const graph = buildGraph(d);
		const count = (kind: string) => d.relations.filter((r) => r.kind === kind).length;

		expect(d.claims.length).toBeGreaterThanOrEqual(45);
		expect(count('supports')).toBeGreaterThanOrEqual(15);
		// Most attacks on a reason grant it and deny the step it supports: undercuts, not rebuts.
		expect(count('rebuts')).toBeGreaterThanOrEqual(6);
		expect(count('undercuts')).toBeGreaterThanOrEqual(6);

		const unconnected = d.claims
			.filter((c) => graph.side.get(c.id) == null || graph.depth.get(c.id) == null)
			.map((c) => c.id);
		expect(unconnected).toEqual([]);

		const onSide = (side: string) => d.claims.filter((c) => graph.side.get(c.id) === side);
		expect(onSide('affirmative').length).toBeGreaterThanOrEqual(10);
		expect(onSide('negative').length).toBeGreaterThanOrEqual(10);

		expect(d.claims.filter((c) => c.text.length > 140).map((c) => c.id)).toEqual([]);
		// The resolution is the reporter's question: nobody in the article argues it as worded.
		expect(d.claims.filter((c) => !c.speaker).map((c) => c.id)).toEqual([graph.resolution]);
	});

	it('sets the positions where the article puts them', () => {
		const d = debate();
		const graph = buildGraph(d);
		expect(graph.resolution).toBe('renew-long-term');
		expect(d.claims.find((c) => c.id === graph.resolution)?.kind).toBe('resolution');

		const relationTo = (from: string) => d.relations.find((r) => r.from === from);
		for (const [id, kind] of [
			['kratsios-terminate', 'rebuts'],
			['michelson-engagement', 'supports'],
			['feinerman-presence', 'supports'],
			['former-official-adjustments', 'supports']
		] as const) {
			expect(d.claims.find((c) => c.id === id)?.kind, id).toBe('position');
			expect(relationTo(id), id).toMatchObject({ to: graph.resolution, kind });
		}

		expect(d.claims.filter((c) => c.kind === 'position').map((c) => c.id)).toEqual([
			'kratsios-terminate',
			'michelson-engagement',
			'feinerman-presence',
			'former-official-adjustments'
		]);
		// Kerry describes the principle the US will apply; he does not recommend it as his own.
		expect(d.claims.find((c) => c.id === 'kerry-derisking')?.kind).toBeUndefined();

		const sides: Record<string, string> = {
			'kratsios-terminate': 'negative',
			'kratsios-exploited': 'negative',
			'kivelson-quantum': 'affirmative',
			'kerry-derisking': 'affirmative',
			'feinerman-presence': 'affirmative',
			'former-official-adjustments': 'affirmative',
			// Undercutters stand against the source of the relation they attack.
			'michelson-limited': 'affirmative',
			'feinerman-even-if-hostile': 'affirmative',
			'academics-dont-overdo': 'affirmative',
			'kivelson-developments': 'affirmative',
			'former-official-politics': 'negative',
			'skeptics-strategic': 'negative',
			'kerry-dual-use': 'negative'
		};
		for (const [id, side] of Object.entries(sides)) expect(graph.side.get(id), id).toBe(side);
	});

	it('uses ids that are readable kebab-case and a small, consistent topic vocabulary', () => {
		const d = debate();
		const ids = [...d.sources, ...d.speakers, ...d.claims, ...d.relations].map((x) => x.id);
		expect(ids.filter((id) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))).toEqual([]);

		const topics = new Set(d.claims.flatMap((c) => c.topics ?? []));
		expect(topics.size).toBeGreaterThanOrEqual(6);
		expect(topics.size).toBeLessThanOrEqual(10);
		expect(d.claims.filter((c) => !c.topics?.length).map((c) => c.id)).toEqual([]);
	});

	it('titles every claim in words its card shows whole when the map is zoomed out', () => {
		const cut = debate()
			.claims.filter((c) => !c.title || cardFace(c).titleLines.join(' ') !== c.title)
			.map((c) => c.id);
		expect(cut).toEqual([]);
		const titles = debate().claims.map((c) => c.title);
		expect(new Set(titles).size).toBe(titles.length);
	});

	it('gives the article as a source without inventing what it does not say', () => {
		const article = debate().sources.find((s) => s.id === ARTICLE_ID);
		expect(article).toMatchObject({ author: 'Lucie Lo', published: '2024-03' });
		expect(article?.url).toBeUndefined();
		expect(article?.note).toMatch(/inferred/);
	});

	it('quotes the article verbatim, inside the paragraph it cites', () => {
		const paragraphs = articleParagraphs();
		const whole = paragraphs.join('\n');
		const fromArticle = debate().claims.filter((c) => c.source === ARTICLE_ID);
		expect(fromArticle.length).toBeGreaterThanOrEqual(45);

		const problems: string[] = [];
		for (const claim of fromArticle) {
			const n = claim.paragraph;
			if (n === undefined) {
				problems.push(`${claim.id}: no paragraph`);
				continue;
			}
			if (n < 1 || n > paragraphs.length) {
				problems.push(
					`${claim.id}: paragraph ${n} does not exist (the article has ${paragraphs.length})`
				);
				continue;
			}
			if (claim.quote === undefined) continue;
			if (!whole.includes(claim.quote)) problems.push(`${claim.id}: quote is not in the article`);
			else if (!paragraphs[n - 1]!.includes(claim.quote)) {
				const actual = paragraphs.findIndex((p) => p.includes(claim.quote!)) + 1;
				problems.push(`${claim.id}: quote is in paragraph ${actual}, not ${n}`);
			}
		}
		expect(problems).toEqual([]);
		// Nearly every card from the article should carry the article's own words.
		expect(fromArticle.filter((c) => c.quote).length).toBeGreaterThanOrEqual(
			fromArticle.length - 2
		);
	});

	it('names each person once, with every name the translation uses', () => {
		const d = debate();
		const byAlias = (alias: string) => d.speakers.find((s) => s.aliases.includes(alias))?.name;
		expect(byAlias('Krashas')).toBe('Michael Kratsios');
		expect(byAlias('Lin Perry')).toBe('Perry Link');
		expect(byAlias('Huang Zhihuan')).toBe('Jennifer Bouey');
		expect(byAlias('Fei Nengwen')).toBe('James Feinerman');

		const names = d.speakers.flatMap((s) => [s.name, ...s.aliases].map((n) => n.toLowerCase()));
		expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);

		const used = new Set(d.claims.map((c) => c.speaker));
		expect(d.speakers.filter((s) => !used.has(s.id)).map((s) => s.id)).toEqual([]);
	});

	it('takes every alias from the article', () => {
		const text = readSeedArticle();
		const missing = debate()
			.speakers.flatMap((s) => s.aliases)
			.filter((alias) => !text.includes(alias));
		expect(missing).toEqual([]);
	});

	it('dates at least a dozen events, in order, each bearing on claims of the map', () => {
		const d = debate();
		const events = d.events;
		expect(events.length).toBeGreaterThanOrEqual(12);

		// ISO dates, full or partial, sort as text: a year comes before the days within it.
		const dates = events.map((e) => e.date);
		expect(dates).toEqual([...dates].sort());

		const claimIds = new Set(d.claims.map((c) => c.id));
		const problems: string[] = [];
		for (const event of events) {
			if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(event.id))
				problems.push(`${event.id}: not kebab-case`);
			if (!isRealDate(event.date)) problems.push(`${event.id}: ${event.date} is not a real date`);
			if (event.claims.length === 0) problems.push(`${event.id}: bears on no claim`);
			for (const id of event.claims) {
				if (!claimIds.has(id)) problems.push(`${event.id}: no claim "${id}"`);
			}
			if (new Set(event.claims).size !== event.claims.length) {
				problems.push(`${event.id}: names a claim twice`);
			}
		}
		expect(problems).toEqual([]);
		expect(new Set(events.map((e) => e.title)).size).toBe(events.length);

		// The anchors of the timeline, at the precision the article gives them.
		const dateOf = (id: string) => events.find((e) => e.id === id)?.date;
		expect(dateOf('agreement-signed-1979')).toBe('1979');
		expect(dateOf('agreement-expired-2023')).toBe('2023-08');
		expect(dateOf('second-extension-2024')).toBe('2024-03-07');
		expect(dateOf('protocol-signed-2024')).toBe('2024-12-13');
	});

	it('marks exactly the events after the article as later, and sources them elsewhere', () => {
		const d = debate();
		const published = d.sources.find((s) => s.id === ARTICLE_ID)!.published!;
		const laterClaims = new Set(d.claims.filter((c) => c.later).map((c) => c.id));
		const problems: string[] = [];
		for (const event of d.events) {
			// A partial date compares on the precision both dates share.
			const after = event.date.slice(0, published.length) > published;
			if (Boolean(event.later) !== after) {
				problems.push(`${event.id}: later is ${event.later}, but dated ${event.date}`);
			}
			if (event.later) {
				const source = d.sources.find((s) => s.id === event.source);
				if (!source || source.id === ARTICLE_ID) problems.push(`${event.id}: not sourced outside`);
				if (source && source.published !== event.date) {
					problems.push(`${event.id}: dated ${event.date}, its source ${source.published}`);
				}
				if (event.quote !== undefined || event.paragraph !== undefined) {
					problems.push(`${event.id}: a later event is summarized, not quoted`);
				}
				const earlier = event.claims.filter((id) => !laterClaims.has(id));
				if (earlier.length) problems.push(`${event.id}: bears on earlier claims ${earlier}`);
			} else if (event.source !== ARTICLE_ID) {
				problems.push(`${event.id}: not sourced to the article`);
			}
		}
		expect(problems).toEqual([]);
		expect(d.events.filter((e) => e.later).map((e) => e.id)).toEqual(['protocol-signed-2024']);
	});

	it('quotes the article verbatim in every event, in its paragraph', () => {
		const paragraphs = articleParagraphs();
		const fromArticle = debate().events.filter((e) => e.source === ARTICLE_ID);
		const problems: string[] = [];
		for (const event of fromArticle) {
			const n = event.paragraph;
			if (n === undefined || event.quote === undefined) {
				problems.push(`${event.id}: needs a quote and its paragraph`);
			} else if (n < 1 || n > paragraphs.length) {
				problems.push(`${event.id}: paragraph ${n} does not exist`);
			} else if (!paragraphs[n - 1]!.includes(event.quote)) {
				const actual = paragraphs.findIndex((p) => p.includes(event.quote!)) + 1;
				problems.push(
					actual
						? `${event.id}: quote is in paragraph ${actual}, not ${n}`
						: `${event.id}: quote is not in the article`
				);
			}
		}
		expect(problems).toEqual([]);
	});

	it('marks the one later development, sourced outside the article and not quoted', () => {
		const d = debate();
		const later = d.claims.filter((c) => c.later);
		expect(later).toHaveLength(1);
		const [claim] = later;
		expect(claim!.later).toBe(true);
		expect(claim!.source).toBeDefined();
		expect(claim!.source).not.toBe(ARTICLE_ID);
		expect(claim!.quote).toBeUndefined();
		expect(claim!.paragraph).toBeUndefined();
		const source = d.sources.find((s) => s.id === claim!.source);
		expect(source?.published).toBe('2024-12-13');
		expect(buildGraph(d).side.get(claim!.id)).not.toBeNull();
	});

	it('states the resolution as the article asks it, and its note says what counts for and against', () => {
		const d = debate();
		const resolution = d.claims.find((c) => c.id === buildGraph(d).resolution)!;
		// The reporter only asks the question: the resolution is nobody's claim.
		expect(resolution.speaker).toBeUndefined();
		const stems = (text: string) => new Set(contentWords(text).map(stem));
		const question = stems(d.question!);
		expect([...stems(resolution.text)].filter((w) => !question.has(w))).toEqual([]);
		// The note's "For:" must take the resolution's own qualifiers (here "long term"), not a looser
		// reading: every word of the resolution that is not in the agreement's name.
		const note = resolution.note ?? '';
		const forPart = /For:([^]*?)Against:/.exec(note)?.[1];
		expect(forPart, 'the note says "For: … Against: …"').toBeDefined();
		const title = stems(d.title);
		const named = stems(forPart!);
		expect([...stems(resolution.text)].filter((w) => !title.has(w) && !named.has(w))).toEqual([]);
	});

	it('backs every claim with its quote: names, numbers and most words', () => {
		const d = debate();
		const names = (claim: Claim) => {
			const speaker = d.speakers.find((s) => s.id === claim.speaker);
			return speaker ? [speaker.name, ...speaker.aliases] : [];
		};
		const quoted = d.claims.filter((c) => c.source === ARTICLE_ID && c.quote);
		const problems = quoted.flatMap((c) =>
			unbacked(c, c.quote!, names(c)).map((p) => `${c.id}: ${p}`)
		);
		expect(problems).toEqual([]);

		// The rule must fail on a quote that belongs to another claim: every claim, given any other
		// claim's quote (one that does not overlap its own) and no note, is caught, in the same
		// paragraph or not.
		const missed: string[] = [];
		for (const claim of quoted) {
			const bare = { ...claim, note: undefined };
			for (const other of quoted) {
				if (other === claim || overlaps(claim.quote!, other.quote!)) continue;
				if (unbacked(bare, other.quote!, names(claim)).length === 0) {
					missed.push(`${claim.id} passes with the quote of ${other.id}`);
				}
			}
		}
		expect(missed).toEqual([]);
	});

	it('quotes whole thoughts, from speakers the article names there', () => {
		const d = debate();
		const paragraphs = articleParagraphs();
		const author = d.sources.find((s) => s.id === ARTICLE_ID)!.author;
		const problems: string[] = [];
		for (const claim of d.claims.filter((c) => c.source === ARTICLE_ID && c.quote)) {
			const paragraph = paragraphs[claim.paragraph! - 1]!;
			if (stopsMidThought(paragraph, claim.quote!)) {
				problems.push(`${claim.id}: the quote stops mid-thought`);
			}
			// A speaker other than the reporter is named (by name, other name or last word of the
			// name) in the paragraph before the quote ends: the words are theirs, not a lead-in's.
			const speaker = d.speakers.find((s) => s.id === claim.speaker);
			if (!speaker || speaker.name === author) continue;
			const upTo = paragraph
				.slice(0, paragraph.indexOf(claim.quote!) + claim.quote!.length)
				.toLowerCase();
			const names = [speaker.name, ...speaker.aliases, speaker.name.split(' ').at(-1)!];
			if (!names.some((n) => upTo.includes(n.toLowerCase()))) {
				problems.push(`${claim.id}: ${speaker.name} is not named where the quote is`);
			}
		}
		expect(problems).toEqual([]);
	});

	it('lets a dated fact support only what its own paragraph draws from it', () => {
		// A claim whose quote says no more than the timeline's quotes of its paragraph is a date, not
		// a reason: it may support only a claim of the same paragraph, where the article itself gives
		// it as an example (the agreement shelved in 1989, of its following the relationship).
		const d = debate();
		const byId = new Map(d.claims.map((c) => [c.id, c]));
		const isDatedFact = (claim: Claim) => {
			if (claim.source !== ARTICLE_ID || !claim.quote) return false;
			const timeline = new Set(
				d.events
					.filter((e) => e.source === ARTICLE_ID && e.paragraph === claim.paragraph)
					.flatMap((e) => contentWords(e.quote ?? '').map(stem))
			);
			if (timeline.size === 0) return false;
			return contentWords(claim.quote).filter((w) => !timeline.has(stem(w))).length < 2;
		};
		const problems = d.relations
			.filter((r) => r.kind === 'supports')
			.filter((r) => isDatedFact(byId.get(r.from)!))
			.filter((r) => byId.get(r.to)!.paragraph !== byId.get(r.from)!.paragraph)
			.map((r) => `${r.id}: ${r.from} is a date on the timeline, not a reason for ${r.to}`);
		expect(problems).toEqual([]);
		// The rule knows a date when it sees one.
		expect(isDatedFact(byId.get('sta-shelved-1989')!)).toBe(true);
		expect(isDatedFact(byId.get('zheng-chaosong-case')!)).toBe(false);
	});

	it('aims every undercut at an inference, granting its premise', () => {
		const d = debate();
		const relations = new Map(d.relations.map((r) => [r.id, r]));
		const problems: string[] = [];
		for (const undercut of d.relations.filter((r) => r.kind === 'undercuts')) {
			const inference = relations.get(undercut.to);
			if (!inference || inference.kind === 'undercuts') {
				problems.push(`${undercut.id}: does not attack a support or a rebuttal`);
				continue;
			}
			// "Even if A, it does not follow": an undercut that also denies A is a rebuttal of A.
			const deniesPremise = d.relations.some(
				(r) => r.from === undercut.from && r.kind === 'rebuts' && r.to === inference.from
			);
			if (deniesPremise) problems.push(`${undercut.id}: also rebuts ${inference.from}`);
			if (undercut.from === inference.from || undercut.from === inference.to) {
				problems.push(`${undercut.id}: attacks its own inference`);
			}
		}
		// No claim both supports and attacks the same claim.
		const key = (from: string, to: string) => `${from}->${to}`;
		const supports = new Set(
			d.relations.filter((r) => r.kind === 'supports').map((r) => key(r.from, r.to))
		);
		for (const rebut of d.relations.filter((r) => r.kind === 'rebuts')) {
			if (supports.has(key(rebut.from, rebut.to))) problems.push(`${rebut.id}: also supports`);
		}
		expect(problems).toEqual([]);
	});

	it('says in the README how large the map is and which attacks it leaves unanswered', () => {
		const d = debate();
		const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
		const notes = /## The bundled debate\n([^]*?)\n## /.exec(readme)?.[1] ?? '';
		const count = (kind: string) => d.relations.filter((r) => r.kind === kind).length;
		expect(notes).toContain(
			`${d.claims.length} claims and ${d.relations.length} relations (${count('supports')} supports, ${count('rebuts')} rebuts, ${count('undercuts')} undercuts)`
		);
		const report = debateReport(buildGraph(d));
		for (const side of ['affirmative', 'negative'] as const) {
			const listed = report.sides[side].unansweredAttacks.map((a) => a.relation);
			expect(listed.filter((id) => !notes.includes(`\`${id}\``))).toEqual([]);
		}
	});
});
