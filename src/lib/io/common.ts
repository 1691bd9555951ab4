import {
	formatPath,
	inferResolution,
	parseDebate,
	type DebateInput,
	type Issue,
	type ResolutionInput
} from '../model';
import type { IoIssue, IoResult, Position } from './types';

/** Limits of the Crux schema that importers must respect before validation. */
export const MAX_TEXT = 500;
export const MAX_ID = 200;

export const stripBom = (text: string) => text.replace(/^\uFEFF/, '');

export const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** A Crux id from any string or number: trimmed, white space as `-`, at most 200 characters. */
export function toId(raw: string | number, fallback = 'x'): string {
	const id = String(raw).trim().replace(/\s+/g, '-').slice(0, MAX_ID);
	return id || fallback;
}

/** Lowercase ASCII words joined by `-`, cut at a word boundary: for ids made from text. */
export function slugify(text: string, max = 48): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= max) return slug;
	const cut = slug.slice(0, max);
	const at = cut.lastIndexOf('-');
	return at > max / 2 ? cut.slice(0, at) : cut;
}

/**
 * Hands out unique ids: the wanted one when it is free, else the wanted one with `-2`, `-3`, ...
 * Claims and relations share one namespace in Crux, so one allocator serves both.
 */
export class Ids {
	private readonly used = new Set<string>();
	private readonly next = new Map<string, number>();

	has(id: string) {
		return this.used.has(id);
	}

	take(wanted: string, fallback = 'x'): string {
		const base = toId(wanted, fallback);
		if (!this.used.has(base)) {
			this.used.add(base);
			return base;
		}
		for (let k = this.next.get(base) ?? 2; ; k++) {
			const suffix = `-${k}`;
			const candidate = base.slice(0, MAX_ID - suffix.length) + suffix;
			if (!this.used.has(candidate)) {
				this.next.set(base, k + 1);
				this.used.add(candidate);
				return candidate;
			}
		}
	}
}

/**
 * A claim text that fits the schema: trimmed and at most 500 characters. A longer text is cut at
 * a word boundary and marked with `…`; `full` then holds the whole text, for the claim's note.
 */
export function fitText(raw: string): { text: string; full?: string } {
	const text = raw.trim();
	if (text.length <= MAX_TEXT) return { text };
	let cut = text.slice(0, MAX_TEXT - 1);
	// Never leave half of a surrogate pair at the end.
	if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
	const space = cut.lastIndexOf(' ');
	if (space > MAX_TEXT * 0.8) cut = cut.slice(0, space);
	return { text: `${cut.trimEnd()}…`, full: text };
}

/** Joins the non-empty parts of a note; `undefined` when none is left. */
export function joinNote(...parts: (string | undefined)[]): string | undefined {
	const kept = parts.map((p) => p?.trim()).filter((p): p is string => !!p);
	return kept.length ? kept.join('\n\n') : undefined;
}

/**
 * Linked arguments. Crux has no node for an inference, so an argument whose premises count only
 * together (AIF: an RA node with several premises; Argdown: a premise-conclusion structure with
 * several premises) becomes one `supports` per premise, all with the same note
 * `linked argument G` (or `linked argument G: scheme or description`), where G is the id of the
 * first of those relations; the others are `G~2`, `G~3`, ... Exporters regroup relations that share
 * this note, kind and target into one inference again.
 */
const LINKED = /^linked argument (\S+)(?:: ([\s\S]*))?$/;

export function linkedNote(group: string, extra?: string): string {
	const rest = extra?.trim();
	return rest ? `linked argument ${group}: ${rest}` : `linked argument ${group}`;
}

export function readLinked(
	note: string | undefined
): { group: string; extra?: string } | undefined {
	const match = note === undefined ? null : LINKED.exec(note);
	if (!match) return undefined;
	return match[2] === undefined ? { group: match[1]! } : { group: match[1]!, extra: match[2] };
}

/** Ids for the relations of one inference: `G`, then `G~2`, `G~3`, ... */
export function groupIds(ids: Ids, group: string, count: number): string[] {
	const first = ids.take(group);
	const out = [first];
	for (let k = 2; k <= count; k++) out.push(ids.take(`${first}~${k}`));
	return out;
}

/** `data/debates/renewal.aif.json` → `renewal` */
export function nameStem(name: string | undefined): string | undefined {
	if (!name) return undefined;
	const base = name.split(/[\\/]/).pop() ?? name;
	const stem = base.replace(/(\.[A-Za-z0-9]{1,8})+$/, '').trim();
	return stem || undefined;
}

/** `town-bypass_2024.aif.json` → `Town bypass 2024`: a readable title from a file name. */
export function titleFromName(name: string | undefined): string | undefined {
	const stem = nameStem(name)?.replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
	return stem ? stem.charAt(0).toUpperCase() + stem.slice(1) : undefined;
}

/**
 * The resolution of an imported map that names none, by the model's rule (`inferResolution`), with
 * a warning that says why. `undefined` when there is exactly one root: Crux finds it itself.
 */
export function chooseResolution(input: ResolutionInput, warnings: IoIssue[]): string | undefined {
	const inferred = inferResolution(input);
	if (!inferred || inferred.roots.length === 1) return undefined;
	const { id, roots, treeSize, byKind } = inferred;
	const claims = `${treeSize} ${treeSize === 1 ? 'claim' : 'claims'}`;
	const why = byKind
		? 'which is of kind resolution'
		: `which has the largest tree of answers (${claims})`;
	warnings.push({
		message: roots.length
			? `${roots.length} claims support or rebut nothing; "${id}", ${why}, is taken as the resolution`
			: `every claim supports or rebuts another; "${id}", ${why}, is taken as the resolution`
	});
	return id;
}

/** Where a claim or relation of the produced debate came from, for issues found in it. */
export type Origin = (
	section: 'claims' | 'relations',
	index: number
) => Partial<IoIssue> | undefined;

/**
 * The last step of every importer: validates what it built with `parseDebate`, so that every
 * debate an importer returns is one the app accepts, and maps the issues found back to the lines
 * or fields they came from.
 */
export function finish(
	input: DebateInput,
	warnings: IoIssue[],
	origin?: Origin,
	positions?: Map<string, Position>
): IoResult {
	const parsed = parseDebate(input);
	const convert = (issue: Issue): IoIssue => {
		const [section, index] = issue.path;
		const from =
			(section === 'claims' || section === 'relations') && typeof index === 'number'
				? origin?.(section, index)
				: undefined;
		if (from) return { message: issue.message, ...from };
		return { message: `${formatPath(issue.path)}: ${issue.message}` };
	};
	if (!parsed.ok) return { ok: false, errors: parsed.errors.map(convert), warnings };
	const result: IoResult = {
		ok: true,
		debate: parsed.debate,
		warnings: [...warnings, ...parsed.warnings.map(convert)]
	};
	if (positions?.size) result.positions = positions;
	return result;
}

export const failure = (errors: IoIssue[], warnings: IoIssue[] = []): IoResult => ({
	ok: false,
	errors,
	warnings
});

/**
 * `file:3:7: message`, `file: $.nodes[2].nodeID: message` (with the line when known:
 * `file:12:5: $.nodes[2].nodeID: message`), or without a file `line 3, column 7: message`.
 */
export function formatIoIssue(issue: IoIssue, file?: string): string {
	const path = issue.path?.length ? `${formatPath(issue.path)}: ` : '';
	if (file) {
		const at =
			issue.line === undefined
				? ''
				: `:${issue.line}${issue.column === undefined ? '' : `:${issue.column}`}`;
		return `${file}${at}: ${path}${issue.message}`;
	}
	const at =
		issue.line === undefined
			? ''
			: `line ${issue.line}${issue.column === undefined ? '' : `, column ${issue.column}`}: `;
	return `${at}${path}${issue.message}`;
}
