import { LineCounter, isCollection, isMap, isScalar, parseDocument } from 'yaml';
import { SourceSchema, SpeakerSchema, type Source, type Speaker } from '../../model';
import { withoutUnsafeLink } from '../links';
import type { Warn } from './syntax';

/** The frontmatter's settings by their Crux name, each with the line of its key. */
export type Frontmatter = Map<string, { value: unknown; line: number }>;

const FRONTMATTER_KEYS: Record<string, string> = {
	title: 'title',
	subTitle: 'question',
	subtitle: 'question',
	question: 'question',
	abstract: 'summary',
	summary: 'summary',
	id: 'id',
	resolution: 'resolution',
	speakers: 'speakers',
	sources: 'sources'
};

/**
 * Reads the frontmatter (the lines between `===` and `===`) as YAML: `title`, `subTitle` (the
 * question), `abstract` (the summary), and the Crux keys `id`, `resolution`, `speakers`,
 * `sources`. YAML that does not parse is a warning with its line and column, and the frontmatter
 * is ignored; settings Crux does not use are one warning, at the first of them.
 */
export function readFrontmatter(
	lines: { text: string; number: number }[],
	warn: Warn
): Frontmatter {
	const out: Frontmatter = new Map();
	if (!lines.length) return out;
	const lineCounter = new LineCounter();
	const document = parseDocument(lines.map((line) => line.text).join('\n'), {
		lineCounter,
		prettyErrors: false,
		uniqueKeys: false
	});
	const lineOf = (offset: number) => lineCounter.linePos(offset);
	const firstLine = lines[0]!.number;
	const error = document.errors[0];
	if (error) {
		const at = lineOf(error.pos[0]);
		warn(
			`frontmatter is not valid YAML (${error.message}): it is ignored`,
			firstLine + at.line - 1,
			at.col
		);
		return out;
	}
	const { contents } = document;
	if (contents === null || (isScalar(contents) && contents.value === null)) return out;
	if (!isMap(contents)) {
		warn('frontmatter is not a list of "key: value" settings: it is ignored', firstLine);
		return out;
	}
	const unused: string[] = [];
	let firstUnused: number | undefined;
	for (const { key: keyNode, value } of contents.items) {
		const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
		const line = firstLine + lineOf(isScalar(keyNode) ? (keyNode.range?.[0] ?? 0) : 0).line - 1;
		if (!Object.hasOwn(FRONTMATTER_KEYS, key)) {
			unused.push(key);
			firstUnused ??= line;
			continue;
		}
		let read: unknown;
		if (isCollection(value)) read = value.toJS(document);
		else if (isScalar(value) && value.value !== null) {
			// Text as written: `id: 0x10` is the id "0x10", not 16.
			read = typeof value.value === 'string' ? value.value : (value.source ?? String(value.value));
		} else {
			warn(`frontmatter "${key}" is not a single value: it is ignored`, line);
			continue;
		}
		out.set(FRONTMATTER_KEYS[key]!, { value: read, line });
	}
	if (unused.length) {
		warn(
			`frontmatter settings Crux does not use: ${unused.map((k) => `"${k}"`).join(', ')}`,
			firstUnused
		);
	}
	return out;
}

/** The frontmatter's `speakers` or `sources`: each item checked by the schema, ids unique. */
export function readList(frontmatter: Frontmatter, key: 'speakers', warn: Warn): Speaker[];
export function readList(frontmatter: Frontmatter, key: 'sources', warn: Warn): Source[];
export function readList(
	frontmatter: Frontmatter,
	key: 'speakers' | 'sources',
	warn: Warn
): (Speaker | Source)[] {
	const entry = frontmatter.get(key);
	if (!entry) return [];
	if (!Array.isArray(entry.value)) {
		warn(`frontmatter "${key}" is not a JSON list: it is ignored`, entry.line);
		return [];
	}
	const schema = key === 'speakers' ? SpeakerSchema : SourceSchema;
	const out: (Speaker | Source)[] = [];
	const seen = new Set<string>();
	entry.value.forEach((raw: unknown, i) => {
		const item =
			key === 'sources'
				? withoutUnsafeLink(raw, `frontmatter sources[${i}]`, (m) => warn(m, entry.line))
				: raw;
		const parsed = schema.safeParse(item);
		if (!parsed.success) {
			warn(
				`frontmatter ${key}[${i}] is not a valid ${key === 'speakers' ? 'speaker' : 'source'} (${parsed.error.issues[0]?.message ?? 'invalid'}): it is ignored`,
				entry.line
			);
			return;
		}
		if (seen.has(parsed.data.id)) {
			warn(
				`frontmatter ${key}[${i}] repeats the id "${parsed.data.id}": it is ignored`,
				entry.line
			);
			return;
		}
		seen.add(parsed.data.id);
		out.push(parsed.data);
	});
	return out;
}
