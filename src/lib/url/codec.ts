import { RELATION_KINDS, SIDES } from '$lib/model/vocabulary';
import {
	DEFAULT_VIEW,
	MAX_FOCUS,
	PRACTICE_MODES,
	VIEWS,
	ZOOM_LIMITS,
	type ViewState
} from './state';
import type { Zip } from './zip';
import { fromBase64Url, toBase64Url } from './base64url';

/**
 * The link format. Common settings are readable query parameters
 * (`?claim=kivelson-quantum&side=negative`); pinned cards, which can be many, are a compact
 * deflated and base64url-encoded list, and so are collapsed claims when there are too many to
 * read. `v` names the format; a link without it is read as the current format, so hand-written
 * links work.
 */
export const LINK_VERSION = 2;

/** What the decoder needs to know about the debate to tell a real id from a mistyped one. */
export interface DebateVocabulary {
	claims: ReadonlySet<string>;
	speakers: ReadonlySet<string>;
	topics: ReadonlySet<string>;
}

export interface Decoded {
	state: ViewState;
	/** What the link asked for that could not be honoured, in words for the reader. */
	notices: string[];
}

/** Rewrites the parameters of one format version into those of the next. */
export type Migration = (params: URLSearchParams) => URLSearchParams;
/** Keyed by the version a migration upgrades from. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
	// Version 2 added collapsing, and large maps open with deep claims collapsed. A version 1 link
	// was made when every claim showed, so it says so: nothing collapsed.
	1: (params) => {
		if (!params.has('fold') && !params.has('foldz')) params.set('fold', '');
		return params;
	}
};

const MAX_PARAM = 2_000;
const MAX_PINS_PARAM = 20_000;
const MAX_PINS_JSON = 200_000;
const MAX_QUERY = 200;
const PINS_PREFIX = '1.';
/** Collapsed claims longer than this as a readable list are packed like pinned cards. */
const MAX_FOLD_LIST = 400;

const KNOWN = new Set([
	'v',
	'claim',
	'view',
	'focus',
	'side',
	'rel',
	'speaker',
	'topic',
	'q',
	'z',
	'fold',
	'foldz',
	'pins',
	'standing',
	'brief',
	'practice',
	'reject',
	'accept',
	'base'
]);

/** Whether writing `state` compactly needs the zip module (`zip.ts`, loaded on demand). */
export const needsZip = (state: ViewState) =>
	state.pins.length > 0 || (state.collapsed?.join(',').length ?? 0) > MAX_FOLD_LIST;

/**
 * `zip` is needed only when the view has pinned cards (see `zip.ts`, loaded on demand); without
 * it, a long list of collapsed claims is written out in full.
 */
export function encodeView(state: ViewState, zip?: Zip): URLSearchParams {
	const params = new URLSearchParams();
	const list = (key: string, values: readonly string[]) => {
		if (values.length) params.set(key, values.join(','));
	};
	if (state.claim) params.set('claim', state.claim);
	if (state.view !== DEFAULT_VIEW.view) params.set('view', state.view);
	if (state.focus !== null) params.set('focus', String(state.focus));
	list('side', state.filters.sides);
	list('rel', state.filters.kinds);
	list('speaker', state.filters.speakers);
	list('topic', state.filters.topics);
	if (state.query) params.set('q', state.query);
	if (state.zoom) {
		const { k, x, y } = state.zoom;
		params.set('z', [k.toFixed(3), x.toFixed(1), y.toFixed(1)].map(trimZeros).join(','));
	}
	if (state.collapsed) {
		const list = state.collapsed.join(',');
		// Present even when empty: "nothing collapsed" is a choice, not the map's default.
		if (list.length <= MAX_FOLD_LIST || !zip) params.set('fold', list);
		else params.set('foldz', packJson(state.collapsed, zip));
	}
	if (state.brief !== DEFAULT_VIEW.brief) params.set('brief', state.brief);
	if (state.practice !== DEFAULT_VIEW.practice) params.set('practice', state.practice);
	if (!state.standing) params.set('standing', 'off');
	list('reject', state.scenario.rejected);
	list('accept', state.scenario.accepted);
	list(
		'base',
		state.scenario.base.map(([id, score]) => `${id}:${trimZeros(score.toFixed(2))}`)
	);
	if (state.pins.length) {
		if (!zip) throw new Error('encodeView: a view with pinned cards needs the zip module');
		params.set('pins', encodePins(state.pins, zip));
	}
	if ([...params.keys()].length) params.set('v', String(LINK_VERSION));
	// `v` first: it says how to read the rest.
	return new URLSearchParams([...params].sort(([a], [b]) => (a === 'v' ? -1 : b === 'v' ? 1 : 0)));
}

/** Never throws: whatever the link holds, the result is a valid view and a list of what was ignored. */
export function decodeView(
	input: URLSearchParams,
	debate: DebateVocabulary,
	options: { zip?: Zip; migrations?: Readonly<Record<number, Migration>> } = {}
): Decoded {
	const { zip, migrations = MIGRATIONS } = options;
	const notices: string[] = [];
	let params = new URLSearchParams(input);
	const version = readVersion(params.get('v'), notices);
	for (let from = version; from < LINK_VERSION; from++) {
		const migrate = migrations[from];
		if (migrate) params = migrate(params);
	}

	const state: ViewState = structuredClone(DEFAULT_VIEW);
	const raw = (key: string, limit = MAX_PARAM): string | null => {
		const value = params.get(key);
		if (value === null) return null;
		if (value.length > limit) {
			notices.push(
				`“${key}” is too long (${value.length.toLocaleString('en')} characters) and was ignored`
			);
			return null;
		}
		return value;
	};

	const claim = raw('claim');
	if (claim !== null) {
		if (debate.claims.has(claim)) state.claim = claim;
		else notices.push(`no claim “${shorten(claim)}” in this debate`);
	}

	const view = raw('view');
	if (view !== null) {
		if ((VIEWS as readonly string[]).includes(view)) state.view = view as ViewState['view'];
		else notices.push(`unknown view “${shorten(view)}”; showing the map`);
	}

	const focus = raw('focus');
	if (focus !== null) {
		const steps = Number(focus);
		if (Number.isInteger(steps) && steps >= 1 && steps <= MAX_FOCUS) state.focus = steps;
		else notices.push(`focus must be a whole number of steps from 1 to ${MAX_FOCUS}`);
	}

	state.filters.sides = members(raw('side'), SIDES, 'side', notices);
	state.filters.kinds = members(raw('rel'), RELATION_KINDS, 'relation kind', notices);
	state.filters.speakers = members(raw('speaker'), [...debate.speakers], 'speaker', notices);
	state.filters.topics = members(raw('topic'), [...debate.topics], 'topic', notices);

	const query = raw('q');
	if (query !== null) {
		if (query.length > MAX_QUERY) notices.push(`the search was cut to ${MAX_QUERY} characters`);
		state.query = query.slice(0, MAX_QUERY);
	}

	const zoom = raw('z');
	if (zoom !== null) state.zoom = readZoom(zoom, notices);

	const pins = raw('pins', MAX_PINS_PARAM);
	if (pins !== null) {
		if (zip) state.pins = decodePins(pins, debate.claims, notices, zip);
		else notices.push('the pinned cards were ignored (they could not be unpacked here)');
	}

	state.collapsed = readCollapsed(raw('fold', MAX_PINS_PARAM), raw('foldz', MAX_PINS_PARAM), {
		claims: debate.claims,
		notices,
		zip
	});

	const brief = raw('brief');
	if (brief !== null) {
		if ((SIDES as readonly string[]).includes(brief) || debate.claims.has(brief))
			state.brief = brief;
		else notices.push(`no side or position “${shorten(brief)}” for a brief`);
	}

	const practice = raw('practice');
	if (practice !== null) {
		if ((PRACTICE_MODES as readonly string[]).includes(practice)) {
			state.practice = practice as ViewState['practice'];
		} else notices.push('practice is “choose” or “write”; choosing');
	}

	const standing = raw('standing');
	if (standing !== null) {
		if (standing === 'off' || standing === 'on') state.standing = standing === 'on';
		else notices.push('“standing” is on or off; showing which claims stand');
	}
	const claims = [...debate.claims];
	state.scenario.rejected = members(raw('reject'), claims, 'claim to reject', notices);
	state.scenario.accepted = members(raw('accept'), claims, 'claim to accept', notices).filter(
		(id) => !state.scenario.rejected.includes(id)
	);
	state.scenario.base = readBase(raw('base'), debate.claims, notices);

	const unknown = [...new Set(params.keys())].filter(
		(key) => !KNOWN.has(key) && !key.startsWith('utm_')
	);
	if (unknown.length)
		notices.push(
			`unknown setting${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `“${shorten(k)}”`).join(', ')} ignored`
		);

	// Every parser above builds only valid values: the property tests check it against the schema.
	return { state, notices };
}

function readVersion(value: string | null, notices: string[]): number {
	if (value === null) return LINK_VERSION;
	const version = Number(value);
	if (!Number.isInteger(version) || version < 1) {
		notices.push(`unknown link version “${shorten(value)}”; read as version ${LINK_VERSION}`);
		return LINK_VERSION;
	}
	if (version > LINK_VERSION) {
		notices.push(
			`this link comes from a newer Crux (version ${version}); showing what this version understands`
		);
		return LINK_VERSION;
	}
	return version;
}

function members<T extends string>(
	value: string | null,
	allowed: readonly T[],
	what: string,
	notices: string[]
): T[] {
	if (value === null) return [];
	const kept: T[] = [];
	const dropped: string[] = [];
	for (const item of value
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean)) {
		if ((allowed as readonly string[]).includes(item)) {
			if (!kept.includes(item as T)) kept.push(item as T);
		} else dropped.push(item);
	}
	if (dropped.length) {
		notices.push(
			`no ${what} ${dropped
				.slice(0, 3)
				.map((d) => `“${shorten(d)}”`)
				.join(', ')}${dropped.length > 3 ? ` and ${dropped.length - 3} more` : ''}`
		);
	}
	return kept;
}

/** `id:score` pairs, scores from 0 to 1, as what-if base scores. */
function readBase(
	value: string | null,
	claims: ReadonlySet<string>,
	notices: string[]
): ViewState['scenario']['base'] {
	if (value === null) return [];
	const base: ViewState['scenario']['base'] = [];
	let skipped = 0;
	for (const item of value.split(',').filter(Boolean)) {
		const at = item.lastIndexOf(':');
		const id = item.slice(0, at);
		const score = at > 0 && item.slice(at + 1).trim() !== '' ? Number(item.slice(at + 1)) : NaN;
		if (claims.has(id) && score >= 0 && score <= 1 && !base.some(([known]) => known === id)) {
			base.push([id, Math.round(score * 100) / 100]);
		} else skipped++;
	}
	if (skipped) {
		notices.push(
			`${skipped} base score${skipped > 1 ? 's' : ''} ignored (each is claim:score, a score from 0 to 1)`
		);
	}
	return base;
}

function readZoom(value: string, notices: string[]): ViewState['zoom'] {
	const parts = value.split(',');
	const [k, x, y] = parts.map((p) => (p.trim() === '' ? NaN : Number(p)));
	if (parts.length !== 3 || ![k, x, y].every((n) => Number.isFinite(n))) {
		notices.push('the zoom was not three numbers; the map is fitted to the screen');
		return null;
	}
	if (
		k! < ZOOM_LIMITS.min ||
		k! > ZOOM_LIMITS.max ||
		Math.abs(x!) > ZOOM_LIMITS.offset ||
		Math.abs(y!) > ZOOM_LIMITS.offset
	) {
		notices.push(
			`the zoom was out of range (scale ${ZOOM_LIMITS.min} to ${ZOOM_LIMITS.max}); the map is fitted to the screen`
		);
		return null;
	}
	return { k: k!, x: x!, y: y! };
}

export function encodePins(pins: ViewState['pins'], zip: Zip): string {
	return packJson(
		pins.map(([id, x, y]) => [id, round(x), round(y)]),
		zip
	);
}

/** A list as deflated, base64url-encoded JSON behind a version prefix. */
function packJson(list: unknown[], { deflateSync, strToU8 }: Zip): string {
	return PINS_PREFIX + toBase64Url(deflateSync(strToU8(JSON.stringify(list)), { level: 9 }));
}

/** What `packJson` packed, or why it cannot be read. */
function unpackJson(
	value: string,
	{ inflateSync, strFromU8 }: Zip
): { list: unknown[] } | { why: string } {
	if (!value.startsWith(PINS_PREFIX)) return { why: 'unknown encoding' };
	let data: unknown;
	try {
		// A fixed buffer one byte over the limit: a deflate bomb fills it and is refused.
		const bytes = fromBase64Url(value.slice(PINS_PREFIX.length));
		if (!bytes) return { why: 'the list is damaged' };
		const out = inflateSync(bytes, {
			out: new Uint8Array(MAX_PINS_JSON + 1)
		});
		if (out.length > MAX_PINS_JSON) return { why: 'too many' };
		data = JSON.parse(strFromU8(out));
	} catch {
		return { why: 'the list is damaged' };
	}
	return Array.isArray(data) ? { list: data } : { why: 'the list is damaged' };
}

/** The collapsed claims of `fold` (a readable list) or `foldz` (packed); `null` when neither is
 * there or neither can be read, so the map shows its default. */
function readCollapsed(
	list: string | null,
	packed: string | null,
	{ claims, notices, zip }: { claims: ReadonlySet<string>; notices: string[]; zip?: Zip }
): ViewState['collapsed'] {
	let ids: unknown[];
	if (list !== null) ids = list.split(',').filter(Boolean);
	else if (packed === null) return null;
	else if (!zip) {
		notices.push('the collapsed claims were ignored (they could not be unpacked here)');
		return null;
	} else {
		const unpacked = unpackJson(packed, zip);
		if ('why' in unpacked) {
			notices.push(`the collapsed claims were ignored (${unpacked.why})`);
			return null;
		}
		ids = unpacked.list;
	}
	const kept = [
		...new Set(ids.filter((id): id is string => typeof id === 'string' && claims.has(id)))
	];
	const skipped = ids.length - ids.filter((id) => typeof id === 'string' && claims.has(id)).length;
	if (skipped) {
		notices.push(`${skipped} collapsed claim${skipped > 1 ? 's' : ''} not in this debate`);
	}
	return kept;
}

function decodePins(
	value: string,
	claims: ReadonlySet<string>,
	notices: string[],
	zip: Zip
): ViewState['pins'] {
	const fail = (why: string) => {
		notices.push(`the pinned cards were ignored (${why})`);
		return [];
	};
	const unpacked = unpackJson(value, zip);
	if ('why' in unpacked) return fail(unpacked.why);
	const data = unpacked.list;
	const pins: ViewState['pins'] = [];
	const seen = new Set<string>();
	let skipped = 0;
	for (const item of data) {
		const valid =
			Array.isArray(item) &&
			item.length === 3 &&
			typeof item[0] === 'string' &&
			claims.has(item[0]) &&
			!seen.has(item[0]) &&
			[item[1], item[2]].every(
				(n) => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= ZOOM_LIMITS.offset
			);
		if (valid) {
			seen.add(item[0]);
			pins.push([item[0], item[1], item[2]]);
		} else skipped++;
	}
	if (skipped) notices.push(`${skipped} pinned card${skipped > 1 ? 's' : ''} not in this debate`);
	return pins;
}

const round = (n: number) => Math.round(n * 10) / 10;
const trimZeros = (s: string) => (s.includes('.') ? s.replace(/\.?0+$/, '') : s);
/** What a notice quotes of a hostile value: short, and shown as text, never as markup. */
const shorten = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);
