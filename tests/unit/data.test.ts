import { describe, it, expect } from 'vitest';
import { cardFace } from '$lib/layout';
import { buildGraph, type Debate } from '$lib/model';
import { loadBundled, readSeedArticle } from '../support/fixtures';

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
		expect(count('rebuts')).toBeGreaterThanOrEqual(10);
		expect(count('undercuts')).toBeGreaterThanOrEqual(2);

		const unconnected = d.claims
			.filter((c) => graph.side.get(c.id) == null || graph.depth.get(c.id) == null)
			.map((c) => c.id);
		expect(unconnected).toEqual([]);

		const onSide = (side: string) => d.claims.filter((c) => graph.side.get(c.id) === side);
		expect(onSide('affirmative').length).toBeGreaterThanOrEqual(10);
		expect(onSide('negative').length).toBeGreaterThanOrEqual(10);

		expect(d.claims.filter((c) => c.text.length > 140).map((c) => c.id)).toEqual([]);
		expect(d.claims.filter((c) => !c.speaker).map((c) => c.id)).toEqual([]);
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
			['kerry-derisking', 'supports'],
			['feinerman-presence', 'supports']
		] as const) {
			expect(d.claims.find((c) => c.id === id)?.kind, id).toBe('position');
			expect(relationTo(id), id).toMatchObject({ to: graph.resolution, kind });
		}

		const sides: Record<string, string> = {
			'kratsios-terminate': 'negative',
			'kratsios-exploited': 'negative',
			'kivelson-quantum': 'affirmative',
			'kerry-derisking': 'affirmative',
			'feinerman-presence': 'affirmative',
			// Undercutters stand against the source of the relation they attack.
			'michelson-limited': 'affirmative',
			'feinerman-even-if-hostile': 'affirmative',
			'former-official-politics': 'negative'
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
});
