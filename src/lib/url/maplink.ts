import { parseDebate } from '$lib/model/parse';
import type { Debate } from '$lib/model/schema';
import type { Issue } from '$lib/model/issues';
import { fromBase64Url, toBase64Url } from './base64url';
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';

/**
 * A whole map in a link, for maps that live in one browser (imported or built): the debate and
 * the view travel in the URL fragment, which a static host never receives. The fragment is
 * `#map=` + version + `.` + base64url of the deflated JSON `{ d: debate, v: view query }`, the
 * debate in a compact form (`pack`). A link is input from a stranger: `decodeMapLink` never
 * throws, refuses oversized input before it inflates it, and hands the app only a debate that
 * `parseDebate` accepted (so links inside it passed the http(s) rule).
 */
export const MAP_LINK_VERSION = 1;
export const MAP_LINK_KEY = 'map';

/** Beyond this, a link is too long for chat apps and QR codes: offer the file instead. */
export const SHAREABLE_LINK_BYTES = 32 * 1024;
/** A debate this large inflated is refused: a few kilobytes of deflate can hold gigabytes. */
export const MAX_INFLATED_BYTES = 5 * 1024 * 1024;
/** Deflate shrinks text at best about 1000-fold; longer input is not a link Crux wrote. */
const MAX_FRAGMENT_CHARS = 4 * 1024 * 1024;

/**
 * The field names of the debate format, longest used first, primed into deflate's window (a
 * preset dictionary): a small map then pays for each name once as a short back-reference.
 * Fixed per link version: a v1 link must inflate with exactly these bytes forever.
 */
const DICTIONARY_V1 = strToU8(
	'{"d":{"$schema":"https://","id":"","title":"","question":"","resolution":"","summary":"",' +
		'"sources":{"id":["article"],"title":[""],"outlet":[""],"author":[""],"published":["20",' +
		'"url":["https://"],"note":[null,null,null,' +
		'"speakers":{"id":[""],"name":[""],"aliases":[[],[],[]],"role":[null,"affiliation":[null,' +
		'"events":{"id":[""],"date":["20","title":[""],"text":[""],"claims":[["' +
		'"relations":{"id":[""],"from":["","to":["","kind":["supports","rebuts","undercuts",' +
		'"claims":{"id":["","text":["The ","kind":["resolution","position","evidence",null,null,' +
		'"speaker":[0,1,2,3,"quote":["the ","source":[0,0,0,"paragraph":[1,2,3,"topics":[[""],' +
		'"later":[true,null,null,'
);

export interface MapLinkFormat {
	/** The preset dictionary this version's links were deflated with. */
	dictionary: Uint8Array;
	/** Rewrites a payload of this version into the next version's shape (absent for the current). */
	migrate?: (payload: unknown) => unknown;
}

/** Keyed by version. A new version adds an entry and gives the previous one its `migrate`. */
export const MAP_LINK_FORMATS: Readonly<Record<number, MapLinkFormat>> = {
	1: { dictionary: DICTIONARY_V1 }
};

export type MapLinkError =
	| { code: 'not-a-map-link'; message: string }
	| { code: 'unknown-version'; message: string }
	| { code: 'newer-version'; version: number; message: string }
	| { code: 'too-large'; message: string }
	| { code: 'damaged'; message: string }
	| { code: 'invalid-map'; issues: Issue[]; message: string };

export type MapLinkResult =
	| { ok: true; debate: Debate; view: URLSearchParams; warnings: Issue[] }
	| { ok: false; error: MapLinkError };

/**
 * The fragment (with its `#`) holding `debate` and the view's encoded query (`encodeView`).
 * `debate` is a parsed debate: its defaults are filled in, and they are what `pack` leaves out.
 */
export function encodeMapLink(debate: Debate, view: URLSearchParams | string = ''): string {
	const query = view.toString();
	const payload: Payload = query ? { d: pack(debate), v: query } : { d: pack(debate) };
	const bytes = deflateSync(strToU8(JSON.stringify(payload)), {
		level: 9,
		dictionary: MAP_LINK_FORMATS[MAP_LINK_VERSION]!.dictionary
	});
	return `#${MAP_LINK_KEY}=${MAP_LINK_VERSION}.${toBase64Url(bytes)}`;
}

/** Whether a fragment (or a whole address) holds a map: the app then decodes it. */
export function isMapLink(fragment: string): boolean {
	return fragmentValue(fragment) !== null;
}

/** Never throws: a debate that passed the model's checks and its view, or what was wrong. */
export function decodeMapLink(
	fragment: string,
	formats: Readonly<Record<number, MapLinkFormat>> = MAP_LINK_FORMATS
): MapLinkResult {
	try {
		return decode(fragment, formats);
	} catch {
		// Every step below checks its input; this is the promise kept against the unforeseen.
		return fail('damaged', 'the map in this link is damaged and could not be read');
	}
}

/** How long a link to `url` is, and whether it is short enough to share as a link or QR code. */
export function linkSize(url: string): { bytes: number; shareable: boolean } {
	const bytes = strToU8(url).length;
	return { bytes, shareable: bytes <= SHAREABLE_LINK_BYTES };
}

interface Payload {
	d: unknown;
	v?: string;
}

const fail = <C extends MapLinkError['code']>(
	code: C,
	message: string,
	extra: Omit<Extract<MapLinkError, { code: C }>, 'code' | 'message'> = {} as never
): MapLinkResult => ({ ok: false, error: { code, message, ...extra } as MapLinkError });

function fragmentValue(fragment: string): string | null {
	const hash = fragment.slice(fragment.indexOf('#') + 1);
	const prefix = `${MAP_LINK_KEY}=`;
	return hash.startsWith(prefix) ? hash.slice(prefix.length) : null;
}

function decode(fragment: string, formats: Readonly<Record<number, MapLinkFormat>>) {
	const value = fragmentValue(fragment);
	if (value === null) return fail('not-a-map-link', 'this link holds no map');
	if (value.length > MAX_FRAGMENT_CHARS) {
		return fail('too-large', 'the map in this link is too large to open');
	}
	const dot = value.indexOf('.');
	const versionText = value.slice(0, dot);
	const version = /^[1-9]\d{0,5}$/.test(versionText) ? Number(versionText) : NaN;
	if (dot < 0 || Number.isNaN(version)) {
		return fail('unknown-version', 'the map in this link has no format version Crux knows');
	}
	const current = Math.max(...Object.keys(formats).map(Number));
	if (version > current) {
		return fail(
			'newer-version',
			`the map in this link comes from a newer Crux (format ${version}); this one reads up to ${current}`,
			{ version }
		);
	}
	const format = formats[version];
	if (!format) {
		return fail('unknown-version', `Crux has no map link format ${version}`);
	}
	const bytes = fromBase64Url(value.slice(dot + 1));
	if (!bytes) {
		return fail('damaged', 'the map in this link is damaged (it holds characters a link cannot)');
	}
	let inflated: Uint8Array | null;
	try {
		inflated = inflateCapped(bytes, format.dictionary);
	} catch {
		return fail('damaged', 'the map in this link is damaged or cut short');
	}
	if (!inflated) {
		return fail('too-large', 'the map in this link unpacks to more than 5 MB and was refused');
	}
	let payload: unknown;
	try {
		payload = JSON.parse(strFromU8(inflated));
	} catch {
		return fail('damaged', 'the map in this link is damaged (its contents are not JSON)');
	}
	for (let from = version; from < current; from++) {
		payload = formats[from]!.migrate?.(payload) ?? payload;
	}
	if (!isPayload(payload)) {
		return fail('damaged', 'the map in this link is damaged (no map where one belongs)');
	}
	const parsed = parseDebate(unpack(payload.d));
	if (!parsed.ok) {
		const [first] = parsed.errors;
		const where = first && first.path.length ? ` at ${first.path.join('.')}` : '';
		return fail(
			'invalid-map',
			`the map in this link is not a valid debate${where}: ${first?.message ?? 'unknown error'}`,
			{ issues: parsed.errors }
		);
	}
	return {
		ok: true as const,
		debate: parsed.debate,
		view: new URLSearchParams(payload.v ?? ''),
		warnings: parsed.warnings
	};
}

/**
 * `bytes` inflated, or `null` past MAX_INFLATED_BYTES: fed a kilobyte at a time (which unpacks to
 * at most about a megabyte), so a deflate bomb is stopped before it fills memory. Throws when
 * the data is not deflate or ends early.
 */
function inflateCapped(bytes: Uint8Array, dictionary: Uint8Array): Uint8Array | null {
	const chunks: Uint8Array[] = [];
	let size = 0;
	const inflate = new Inflate({ dictionary }, (chunk) => {
		size += chunk.length;
		chunks.push(chunk);
	});
	const step = 1024;
	for (let at = 0; at < bytes.length; at += step) {
		inflate.push(bytes.subarray(at, at + step), at + step >= bytes.length);
		if (size > MAX_INFLATED_BYTES) return null;
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}

function isPayload(value: unknown): value is Payload {
	if (!isRecord(value)) return false;
	const { d, v } = value;
	return typeof d === 'object' && d !== null && (v === undefined || typeof v === 'string');
}

/** The debate's lists of records, which `pack` writes column by column. */
const LISTS = ['sources', 'speakers', 'claims', 'relations', 'events'] as const;
type List = (typeof LISTS)[number];

/**
 * Fields that name a speaker or a source, written as the record's position: a one-digit number in
 * place of an id repeated on every claim. Ids are strings, so a number can only be a position.
 * (References to claims stay ids: as positions they compressed worse, measured on generated maps.)
 */
type Target = 'speakers' | 'sources';
const REFERENCES: Readonly<Record<List, Readonly<Record<string, Target>>>> = {
	sources: {},
	speakers: {},
	claims: { speaker: 'speakers', source: 'sources' },
	relations: {},
	events: { source: 'sources' }
};

/**
 * The debate with each list of records turned into columns (`{ id: [...], text: [...] }`, `null`
 * where a record has no such field) and speakers and sources named by position: every field name
 * is written once, not once per record, and like values sit together (ids with ids, quotes with
 * quotes), which deflate compresses better. An empty list is left out: the schema's default
 * restores it.
 */
function pack(debate: Debate): Record<string, unknown> {
	const position = (list: Target) => new Map(debate[list].map((record, i) => [record.id, i]));
	const at = { speakers: position('speakers'), sources: position('sources') };
	const packed: Record<string, unknown> = { ...debate };
	for (const list of LISTS) {
		const records: readonly Record<string, unknown>[] = debate[list];
		if (!records.length) {
			delete packed[list];
			continue;
		}
		const columns: Record<string, unknown[]> = {};
		records.forEach((record, i) => {
			for (const [field, value] of Object.entries(record)) {
				const target = REFERENCES[list][field];
				(columns[field] ??= Array<unknown>(records.length).fill(null))[i] = target
					? (at[target].get(value as string) ?? value)
					: value;
			}
		});
		packed[list] = columns;
	}
	return packed;
}

/**
 * `pack` undone, up to what `parseDebate` restores. No field of a record is ever `null`, so `null`
 * means absent. Anything not shaped as `pack` writes (not columns, a position with no record) is
 * handed on as it is, for the schema to refuse with its path.
 */
function unpack(packed: unknown): unknown {
	if (!isRecord(packed)) return packed;
	const columnsOf = (list: List): [string, unknown[]][] | null => {
		const columns = packed[list];
		if (!isRecord(columns)) return null;
		const entries = Object.entries(columns);
		return entries.every(([, column]) => Array.isArray(column))
			? (entries as [string, unknown[]][])
			: null;
	};
	const ids = (list: Target): unknown[] =>
		columnsOf(list)?.find(([field]) => field === 'id')?.[1] ?? [];
	const known = { speakers: ids('speakers'), sources: ids('sources') };
	const idOf = (target: Target, value: unknown) =>
		typeof value === 'number' && Number.isInteger(value) && value >= 0
			? (known[target][value] ?? value)
			: value;

	const lists: Partial<Record<List, unknown[]>> = {};
	for (const list of LISTS) {
		const entries = columnsOf(list);
		if (!entries) continue;
		const length = Math.max(0, ...entries.map(([, column]) => column.length));
		lists[list] = Array.from({ length }, (_, i) =>
			Object.fromEntries(
				entries.flatMap(([field, column]) => {
					const value = column[i];
					if (value === null || value === undefined) return [];
					const target = REFERENCES[list][field];
					return [[field, target ? idOf(target, value) : value]];
				})
			)
		);
	}
	return { ...packed, ...lists };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
