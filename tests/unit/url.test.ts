import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { briefAsText, buildBrief } from '$lib/brief';
import { aif, argdown, json, type IoIssue } from '$lib/io';
import { buildGraph, formatIssue, parseDebate, safeUrl, urlProblem, type Debate } from '$lib/model';
import SourceLink from '$lib/components/SourceLink/SourceLink.svelte';

// ---------------------------------------------------------------------------------------------
// The rule

const KEPT: [string, string][] = [
	['http://example.com', 'http://example.com'],
	['https://example.com/a?b=c#d', 'https://example.com/a?b=c#d'],
	['HTTP://EXAMPLE.COM', 'HTTP://EXAMPLE.COM'],
	['HtTpS://example.com/path', 'HtTpS://example.com/path'],
	['  https://example.com/padded  ', 'https://example.com/padded'],
	['\u00a0https://example.com/nbsp\n', 'https://example.com/nbsp'],
	['https://user@example.com:8080/x', 'https://user@example.com:8080/x'],
	['https://example.com/a b', 'https://example.com/a b']
];

const REFUSED = [
	'javascript:window.__pwned=1',
	'JavaScript:alert(1)',
	'JAVASCRIPT:alert(1)',
	'jAvAsCrIpT:alert(1)',
	'  javascript:alert(1)',
	'javascript://example.com/%0aalert(1)',
	'java\tscript:alert(1)',
	'java\nscript:alert(1)',
	'java\rscript:alert(1)',
	'\u0000javascript:alert(1)',
	'\u0001https://example.com',
	'https://exa\tmple.com',
	'java\u200bscript:alert(1)',
	'data:text/html,<script>alert(1)</script>',
	'DATA:text/html;base64,PHNjcmlwdD4=',
	'Data:image/svg+xml,<svg onload=alert(1)>',
	'vbscript:msgbox(1)',
	'VBScript:msgbox(1)',
	'file:///etc/passwd',
	'ftp://example.com/file',
	'mailto:someone@example.com',
	'blob:https://example.com/uuid',
	'about:blank',
	'//example.com/protocol-relative',
	'/relative/path',
	'relative/path',
	'example.com',
	'www.example.com/page',
	'https:',
	'https://',
	'http:/',
	'',
	'   '
];

describe('the URL rule', () => {
	it.each(KEPT)('keeps %j as %j', (raw, kept) => {
		expect(urlProblem(raw)).toBeNull();
		expect(safeUrl(raw)).toBe(kept);
	});

	it.each(REFUSED)('refuses %j, saying why', (raw) => {
		expect(safeUrl(raw)).toBeNull();
		expect(urlProblem(raw)).toMatch(/link/);
	});

	it('names the refused scheme', () => {
		expect(urlProblem('JaVaScRiPt:alert(1)')).toBe(
			'a link must start with http:// or https://, not javascript:'
		);
		expect(urlProblem('//example.com')).toBe(
			'a link must be a full web address starting with http:// or https://'
		);
	});

	it('refuses what is not a string', () => {
		for (const value of [undefined, null, 5, {}, ['https://example.com']]) {
			expect(safeUrl(value)).toBeNull();
		}
	});
});

// ---------------------------------------------------------------------------------------------
// Where links come in

const REPRODUCER =
	'{"id":"x","title":"t","sources":[{"id":"s","title":"t","url":"javascript:window.__pwned=1"}],"claims":[{"id":"c","text":"x","source":"s"}]}';

const argdownWithSource = (url: string) =>
	[
		'===',
		'title: "t"',
		`sources: ${JSON.stringify([{ id: 's', title: 'The article', url }])}`,
		'===',
		'',
		'[c]: x {"source": "s"}'
	].join('\n');

const messages = (issues: IoIssue[]) => issues.map((i) => i.message);

describe('links in a map', () => {
	it('Crux JSON with a javascript: link is an error that names the field', () => {
		const result = json.parse(REPRODUCER);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toHaveLength(1);
		expect(result.errors[0]).toMatchObject({
			path: ['sources', 0, 'url'],
			message: 'a link must start with http:// or https://, not javascript:'
		});
		expect(result.errors[0]!.line).toBe(1);
	});

	it('the schema keeps an https link, trimmed', () => {
		const parsed = parseDebate(
			JSON.parse(REPRODUCER.replace('javascript:window.__pwned=1', ' https://example.com/a '))
		);
		expect(parsed.ok && parsed.debate.sources[0]!.url).toBe('https://example.com/a');
	});

	it('reports each bad link with its path', () => {
		const input = JSON.parse(REPRODUCER);
		input.sources.push({ id: 's2', title: 'u', url: 'data:text/html,x' });
		const parsed = parseDebate(input);
		expect(parsed.ok ? [] : parsed.errors.map((e) => formatIssue(e))).toEqual([
			'$.sources[0].url: a link must start with http:// or https://, not javascript:',
			'$.sources[1].url: a link must start with http:// or https://, not data:'
		]);
	});

	it('Argdown drops a bad link with a warning naming the field, and keeps the source', () => {
		const result = argdown.parse(argdownWithSource('vbscript:msgbox(1)'));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.debate.sources).toEqual([{ id: 's', title: 'The article' }]);
		expect(result.debate.claims[0]!.source).toBe('s');
		expect(messages(result.warnings)).toContain(
			'frontmatter sources[0].url: a link must start with http:// or https://, not vbscript:: the link is dropped'
		);
	});

	it('Argdown keeps a good link', () => {
		const result = argdown.parse(argdownWithSource('https://example.com/a'));
		expect(result.ok && result.debate.sources[0]!.url).toBe('https://example.com/a');
		expect(result.warnings).toEqual([]);
	});
});

// ---------------------------------------------------------------------------------------------
// The property: whatever URL a map is given, nothing it becomes carries a non-http(s) link

/** Marks the URL so that a text can be searched for it: no fixed text of the map holds it. */
const MARK = 'QZXMARK';

const mixedCase = (text: string) =>
	fc
		.array(fc.boolean(), { minLength: text.length, maxLength: text.length })
		.map((upper) =>
			[...text].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join('')
		);

const noise = fc.constantFrom('', ' ', '\t', '\n', '\r', '\u0000', '\u0001', '\u00a0', '\u200b');

/** A URL built to look like a link: some scheme, in any casing, with tricks inside and around. */
const crafted = fc
	.record({
		scheme: fc
			.constantFrom(
				'http',
				'https',
				'javascript',
				'data',
				'vbscript',
				'file',
				'ftp',
				'blob',
				'about',
				'mailto',
				''
			)
			.chain(mixedCase),
		before: noise,
		inside: noise,
		at: fc.nat(),
		separator: fc.constantFrom(':', '://', ':/', ':\\\\', '//', ''),
		rest: fc.string({ maxLength: 20 }),
		after: noise
	})
	.map(({ scheme, before, inside, at, separator, rest, after }) => {
		const cut = scheme.length ? at % (scheme.length + 1) : 0;
		const tricked = scheme.slice(0, cut) + inside + scheme.slice(cut);
		return `${before}${tricked}${separator}example.com/${MARK}${rest}${after}`;
	});

const anyUrl = fc.oneof(
	crafted,
	fc.string({ unit: 'binary', maxLength: 40 }).map((s) => `${s}${MARK}`)
);

const expectSafe = (url: unknown) => {
	if (url === undefined || url === null) return;
	expect(typeof url).toBe('string');
	expect(safeUrl(url), `${JSON.stringify(url)} is an http(s) link`).toBe(url);
};

/** The links in a rendered piece of HTML, as the browser reads them. */
function hrefs(html: string): string[] {
	const entities: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'" };
	return [...html.matchAll(/\shref="([^"]*)"/g)].map((m) =>
		m[1]!.replace(/&(amp|quot|lt|gt|#39);/g, (_, name: string) => entities[name]!)
	);
}

/** A map with one source whose link is `url`, as an edit that skipped the schema could leave it. */
const edited = (url: string): Debate => ({
	id: 'x',
	title: 'Title',
	sources: [{ id: 's', title: 'Article', url }],
	speakers: [],
	claims: [
		{ id: 'r', text: 'Resolution' },
		{ id: 'c', text: 'Reason', source: 's' }
	],
	relations: [{ id: 'rc', from: 'c', to: 'r', kind: 'supports' }],
	events: []
});

describe('no map yields a link that is not http(s)', () => {
	it('through the Crux JSON and Argdown importers', () => {
		fc.assert(
			fc.property(anyUrl, (url) => {
				const fromJson = json.parse(
					JSON.stringify({
						id: 'x',
						title: 't',
						sources: [{ id: 's', title: 't', url }],
						claims: [{ id: 'c', text: 'x', source: 's' }]
					})
				);
				if (fromJson.ok) expectSafe(fromJson.debate.sources[0]!.url);
				else expect(fromJson.errors.some((e) => e.path?.join('.') === 'sources.0.url')).toBe(true);
				if (safeUrl(url) === null) expect(fromJson.ok).toBe(false);

				const fromArgdown = argdown.parse(argdownWithSource(url));
				expect(fromArgdown.ok).toBe(true);
				if (!fromArgdown.ok) return;
				const url2 = fromArgdown.debate.sources[0]?.url;
				expectSafe(url2);
				if (url2 === undefined) {
					expect(messages(fromArgdown.warnings).join('\n')).toContain('sources[0].url');
				}
			}),
			{ numRuns: 400 }
		);
	});

	it('in what a map renders and exports, even when it skipped the schema', () => {
		fc.assert(
			fc.property(anyUrl, (url) => {
				const debate = edited(url);
				const unsafe = safeUrl(url) === null;

				const fromJson = JSON.parse(json.serialize(debate)) as Debate;
				for (const source of fromJson.sources) expectSafe(source.url);

				const written = argdown.serialize(debate);
				const line = written.split('\n').find((l) => l.startsWith('sources: '));
				for (const source of JSON.parse(line!.slice('sources: '.length)) as Debate['sources']) {
					expectSafe(source.url);
				}

				if (unsafe) expect(aif.serialize(debate)).not.toContain(MARK);

				const brief = buildBrief(buildGraph(debate));
				for (const source of brief.sources) expectSafe(source.url);
				if (unsafe) expect(briefAsText(brief)).not.toContain(MARK);

				const { body } = render(SourceLink, { props: { title: 'Article', url } });
				for (const href of hrefs(body)) expectSafe(href);
				expect(hrefs(body)).toHaveLength(unsafe ? 0 : 1);
			}),
			{ numRuns: 400 }
		);
	});
});

// ---------------------------------------------------------------------------------------------
// Every view links through SourceLink

/** Every `.svelte` file under `dir`. */
function svelteFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return svelteFiles(path);
		return entry.name.endsWith('.svelte') ? [path] : [];
	});
}

describe('views', () => {
	it('link to a map’s sources only through SourceLink', () => {
		// An href from data is what the URL rule guards; the app's own pages (`resolve(...)`) are not.
		const dynamic = /\shref=\{(?!resolve\()|\s\{href\}/;
		const offenders = svelteFiles('src')
			.filter((path) => !path.endsWith(join('SourceLink', 'SourceLink.svelte')))
			.filter((path) => dynamic.test(readFileSync(path, 'utf8')));
		expect(offenders).toEqual([]);
	});
});
