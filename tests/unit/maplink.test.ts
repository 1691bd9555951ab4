import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDebate, parseDebateJson, type Debate } from '$lib/model';
import {
	decodeMapLink,
	encodeMapLink,
	isMapLink,
	linkSize,
	MAP_LINK_FORMATS,
	MAP_LINK_VERSION,
	SHAREABLE_LINK_BYTES,
	type MapLinkError
} from '$lib/url/maplink';
import { toBase64Url } from '$lib/url/base64url';
import { generateDebate } from '../support/generate';

const DEBATES = 'data/debates';
const bundled: [string, Debate][] = readdirSync(DEBATES).map((file) => {
	const parsed = parseDebateJson(readFileSync(`${DEBATES}/${file}`, 'utf8'));
	if (!parsed.ok) throw new Error(`${file} does not parse`);
	return [file, parsed.debate];
});

/** What the app holds: a debate as parsing returns it, defaults filled in. */
function parsed(input: unknown): Debate {
	const result = parseDebate(input);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.debate;
}

/** A fragment holding `payload` as the current version writes it, for payloads no debate makes. */
const fragmentOf = (payload: unknown, version = MAP_LINK_VERSION) =>
	`#map=${version}.${toBase64Url(
		deflateSync(strToU8(JSON.stringify(payload)), {
			level: 9,
			dictionary: MAP_LINK_FORMATS[MAP_LINK_VERSION]!.dictionary
		})
	)}`;

function expectError(fragment: string, code: MapLinkError['code']): MapLinkError {
	const result = decodeMapLink(fragment);
	if (result.ok) throw new Error(`expected ${code}, decoded a debate`);
	expect(result.error.code).toBe(code);
	expect(result.error.message).toMatch(/\S/);
	return result.error;
}

const SMALL: Debate = parsed({
	id: 'small',
	title: 'Renew?',
	sources: [{ id: 'art', title: 'Article', url: 'https://example.org/a' }],
	speakers: [{ id: 'kim', name: 'Kim' }],
	claims: [
		{ id: 'renew', text: 'Renew it.', kind: 'resolution' },
		{ id: 'cheap', text: 'It costs little.', speaker: 'kim', quote: 'little', source: 'art' }
	],
	relations: [{ id: 'r1', from: 'cheap', to: 'renew', kind: 'supports' }]
});

describe('the map link format (locked: links made today must keep opening)', () => {
	it('writes a versioned fragment', () => {
		expect(encodeMapLink(SMALL, 'v=1&claim=cheap')).toMatchInlineSnapshot(
			`"#map=1.dZJNDsIgEIWvQly4RHuAxrg07tx3QQxRItgGSHXD3Z1hapk2dAnzkzfvfROOmbzglLUMv5t-689pg6wFVedC2goX_VVusFr2_nFQuy7VKHkZx0G50pOzgnNrsz2qwxCeWg08-CxbmCiheIni3ocYhDURtErsq2WCXkCpOJ_NOcLX33mKhtbgljmBqRMUVgjzDWesSM2k0QVM0cxbl2DdCBGMbbPPh7c0m34"`
		);
	});

	it('opens a link written by this version', () => {
		const link =
			'#map=1.dZJNDsIgEIWvQly4RHuAxrg07tx3QQxRItgGSHXD3Z1hapk2dAnzkzfvfROOmbzglLUMv5t-689pg6wFVedC2goX_VVusFr2_nFQuy7VKHkZx0G50pOzgnNrsz2qwxCeWg08-CxbmCiheIni3ocYhDURtErsq2WCXkCpOJ_NOcLX33mKhtbgljmBqRMUVgjzDWesSM2k0QVM0cxbl2DdCBGMbbPPh7c0m34';
		const result = decodeMapLink(link);
		expect(result.ok && JSON.stringify(result.debate)).toBe(JSON.stringify(SMALL));
		expect(result.ok && result.view.get('claim')).toBe('cheap');
	});
});

describe('round trip', () => {
	it.each(bundled)('keeps every byte of the bundled debate %s, and its view', (_, debate) => {
		const result = decodeMapLink(encodeMapLink(debate, 'v=1&claim=renew-long-term&view=outline'));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(JSON.stringify(result.debate)).toBe(JSON.stringify(debate));
		expect(result.view.toString()).toBe('v=1&claim=renew-long-term&view=outline');
	});

	it.each([1, 2, 10, 50, 100, 200, 500])('keeps every byte of generated maps of %i claims', (n) => {
		for (const debate of [
			parsed(generateDebate(n, n)),
			parsed(generateDebate(n, n + 1, { quotes: true, disconnected: Math.floor(n / 10) }))
		]) {
			const result = decodeMapLink(encodeMapLink(debate));
			expect(result.ok && JSON.stringify(result.debate)).toBe(JSON.stringify(debate));
			expect(result.ok && result.view.size).toBe(0);
		}
	});

	it('is recognised as a map link in a whole address or a fragment', () => {
		const fragment = encodeMapLink(SMALL);
		expect(isMapLink(fragment)).toBe(true);
		expect(isMapLink(`https://crux.example/debates/x${fragment}`)).toBe(true);
		expect(isMapLink('#claim=x')).toBe(false);
		expect(isMapLink('https://crux.example/?q=map=1')).toBe(false);
	});
});

describe('link size', () => {
	it('says whether a link fits a chat message or a QR code', () => {
		expect(linkSize('x'.repeat(SHAREABLE_LINK_BYTES))).toEqual({
			bytes: SHAREABLE_LINK_BYTES,
			shareable: true
		});
		expect(linkSize('x'.repeat(SHAREABLE_LINK_BYTES + 1)).shareable).toBe(false);
		// Counted in bytes: a link is sent as UTF-8.
		expect(linkSize('é').bytes).toBe(2);
	});

	it('a 500-claim map with quotes is too large to share as a link', () => {
		const link = `https://crux.example/${encodeMapLink(parsed(generateDebate(500, 1, { quotes: true })))}`;
		expect(linkSize(link).shareable).toBe(false);
	});
});

describe('hostile links', () => {
	const good = encodeMapLink(SMALL);
	const body = good.slice('#map=1.'.length);

	it('names what is wrong with each', () => {
		expectError('#claim=renew', 'not-a-map-link');
		expectError('#map=abc', 'unknown-version');
		expectError('#map=0.abc', 'unknown-version');
		expectError('#map=1e3.abc', 'unknown-version');
		expect(expectError(`#map=2.${body}`, 'newer-version')).toMatchObject({ version: 2 });
		expectError('#map=1.', 'damaged');
		expectError(`#map=1.${body}<script>`, 'damaged');
		expectError(`#map=1.${body.slice(0, body.length >> 1)}`, 'damaged');
		expectError(fragmentOf('a string'), 'damaged');
		expectError(fragmentOf({ d: SMALL, v: 3 }), 'damaged');
		expectError('#map=1.' + 'A'.repeat(5_000_000), 'too-large');
	});

	it('refuses a deflate bomb before it fills memory', () => {
		const bomb = deflateSync(new Uint8Array(16 * 1024 * 1024), {
			level: 9,
			dictionary: MAP_LINK_FORMATS[1]!.dictionary
		});
		expect(bomb.length).toBeLessThan(20_000);
		expectError(`#map=1.${toBase64Url(bomb)}`, 'too-large');
	});

	it('lets through only what the model accepts, and says where it is not', () => {
		const error = expectError(
			fragmentOf({
				d: {
					...SMALL,
					sources: { id: ['art'], title: ['Article'], url: ['javascript:alert(1)'] },
					claims: { id: ['renew'], text: ['Renew it.'] },
					relations: undefined,
					speakers: undefined
				}
			}),
			'invalid-map'
		);
		expect(error.message).toContain('sources.0.url');
		expect(error.message).toContain('http');
		// A speaker's position that names no speaker stays a number, which the schema refuses.
		expectError(
			fragmentOf({ d: { id: 'x', title: 'X', claims: { id: ['a'], text: ['A'], speaker: [3] } } }),
			'invalid-map'
		);
		expectError(fragmentOf({ d: { id: 'x', title: 'X', claims: [] } }), 'invalid-map');
		expectError(fragmentOf({ d: { id: 'x', title: 'X', claims: { id: 'a' } } }), 'invalid-map');
	});
});

describe('migrations', () => {
	it('upgrades a link of an older version through each migration, in order', () => {
		const link = encodeMapLink(SMALL);
		const formats = {
			1: {
				...MAP_LINK_FORMATS[1]!,
				migrate: (payload: unknown) => ({ ...(payload as object), v: 'claim=renew' })
			},
			2: {
				dictionary: new Uint8Array(0),
				migrate: () => {
					throw new Error('the current version has nothing to migrate');
				}
			}
		};
		const result = decodeMapLink(link, formats);
		expect(result.ok && result.view.get('claim')).toBe('renew');
		expect(result.ok && JSON.stringify(result.debate)).toBe(JSON.stringify(SMALL));
	});

	it('has a dictionary for every version up to the current one', () => {
		for (let version = 1; version <= MAP_LINK_VERSION; version++) {
			expect(MAP_LINK_FORMATS[version]?.dictionary.length).toBeGreaterThan(0);
		}
		expect(MAP_LINK_FORMATS[MAP_LINK_VERSION]!.migrate).toBeUndefined();
	});
});

// Thousands of decodes: slow on a loaded machine, and speed is the bench's business, not this test's.
describe('mutated map links (property)', { timeout: 120_000 }, () => {
	const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
	const maps = [SMALL, parsed(generateDebate(12, 3, { quotes: true })), bundled[0]![1]];
	const links = maps.map((debate) => encodeMapLink(debate, 'v=1&claim=c1'));
	const PREFIX = '#map=1.';

	/** Every outcome is a typed error or a debate the model accepts: never a throw. */
	function check(fragment: string) {
		const result = decodeMapLink(fragment);
		if (result.ok) {
			expect(parseDebate(JSON.parse(JSON.stringify(result.debate))).ok).toBe(true);
			expect(result.view).toBeInstanceOf(URLSearchParams);
		} else {
			expect([
				'not-a-map-link',
				'unknown-version',
				'newer-version',
				'too-large',
				'damaged',
				'invalid-map'
			]).toContain(result.error.code);
			expect(result.error.message).toMatch(/\S/);
		}
	}

	const link = fc.constantFrom(...links);
	const RUNS = 2_500;

	it(`survives bit flips in the deflated bytes (${RUNS} links)`, () => {
		fc.assert(
			fc.property(
				link,
				fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), {
					minLength: 1,
					maxLength: 4
				}),
				(fragment, flips) => {
					const chars = [...fragment.slice(PREFIX.length)];
					for (const [at, bit] of flips) {
						const i = at % chars.length;
						chars[i] = BASE64URL[BASE64URL.indexOf(chars[i]!) ^ (1 << (bit % 6))]!;
					}
					check(PREFIX + chars.join(''));
				}
			),
			{ numRuns: RUNS }
		);
	});

	it(`survives truncation and insertion (${RUNS} links)`, () => {
		fc.assert(
			fc.property(link, fc.nat(), fc.string({ maxLength: 8 }), (fragment, at, inserted) => {
				const i = at % (fragment.length + 1);
				check(fragment.slice(0, i));
				check(fragment.slice(0, i) + inserted + fragment.slice(i));
			}),
			{ numRuns: RUNS }
		);
	});

	it(`survives random base64url and random versions (${RUNS} links)`, () => {
		fc.assert(
			fc.property(
				fc.string({ unit: fc.constantFrom(...BASE64URL), maxLength: 400 }),
				fc.constantFrom('1', '2', '0', '', 'x', '01'),
				(body, version) => check(`#map=${version}.${body}`)
			),
			{ numRuns: RUNS }
		);
	});

	it(`survives valid deflate of wrong JSON (${RUNS} links)`, () => {
		const columns = fc.dictionary(
			fc.constantFrom('id', 'text', 'speaker', 'source', 'from', 'to', 'kind', 'url', 'name'),
			fc.oneof(fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 4 }), fc.jsonValue())
		);
		const debateLike = fc.record(
			{
				id: fc.oneof(fc.constant('x'), fc.jsonValue({ maxDepth: 1 })),
				title: fc.oneof(fc.constant('X'), fc.jsonValue({ maxDepth: 1 })),
				sources: columns,
				speakers: columns,
				claims: columns,
				relations: columns,
				events: columns
			},
			{ requiredKeys: ['id', 'title', 'claims'] }
		);
		fc.assert(
			fc.property(
				fc.oneof(
					fc.jsonValue(),
					fc.record({ d: fc.jsonValue(), v: fc.jsonValue({ maxDepth: 0 }) }),
					fc.record({ d: debateLike }, { requiredKeys: ['d'] })
				),
				(payload) => check(fragmentOf(payload))
			),
			{ numRuns: RUNS }
		);
	});
});
