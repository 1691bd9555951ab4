import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	decodeView,
	encodePins,
	encodeView,
	LINK_VERSION,
	type DebateVocabulary
} from '$lib/url/codec';
import { DEFAULT_VIEW, type ViewState } from '$lib/url/state';
import { ViewStateSchema } from '$lib/url/state.schema';
import { zip } from '$lib/url/zip';

const debate: DebateVocabulary = {
	claims: new Set(['renew', 'kivelson-quantum', 'kratsios-terminate', 'fbi-risk-report']),
	speakers: new Set(['kivelson', 'kratsios', 'fbi']),
	topics: new Set(['security', 'research'])
};

const view = (
	patch: Omit<Partial<ViewState>, 'filters'> & { filters?: Partial<ViewState['filters']> }
) => ({
	...DEFAULT_VIEW,
	...patch,
	filters: { ...DEFAULT_VIEW.filters, ...patch.filters }
});
const decode = (query: string) => decodeView(new URLSearchParams(query), debate, { zip });
/** `k×500` in a test name stands for the character repeated, so names stay short. */
const expand = (label: string) =>
	label.replace(/(.)×(\d+)/g, (_, c: string, n: string) => c.repeat(+n));

describe('the link format (locked: links made today must keep opening)', () => {
	it('writes nothing for the default view', () => {
		expect(encodeView(DEFAULT_VIEW).toString()).toBe('');
	});

	it('writes readable parameters, version first', () => {
		const state = view({
			claim: 'kivelson-quantum',
			view: 'outline',
			focus: 2,
			filters: {
				sides: ['negative'],
				kinds: ['rebuts', 'undercuts'],
				speakers: ['kratsios'],
				topics: ['security']
			},
			query: 'theft & "spies"',
			zoom: { k: 1.4, x: -120.25, y: 300 }
		});
		expect(encodeView(state).toString()).toMatchInlineSnapshot(
			`"v=2&claim=kivelson-quantum&view=outline&focus=2&side=negative&rel=rebuts%2Cundercuts&speaker=kratsios&topic=security&q=theft+%26+%22spies%22&z=1.4%2C-120.3%2C300"`
		);
	});

	it('packs pinned cards compactly', () => {
		const pins: ViewState['pins'] = [
			['kivelson-quantum', 120.04, -33.5],
			['kratsios-terminate', 0, 10]
		];
		expect(encodePins(pins, zip)).toMatchInlineSnapshot(
			`"1.i45Wys4sS80pzs_TLSxNzCspzVXSMTQy0NE1NtYzjdUBShcllhRn5hfrlqQW5WbmJZakKukY6BgaxMYCAA"`
		);
		expect(decode(`pins=${encodePins(pins, zip)}`).state.pins).toEqual([
			['kivelson-quantum', 120, -33.5],
			['kratsios-terminate', 0, 10]
		]);
	});

	it.each([
		// Links as the app writes them today, and as people write them by hand.
		// Version 1 links predate collapsing: their sender saw every claim, and so do they.
		[
			'v=1&claim=kivelson-quantum&side=negative',
			{ claim: 'kivelson-quantum', filters: { sides: ['negative'] }, collapsed: [] }
		],
		[
			'v=2&claim=kivelson-quantum&side=negative&fold=renew',
			{ claim: 'kivelson-quantum', filters: { sides: ['negative'] }, collapsed: ['renew'] }
		],
		[
			'claim=kivelson-quantum&side=negative',
			{ claim: 'kivelson-quantum', filters: { sides: ['negative'] } }
		],
		[
			'v=1&view=outline&rel=rebuts,undercuts',
			{ view: 'outline', filters: { kinds: ['rebuts', 'undercuts'] }, collapsed: [] }
		],
		[
			'v=1&speaker=kratsios,fbi&topic=security&q=theft',
			{
				query: 'theft',
				filters: { speakers: ['kratsios', 'fbi'], topics: ['security'] },
				collapsed: []
			}
		],
		[
			'v=1&claim=renew&focus=2&z=2,-300,-100.5',
			{ claim: 'renew', focus: 2, zoom: { k: 2, x: -300, y: -100.5 }, collapsed: [] }
		]
	] as const)('opens %s', (query, expected) => {
		const { state, notices } = decode(query);
		expect(notices).toEqual([]);
		expect(state).toEqual(view(expected as unknown as Parameters<typeof view>[0]));
	});

	it('reads back what it writes', () => {
		const state = view({
			claim: 'fbi-risk-report',
			filters: { speakers: ['fbi', 'kratsios'] },
			zoom: { k: 0.5, x: 12.5, y: -7 },
			collapsed: ['kratsios-terminate', 'renew'],
			pins: [['renew', 1, 2]]
		});
		expect(decodeView(encodeView(state, zip), debate, { zip })).toEqual({ state, notices: [] });
	});

	it('writes collapsed claims as a readable list, and "nothing collapsed" as an empty one', () => {
		expect(encodeView(view({ collapsed: ['renew', 'fbi-risk-report'] })).toString()).toBe(
			'v=2&fold=renew%2Cfbi-risk-report'
		);
		expect(encodeView(view({ collapsed: [] })).toString()).toBe('v=2&fold=');
		expect(decode('fold=').state.collapsed).toEqual([]);
		expect(decode('claim=renew').state.collapsed).toBeNull();
	});

	it('packs a long list of collapsed claims, and reads it back', () => {
		const claims = Array.from({ length: 300 }, (_, i) => `claim-${i}`);
		const large: DebateVocabulary = { ...debate, claims: new Set(claims) };
		const state = view({ collapsed: claims });
		const params = encodeView(state, zip);
		expect(params.has('fold')).toBe(false);
		expect(params.get('foldz')!.length).toBeLessThan(claims.join(',').length / 3);
		expect(decodeView(params, large, { zip })).toEqual({ state, notices: [] });
		// Without the zip module the list is written out in full, never lost.
		expect(encodeView(state).get('fold')).toBe(claims.join(','));
	});
});

describe('versions and migrations', () => {
	it('runs the migrations from a link’s version up to the current one, in order', () => {
		const migrations = {
			[LINK_VERSION - 2]: (p: URLSearchParams) => {
				p.set('claim', p.get('sel') ?? '');
				p.delete('sel');
				return p;
			},
			[LINK_VERSION - 1]: (p: URLSearchParams) => {
				p.set('view', p.get('claim') === 'renew' ? 'outline' : 'map');
				return p;
			}
		};
		const { state, notices } = decodeView(
			new URLSearchParams(`v=${LINK_VERSION - 2}&sel=renew`),
			debate,
			{ migrations }
		);
		// Version numbers below 1 are unknown; the chain still runs from what it can read.
		if (LINK_VERSION - 2 >= 1) {
			expect(notices).toEqual([]);
			expect(state).toMatchObject({ claim: 'renew', view: 'outline' });
		} else {
			expect(notices[0]).toMatch(/unknown link version/);
		}
	});

	it('applies a migration registered for the version a link was made with', () => {
		const { state } = decodeView(new URLSearchParams(`v=${LINK_VERSION}&claim=renew`), debate, {
			migrations: { [LINK_VERSION]: (p) => p }
		});
		expect(state.claim).toBe('renew');
	});

	it('says so when pinned cards cannot be unpacked, keeping the rest', () => {
		const pins = encodePins([['renew', 1, 1]], zip);
		const { state, notices } = decodeView(new URLSearchParams(`claim=renew&pins=${pins}`), debate);
		expect(state).toEqual(view({ claim: 'renew' }));
		expect(notices).toEqual(['the pinned cards were ignored (they could not be unpacked here)']);
	});

	it('opens a link from a newer version with what it understands, and says so', () => {
		const { state, notices } = decode('v=99&claim=renew&fancy=1');
		expect(state.claim).toBe('renew');
		expect(notices.join(' ')).toMatch(/newer Crux \(version 99\)/);
		expect(notices.join(' ')).toMatch(/“fancy”/);
	});
});

describe('bad links open the closest valid view and say what was ignored', () => {
	it.each([
		['claim=nope', /no claim “nope”/, {}],
		['claim=<script>alert(1)</script>', /no claim “<script>alert\(1\)<\/script>”/, {}],
		['z=abc,1,2', /three numbers/, {}],
		['z=1,2', /three numbers/, {}],
		['z=1e9,0,0', /out of range/, {}],
		['z=0,0,0', /out of range/, {}],
		['z=Infinity,0,0', /three numbers/, {}],
		['focus=0', /focus/, {}],
		['focus=2.5', /focus/, {}],
		['view=<img src=x onerror=alert(1)>', /unknown view/, {}],
		['side=negative,sideways', /no side “sideways”/, { filters: { sides: ['negative'] } }],
		['rel=supports,hugs', /no relation kind “hugs”/, { filters: { kinds: ['supports'] } }],
		['pins=2.abc', /unknown encoding/, {}],
		['pins=1.!!!', /damaged/, {}],
		['pins=1.' + 'A'.repeat(100), /damaged/, {}],
		['v=abc&claim=renew', /unknown link version/, { claim: 'renew' }],
		['fold=renew,nobody,ghost', /2 collapsed claims not in this debate/, { collapsed: ['renew'] }],
		['foldz=1.!!!', /collapsed claims were ignored \(the list is damaged\)/, {}],
		['foldz=9.abc', /collapsed claims were ignored \(unknown encoding\)/, {}],
		['standing=maybe', /on or off/, {}],
		['view=practice&practice=guess', /practice is “choose” or “write”/, { view: 'practice' }],
		['view=brief&brief=sideways', /no side or position “sideways”/, { view: 'brief' }],
		[
			'reject=renew,nobody',
			/no claim to reject “nobody”/,
			{ scenario: { rejected: ['renew'], accepted: [], base: [] } }
		],
		[
			'base=renew:2,renew:x,kivelson-quantum:0.25',
			/2 base scores ignored/,
			{ scenario: { rejected: [], accepted: [], base: [['kivelson-quantum', 0.25]] } }
		],
		['q=x×500', /cut to 200/, { query: 'x'.repeat(200) }],
		['claim=k×50000', /too long/, {}]
	] as const)('%#: %s', (label, notice, expected) => {
		const { state, notices } = decode(expand(label));
		expect(notices.join('; ')).toMatch(notice);
		expect(state).toEqual(view(expected as Parameters<typeof view>[0]));
	});

	it('drops pinned cards of other debates, keeping the rest', () => {
		const pins = encodePins(
			[
				['renew', 1, 1],
				['someone-else', 2, 2]
			],
			zip
		);
		const { state, notices } = decode(`pins=${pins}`);
		expect(state.pins).toEqual([['renew', 1, 1]]);
		expect(notices).toEqual(['1 pinned card not in this debate']);
	});
});

describe('decoding always yields a valid view state', () => {
	const key = fc.constantFrom(
		'v',
		'claim',
		'view',
		'focus',
		'side',
		'rel',
		'speaker',
		'topic',
		'fold',
		'foldz',
		'q',
		'z',
		'pins',
		'x'
	);
	const value = fc.oneof(
		fc.string(),
		fc.string({ unit: 'binary' }),
		fc.constantFrom(
			'renew',
			'kivelson-quantum',
			'negative',
			'rebuts,undercuts',
			'1',
			'99',
			'-1',
			'NaN',
			'1e308',
			'2,-300,-100',
			'1.',
			'<script>alert(1)</script>'
		),
		fc
			.array(fc.constantFrom('0', '1', '-', '.', ',', 'e', '9'), { maxLength: 30 })
			.map((a) => a.join('')),
		fc.nat(80_000).map((n) => 'k'.repeat(n))
	);
	const query = fc
		.array(fc.tuple(key, value), { maxLength: 12 })
		.map((pairs) => new URLSearchParams(pairs));
	const valid = fc.record({
		claim: fc.option(fc.constantFrom(...debate.claims), { nil: null }),
		view: fc.constantFrom(
			'map' as const,
			'outline' as const,
			'report' as const,
			'brief' as const,
			'practice' as const,
			'speakers' as const,
			'timeline' as const
		),
		focus: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
		filters: fc.record({
			speakers: fc.uniqueArray(fc.constantFrom(...debate.speakers)),
			topics: fc.uniqueArray(fc.constantFrom(...debate.topics)),
			kinds: fc.uniqueArray(
				fc.constantFrom('supports' as const, 'rebuts' as const, 'undercuts' as const)
			),
			sides: fc.uniqueArray(fc.constantFrom('affirmative' as const, 'negative' as const))
		}),
		query: fc.string({ maxLength: 200 }),
		zoom: fc.option(
			fc.record({
				k: fc.double({ min: 0.25, max: 8, noNaN: true }).map((k) => Math.round(k * 1000) / 1000),
				x: fc.integer({ min: -100_000, max: 100_000 }).map((x) => x / 10),
				y: fc.integer({ min: -100_000, max: 100_000 }).map((y) => y / 10)
			}),
			{ nil: null }
		),
		collapsed: fc.option(fc.uniqueArray(fc.constantFrom(...debate.claims)), { nil: null }),
		pins: fc.uniqueArray(
			fc.tuple(
				fc.constantFrom(...debate.claims),
				fc.integer({ min: -100_000, max: 100_000 }).map((x) => x / 10),
				fc.integer({ min: -100_000, max: 100_000 }).map((y) => y / 10)
			),
			{ selector: (pin) => pin[0] }
		),
		standing: fc.boolean(),
		brief: fc.constantFrom('affirmative', 'negative', ...debate.claims),
		practice: fc.constantFrom('choose' as const, 'write' as const),
		scenario: fc
			.record({
				rejected: fc.uniqueArray(fc.constantFrom(...debate.claims)),
				accepted: fc.uniqueArray(fc.constantFrom(...debate.claims)),
				base: fc.uniqueArray(
					fc.tuple(
						fc.constantFrom(...debate.claims),
						fc.integer({ min: 0, max: 100 }).map((n) => n / 100)
					),
					{ selector: (b) => b[0] }
				)
			})
			.map((s) => ({ ...s, accepted: s.accepted.filter((id) => !s.rejected.includes(id)) }))
	});
	// Mutations of real links: a character dropped, doubled or replaced somewhere.
	const mutated = fc
		.tuple(
			valid,
			fc.nat(),
			fc.constantFrom('drop', 'double', 'replace'),
			fc.string({ minLength: 1, maxLength: 3 })
		)
		.map(([state, at, how, text]) => {
			const link = encodeView(state as ViewState, zip).toString();
			const i = link.length ? at % link.length : 0;
			const changed =
				how === 'drop'
					? link.slice(0, i) + link.slice(i + 1)
					: how === 'double'
						? link.slice(0, i) + link.slice(i, i + 2) + link.slice(i)
						: link.slice(0, i) + text + link.slice(i + 1);
			return new URLSearchParams(changed);
		});

	it('for 10,000 random and mutated links', () => {
		fc.assert(
			fc.property(fc.oneof(query, mutated), (params) => {
				const { state, notices } = decodeView(params, debate, { zip });
				expect(ViewStateSchema.safeParse(state).success).toBe(true);
				expect(state.claim === null || debate.claims.has(state.claim)).toBe(true);
				expect(Array.isArray(notices)).toBe(true);
			}),
			{ numRuns: 10_000 }
		);
		// Ten thousand links take a second or two; a busy machine gets room, not a failure.
	}, 60_000);

	it('round-trips every valid view', () => {
		fc.assert(
			fc.property(valid, (state) => {
				expect(decodeView(encodeView(state as ViewState, zip), debate, { zip })).toEqual({
					state,
					notices: []
				});
			}),
			{ numRuns: 1_000 }
		);
	});
});
