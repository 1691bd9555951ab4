import {
	CLAIM_KINDS,
	SourceSchema,
	SpeakerSchema,
	type Claim,
	type ClaimKind,
	type Debate,
	type DebateInput,
	type Relation,
	type Source,
	type Speaker
} from '../model';
import { withSafeLink } from '../model/url';
import {
	Ids,
	chooseResolution,
	finish,
	fitText,
	groupIds,
	isObject,
	joinNote,
	linkedNote,
	titleFromName,
	readLinked,
	slugify,
	stripBom,
	toId
} from './common';
import { withoutUnsafeLink } from './links';
import type { IoIssue, IoResult, ParseOptions } from './types';

/**
 * Argdown (argdown.org), read in loose mode: relations between statements are supports and
 * attacks.
 *
 * - `[Title]: text` defines a statement: a claim whose id is the title (white space as `-`). Later
 *   definitions of the same title are the same claim (a different text is a warning); `[Title]`
 *   alone refers to it; a paragraph without a title is a claim of its own. Text may run over
 *   several lines until an empty line.
 * - `<Title>: text` defines an argument. An argument *without* a premise-conclusion structure is a
 *   claim (text: its description, else its title). An argument *with* one (`<Title>`, an empty
 *   line, then `(1) ...`, `----`, `(2) ...`) is an inference, not a claim: each premise
 *   `supports` the conclusion (a later step's premises include the conclusion before it). The
 *   relations of the last step carry the argument's title as id; with several premises they are
 *   a linked argument (note `linked argument G`, see `common.ts`). The argument's description
 *   and inference rules go to the notes. Support or attack from or of a reconstructed argument
 *   is from or of its main conclusion.
 * - Relations under a parent, indented more: `+`/`<+` (the child supports the parent), `-`/`<-`
 *   (the child rebuts it), `_`/`<_` (the child undercuts it), `+>`, `->`, `_>` (the parent
 *   supports, rebuts, undercuts the child), `><` (contradiction: a `rebuts` each way, with a
 *   warning).
 * - An undercut attacks an inference: of a reconstructed argument, every relation of its last
 *   step (or of the step whose inference line or conclusion the undercut is written under); of an
 *   argument or statement that is a claim, every relation going out of that claim.
 * - `#tag` and `#(tag with spaces)` become topics, and so does the nearest `# Heading` above.
 *   Frontmatter (`===` ... `===`): `title`, `subTitle` (the question), `abstract` (the summary),
 *   and the Crux keys `id`, `resolution`, `speakers`, `sources` (JSON). Comments (`//`, `/* *\/`,
 *   `<!-- -->`) are skipped; backslash escapes are read.
 * - YAML data `{...}`: JSON-style data with Crux claim fields (`title`, `kind`, `speaker`, `quote`,
 *   `source`, `paragraph`, `later`, `note`, and `text` or `topics` when their exact form has line
 *   breaks) is read, and an argument with `{"crux": "relation"}` is a named relation (see
 *   `serialize`). Any other data, frontmatter key or construct Crux has no place for (lists are
 *   read as statements) is a warning with its line: nothing is dropped silently.
 */
export function parse(text: string, options: ParseOptions = {}): IoResult {
	const reader = new Reader();
	reader.read(stripBom(text));
	return reader.build(options);
}

// Syntax -------------------------------------------------------------------------------------

interface SourceLine {
	number: number;
	text: string;
	indent: number;
	/** Empty in the file: ends a block. */
	blank: boolean;
	/** Only a comment: skipped, but does not end a block. */
	skip: boolean;
}

type RelationSymbol = '+' | '-' | '_' | '><';

interface Item {
	type: 'root' | 'relation' | 'pcs' | 'inference' | 'heading';
	indent: number;
	line: number;
	column: number;
	parts: string[];
	symbol?: RelationSymbol;
	/** For relations: whether the relation goes from the child to the parent. */
	fromChild?: boolean;
	rules?: string;
}

interface Element {
	type: 'statement' | 'argument';
	title?: string;
	definition: boolean;
	text: string;
	tags: string[];
	data?: { value: unknown; json: boolean };
}

type Named = { kind: 'statement'; key: string } | { kind: 'argument'; key: string };

type Member =
	| Named
	| { kind: 'argument'; key: string }
	| { kind: 'premise' | 'conclusion'; key: string; arg: string; step: number }
	| { kind: 'inference'; arg: string; step: number };

interface Entry {
	kind: 'statement' | 'argument';
	key: string;
	title?: string;
	texts: { text: string; line: number }[];
	tags: string[];
	data: { value: unknown; json: boolean; line: number }[];
	topic?: string;
	topicFromDefinition: boolean;
	line: number;
	pcs?: Pcs;
}

interface Pcs {
	line: number;
	steps: { premises: string[]; conclusion: string; rules?: string; line: number }[];
}

interface RawRelation {
	from: Member;
	to: Member;
	type: 'support' | 'attack' | 'undercut' | 'contradiction';
	line: number;
}

const RELATION = /^(<\+|<-|<_|\+>|->|_>|><|\+|-|_)(?:\s+|$)/;
const PCS_LINE = /^\((\d+)\)(?:\s+|$)/;
const DASHES = /^-{2,}\s*$/;
const INLINE_INFERENCE = /^-{2,}\s*(.*?)\s*-{2,}\s*$/;
const LIST = /^(?:\*|\d+\.)\s+/;
const HEADING = /^(#{1,6})\s+(.*)$/;

const blankOut = (text: string) => text.replace(/[^\n]/g, ' ');

/** Replaces comments by spaces, keeping every line and column where it was. */
function stripComments(text: string): string {
	return text.replace(
		/\\[\s\S]|\/\*[\s\S]*?(?:\*\/|(?![\s\S]))|<!--[\s\S]*?(?:-->|(?![\s\S]))|(^|[ \t])\/\/[^\n]*/gm,
		(match: string, before: string | undefined) => {
			if (match.startsWith('\\')) return match;
			if (before !== undefined) return before + blankOut(match.slice(before.length));
			return blankOut(match);
		}
	);
}

const indentOf = (text: string) => {
	let width = 0;
	for (const char of text) {
		if (char === ' ') width++;
		else if (char === '\t') width += 4;
		else break;
	}
	return width;
};

/** Reads the backslash escapes of Argdown: `\[` is `[`, `\\` is `\`. */
const unescape = (text: string) => text.replace(/\\([^A-Za-z0-9\s])/g, '$1');

/** The index of every `{` that is not escaped. */
function openBraces(text: string): number[] {
	const out: number[] = [];
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '\\') i++;
		else if (text[i] === '{') out.push(i);
	}
	return out;
}

/** Splits trailing YAML data (`{...}`) off an element's text. */
function splitData(text: string): { text: string; data?: { value: unknown; json: boolean } } {
	const trimmed = text.trimEnd();
	if (!trimmed.endsWith('}')) return { text };
	const starts = openBraces(trimmed);
	for (const start of starts) {
		try {
			const value: unknown = JSON.parse(trimmed.slice(start));
			return { text: trimmed.slice(0, start), data: { value, json: true } };
		} catch {
			// not JSON from here
		}
	}
	// YAML that is not JSON: the first `{` whose group closes at the very end.
	for (const start of starts) {
		let depth = 0;
		let end = -1;
		for (let i = start; i < trimmed.length; i++) {
			if (trimmed[i] === '\\') i++;
			else if (trimmed[i] === '{') depth++;
			else if (trimmed[i] === '}' && --depth === 0) {
				end = i;
				break;
			}
		}
		if (end === trimmed.length - 1 && trimmed.slice(start).includes(':')) {
			return {
				text: trimmed.slice(0, start),
				data: { value: trimmed.slice(start), json: false }
			};
		}
	}
	return { text };
}

const TAG = /(^|\s)#(?:\(((?:\\[\s\S]|[^\\)])*)\)|([\p{L}\p{N}_][\p{L}\p{N}_-]*))/gu;

/** Takes `#tags` out of a text. */
function splitTags(text: string): { text: string; tags: string[] } {
	const tags: string[] = [];
	const rest = text.replace(TAG, (_match, before: string, bracketed?: string, plain?: string) => {
		const tag = unescape(bracketed ?? plain ?? '')
			.replace(/\s+/g, ' ')
			.trim();
		if (tag) tags.push(tag);
		return before;
	});
	return { text: rest, tags };
}

const cleanText = (text: string) => unescape(text).replace(/\s+/g, ' ').trim();
const cleanTitle = (title: string) => unescape(title).replace(/\s+/g, ' ').trim();

function parseElement(raw: string): { element: Element; ignored?: string } {
	const source = raw.trim();
	for (const [type, open, close] of [
		['statement', '[', ']'],
		['argument', '<', '>']
	] as const) {
		if (!source.startsWith(open)) continue;
		let i = 1;
		for (; i < source.length; i++) {
			if (source[i] === '\\') i++;
			else if (source[i] === close || source[i] === open) break;
		}
		if (source[i] !== close || i === 1) continue;
		const title = cleanTitle(source.slice(1, i));
		const after = source.slice(i + 1);
		if (after.startsWith(':')) {
			const { text, data } = splitData(after.slice(1));
			const tagged = splitTags(text);
			const element: Element = {
				type,
				title,
				definition: true,
				text: cleanText(tagged.text),
				tags: tagged.tags
			};
			if (data) element.data = data;
			return { element };
		}
		if (after === '' || /^\s/.test(after)) {
			const { text, data } = splitData(after);
			const tagged = splitTags(text);
			const element: Element = { type, title, definition: false, text: '', tags: tagged.tags };
			if (data) element.data = data;
			const left = cleanText(tagged.text);
			return left ? { element, ignored: left } : { element };
		}
	}
	const { text, data } = splitData(source);
	const tagged = splitTags(text);
	const element: Element = {
		type: 'statement',
		definition: true,
		text: cleanText(tagged.text),
		tags: tagged.tags
	};
	if (data) element.data = data;
	return { element };
}

// Reading ------------------------------------------------------------------------------------

const CLAIM_DATA_KEYS = [
	'title',
	'kind',
	'speaker',
	'quote',
	'source',
	'paragraph',
	'later',
	'note'
] as const;
/** Read too: the exact text and topics, when writing them on one line had to change them. */
const DATA_KEYS: readonly string[] = [...CLAIM_DATA_KEYS, 'text', 'topics'];
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

class Reader {
	readonly warnings: IoIssue[] = [];
	readonly entries = new Map<string, Entry>();
	readonly relations: RawRelation[] = [];
	readonly frontmatter = new Map<string, { value: unknown; line: number }>();
	private heading: string | undefined;
	firstHeading: string | undefined;
	private anonymous = 0;
	/** The argument defined or referred to by the previous top-level block, for a pcs below it. */
	private lastArgument: string | undefined;

	warn(message: string, line?: number, column?: number) {
		const issue: IoIssue = { message };
		if (line !== undefined) issue.line = line;
		if (column !== undefined) issue.column = column;
		this.warnings.push(issue);
	}

	read(text: string) {
		const raw = text.replace(/\r\n?/g, '\n').split('\n');
		const first = raw.findIndex((line) => line.trim() !== '');
		if (first >= 0 && raw[first]!.trim() === '===') {
			const close = raw.findIndex((line, i) => i > first && line.trim() === '===');
			if (close < 0) {
				this.warn(
					'the frontmatter opened here is never closed with "===": it is read as text',
					first + 1
				);
			} else {
				this.readFrontmatter(
					raw.slice(first + 1, close).map((line, k) => ({ text: line, number: first + 2 + k }))
				);
				for (let i = first; i <= close; i++) raw[i] = '';
			}
		}
		const stripped = stripComments(raw.join('\n')).split('\n');
		const lines: SourceLine[] = stripped.map((line, i) => ({
			number: i + 1,
			text: line,
			indent: indentOf(line),
			blank: raw[i]!.trim() === '',
			skip: raw[i]!.trim() !== '' && line.trim() === ''
		}));
		let block: SourceLine[] = [];
		const flush = () => {
			if (block.length) this.readBlock(block);
			block = [];
		};
		for (const line of lines) {
			if (line.blank) flush();
			else if (!line.skip) block.push(line);
		}
		flush();
	}

	private readFrontmatter(lines: { text: string; number: number }[]) {
		const unused: string[] = [];
		let firstLine: number | undefined;
		for (let i = 0; i < lines.length;) {
			const { text, number } = lines[i]!;
			const entry = /^([A-Za-z_][\w-]*)\s*:(?:\s+(.*)|\s*)$/.exec(text);
			i++;
			if (!entry) {
				if (text.trim() && !text.trim().startsWith('#')) {
					this.warn(`frontmatter line not understood: "${text.trim()}"`, number);
				}
				continue;
			}
			const nested: string[] = [];
			while (i < lines.length && (/^\s/.test(lines[i]!.text) || lines[i]!.text.trim() === '')) {
				nested.push(lines[i]!.text);
				i++;
			}
			const key = entry[1]!;
			const rest = (entry[2] ?? '').trim();
			if (!Object.hasOwn(FRONTMATTER_KEYS, key)) {
				unused.push(key);
				firstLine ??= number;
				continue;
			}
			let value: unknown;
			if (/^[>|][+-]?$/.test(rest)) {
				const body = nested.map((line) => line.trim());
				value = rest.startsWith('>')
					? body.join(' ').replace(/\s+/g, ' ').trim()
					: body.join('\n').trim();
			} else if (rest === '') {
				this.warn(`frontmatter "${key}" is not a single value: it is ignored`, number);
				continue;
			} else value = yamlScalar(rest);
			this.frontmatter.set(FRONTMATTER_KEYS[key]!, { value, line: number });
		}
		if (unused.length) {
			this.warn(
				`frontmatter settings Crux does not use: ${unused.map((k) => `"${k}"`).join(', ')}`,
				firstLine
			);
		}
	}

	private register(element: Element, line: number): Named {
		const kind = element.type;
		const key =
			element.title !== undefined
				? `${kind === 'statement' ? '[' : '<'}${element.title}`
				: `${kind === 'statement' ? '[' : '<'}#${++this.anonymous}`;
		let entry = this.entries.get(key);
		if (!entry) {
			entry = {
				kind,
				key,
				texts: [],
				tags: [],
				data: [],
				topicFromDefinition: false,
				line
			};
			if (element.title !== undefined) entry.title = element.title;
			if (this.heading !== undefined) entry.topic = this.heading;
			this.entries.set(key, entry);
		}
		if (element.definition && element.text) {
			entry.texts.push({ text: element.text, line });
			if (!entry.topicFromDefinition) {
				entry.topicFromDefinition = true;
				if (this.heading !== undefined) entry.topic = this.heading;
				else delete entry.topic;
			}
		}
		for (const tag of element.tags) if (!entry.tags.includes(tag)) entry.tags.push(tag);
		if (element.data) entry.data.push({ ...element.data, line });
		return kind === 'statement' ? { kind: 'statement', key } : { kind: 'argument', key };
	}

	private element(text: string, line: number, column: number, asStatement = false): Named {
		const { element, ignored } = parseElement(text);
		if (asStatement && element.type === 'argument') {
			this.warn(
				`<${element.title}> is an argument: a premise or conclusion is a statement, so it is read as [${element.title}]`,
				line,
				column
			);
			element.type = 'statement';
		}
		if (ignored) {
			this.warn(
				`text after the reference ${element.type === 'statement' ? `[${element.title}]` : `<${element.title}>`} is ignored: "${ignored}" (write "${element.type === 'statement' ? '[' : '<'}title${element.type === 'statement' ? ']' : '>'}: text" to define it)`,
				line,
				column
			);
		}
		return this.register(element, line);
	}

	private tokenize(block: SourceLine[]): Item[] {
		const items: Item[] = [];
		let current: Item | undefined;
		let pcs = false;
		for (let i = 0; i < block.length; i++) {
			const line = block[i]!;
			const text = line.text.trim();
			const column = line.text.length - line.text.trimStart().length + 1;
			const base = { indent: line.indent, line: line.number, column };
			const pcsLine = PCS_LINE.exec(text);
			const startsPcs =
				pcsLine &&
				(pcs ||
					items.length === 0 ||
					(items.length === 1 && items[0]!.type === 'root' && items[0]!.parts[0]!.startsWith('<')));
			if (startsPcs) {
				pcs = true;
				current = { ...base, type: 'pcs', parts: [text.slice(pcsLine[0].length)] };
				items.push(current);
				continue;
			}
			if (pcs && (DASHES.test(text) || INLINE_INFERENCE.test(text))) {
				const inference: Item = { ...base, type: 'inference', parts: [] };
				const inline = INLINE_INFERENCE.exec(text);
				if (inline && inline[1]) inference.rules = inline[1];
				else {
					// An expanded inference: dashes, rule lines, dashes.
					const next = block[i + 1]?.text.trim();
					const closing = block.findIndex((l, k) => k > i + 1 && DASHES.test(l.text.trim()));
					const nextIsPcs = next === undefined || PCS_LINE.test(next) || RELATION.test(next);
					if (!nextIsPcs && closing > i + 1) {
						const rules = block
							.slice(i + 1, closing)
							.map((l) => l.text.trim())
							.join(' ');
						if (rules) inference.rules = rules;
						i = closing;
					}
				}
				current = inference;
				items.push(inference);
				continue;
			}
			const relation = RELATION.exec(text);
			if (relation && items.some((item) => item.indent < line.indent)) {
				const symbol = relation[1]!;
				const kind = symbol.replace(/[<>]/g, '') as RelationSymbol | '';
				current = {
					...base,
					type: 'relation',
					symbol: symbol === '><' ? '><' : (kind as RelationSymbol),
					fromChild: symbol === '><' || !symbol.endsWith('>'),
					parts: [text.slice(relation[0].length)]
				};
				items.push(current);
				continue;
			}
			if (relation && !items.length) {
				this.warn(
					`"${relation[1]}" starts a relation, but nothing above it is indented less: read as a statement`,
					line.number,
					column
				);
			}
			if (!pcs && !items.length) {
				const heading = HEADING.exec(text);
				if (heading) {
					items.push({ ...base, type: 'heading', parts: [heading[2]!] });
					current = undefined;
					continue;
				}
			}
			const root = items.find((item) => item.type === 'root');
			if (!pcs && LIST.test(text) && (!current || (root && line.indent <= root.indent))) {
				current = { ...base, type: 'root', parts: [text.replace(LIST, '')] };
				items.push(current);
				continue;
			}
			if (current && current.type !== 'heading' && current.type !== 'inference') {
				current.parts.push(text);
				continue;
			}
			if (current?.type === 'inference') {
				this.warn(`text under an inference line is ignored: "${text}"`, line.number, column);
				continue;
			}
			current = { ...base, type: 'root', parts: [text] };
			items.push(current);
		}
		return items;
	}

	private readBlock(block: SourceLine[]) {
		const items = this.tokenize(block);
		let stack: { indent: number; member: Member }[] = [];
		let pcsArgument: string | undefined;
		let pcs: Pcs | undefined;
		let premises: string[] = [];
		let previous: string | undefined;
		let inference: { rules?: string; line: number } | undefined;
		let topArgument: string | undefined;
		const startPcs = (line: number) => {
			if (pcs) return;
			let key = topArgument ?? this.lastArgument;
			if (!key) {
				key = `<#${++this.anonymous}`;
				this.entries.set(key, {
					kind: 'argument',
					key,
					texts: [],
					tags: [],
					data: [],
					topicFromDefinition: false,
					line
				});
			}
			const entry = this.entries.get(key)!;
			if (entry.pcs) {
				this.warn(
					`<${entry.title}> already has a premise-conclusion structure (line ${entry.pcs.line}): this one is read as separate statements`,
					line
				);
				pcs = { line, steps: [] };
				pcsArgument = undefined;
				return;
			}
			pcs = { line, steps: [] };
			entry.pcs = pcs;
			pcsArgument = key;
		};

		for (const [index, item] of items.entries()) {
			const text = item.parts.join(' ');
			switch (item.type) {
				case 'heading': {
					const tagged = splitTags(splitData(text).text);
					this.heading = cleanText(tagged.text) || undefined;
					this.firstHeading ??= this.heading;
					stack = [];
					break;
				}
				case 'root': {
					const member = this.element(text, item.line, item.column);
					stack = [{ indent: item.indent, member }];
					if (index === 0 && member.kind === 'argument') topArgument = member.key;
					break;
				}
				case 'pcs': {
					startPcs(item.line);
					const { key } = this.element(text, item.line, item.column, true);
					let own: Member;
					if (inference) {
						pcs!.steps.push({
							premises: [...(previous ? [previous] : []), ...premises],
							conclusion: key,
							...(inference.rules ? { rules: inference.rules } : {}),
							line: inference.line
						});
						previous = key;
						premises = [];
						inference = undefined;
						own = { kind: 'conclusion', key, arg: pcsArgument ?? '', step: pcs!.steps.length - 1 };
					} else {
						premises.push(key);
						own = { kind: 'premise', key, arg: pcsArgument ?? '', step: -1 };
					}
					stack = [{ indent: item.indent, member: own }];
					break;
				}
				case 'inference': {
					startPcs(item.line);
					if (inference)
						this.warn('two inference lines in a row: the second is ignored', item.line);
					else inference = { line: item.line, ...(item.rules ? { rules: item.rules } : {}) };
					stack = [
						{
							indent: item.indent,
							member: { kind: 'inference', arg: pcsArgument ?? '', step: pcs!.steps.length }
						}
					];
					break;
				}
				case 'relation': {
					while (stack.length && stack.at(-1)!.indent >= item.indent) stack.pop();
					const parent = stack.at(-1)?.member;
					const child = this.element(text, item.line, item.column + 2);
					if (!parent) {
						this.warn('a relation without a parent above it is ignored', item.line, item.column);
					} else {
						const type =
							item.symbol === '+'
								? 'support'
								: item.symbol === '-'
									? 'attack'
									: item.symbol === '_'
										? 'undercut'
										: 'contradiction';
						this.relations.push(
							item.fromChild
								? { from: child, to: parent, type, line: item.line }
								: { from: parent, to: child, type, line: item.line }
						);
					}
					stack.push({ indent: item.indent, member: child });
					break;
				}
			}
		}
		if (pcs) {
			if (inference) {
				this.warn('an inference line with no conclusion below it is ignored', inference.line);
			}
			if (!pcs.steps.length) {
				this.warn(
					'a premise-conclusion structure without an inference line ("----"): its statements are read without relations',
					pcs.line
				);
			} else if (premises.length) {
				this.warn(
					'statements after the main conclusion of a premise-conclusion structure are not premises of it',
					pcs.line
				);
			}
		}
		const first = items[0];
		this.lastArgument =
			first?.type === 'root' && !pcs && topArgument !== undefined ? topArgument : undefined;
	}

	// Building the debate ----------------------------------------------------------------------

	build(options: ParseOptions): IoResult {
		const { warnings } = this;
		const ids = new Ids();
		const fm = (key: string) => this.frontmatter.get(key);

		const speakers = this.readList('speakers', SpeakerSchema) as Speaker[];
		const sources = this.readList('sources', SourceSchema) as Source[];
		const speakerIds = new Set(speakers.map((s) => s.id));
		const sourceIds = new Set(sources.map((s) => s.id));

		// Relations by the argument they start or end at.
		const toArgument = new Map<string, RawRelation[]>();
		const fromArgument = new Map<string, RawRelation[]>();
		for (const raw of this.relations) {
			for (const [end, index] of [
				[raw.to, toArgument],
				[raw.from, fromArgument]
			] as const) {
				if (end.kind !== 'argument') continue;
				if (!index.has(end.key)) index.set(end.key, []);
				index.get(end.key)!.push(raw);
			}
		}

		// Which arguments are claims, inferences (pcs) or named relations ({"crux": "relation"}).
		const marked = new Set<string>();
		for (const entry of this.entries.values()) {
			if (entry.kind !== 'argument') continue;
			const marker = entry.data.find((d) => isObject(d.value) && d.value.crux === 'relation');
			if (!marker) continue;
			if (entry.pcs) {
				this.warn(
					`<${entry.title}> is marked as a relation but has a premise-conclusion structure: read as an argument`,
					marker.line
				);
				continue;
			}
			const into = toArgument.get(entry.key) ?? [];
			const premises = into.filter((r) => r.type === 'support');
			const others = into.filter((r) => r.type !== 'support' && r.type !== 'undercut');
			const outs = fromArgument.get(entry.key) ?? [];
			if (
				premises.length === 1 &&
				outs.length === 1 &&
				!others.length &&
				outs[0]!.type !== 'contradiction'
			) {
				marked.add(entry.key);
			} else {
				this.warn(
					`<${entry.title}> is marked as a relation, which needs exactly one statement supporting it (<+) and one relation going out of it: read as an argument`,
					marker.line
				);
			}
		}
		const isInference = (entry: Entry) => !!entry.pcs?.steps.length;

		// Claims
		const claims: Claim[] = [];
		const claimLines: number[] = [];
		const claimOfEntry = new Map<string, string>();
		// In the order they are defined (a claim only referred to: where it first appears).
		const ordered = [...this.entries.values()].sort(
			(a, b) => (a.texts[0]?.line ?? a.line) - (b.texts[0]?.line ?? b.line)
		);
		for (const entry of ordered) {
			if (entry.kind === 'argument' && (isInference(entry) || marked.has(entry.key))) continue;
			// The holder of a premise-conclusion structure without an inference line.
			if (entry.kind === 'argument' && entry.title === undefined) continue;
			const first = entry.texts[0];
			for (const other of entry.texts.slice(1)) {
				if (other.text !== first!.text) {
					this.warn(
						`${entry.kind === 'statement' ? `[${entry.title}]` : `<${entry.title}>`} has another text here; the first (line ${first!.line}) is kept`,
						other.line
					);
				}
			}
			const raw = first?.text ?? entry.title ?? '';
			const { text, full } = fitText(raw);
			const id =
				entry.title !== undefined
					? ids.take(toId(entry.title), 'statement')
					: ids.take(slugify(text) || 'statement');
			claimOfEntry.set(entry.key, id);
			const claim: Claim = { id, text: text || '(no text)' };
			if (!text) this.warn('an empty statement', entry.line);
			const topics = [...(entry.topic ? [entry.topic] : []), ...entry.tags].filter(
				(t, i, all) => all.indexOf(t) === i
			);
			if (topics.length) claim.topics = topics;
			this.applyData(claim, entry, speakerIds, sourceIds);
			if (full) {
				claim.note = joinNote(claim.note, `Full text: ${full}`);
				this.warn(
					'a statement longer than 500 characters is cut; its note keeps it whole',
					entry.line
				);
			}
			claims.push(claim);
			claimLines.push(first?.line ?? entry.line);
		}
		for (const entry of this.entries.values()) {
			if (entry.kind !== 'argument' || !(isInference(entry) || marked.has(entry.key))) continue;
			if (entry.tags.length) {
				this.warn(
					`the tags of <${entry.title}> (${entry.tags.map((t) => `#${t}`).join(' ')}) are not kept: it is an inference, not a claim`,
					entry.line
				);
			}
			for (const data of entry.data) {
				if (isObject(data.value) && data.value.crux === 'relation' && marked.has(entry.key)) {
					const unused = Object.keys(data.value).filter((k) => k !== 'crux' && k !== 'note');
					if (unused.length) {
						this.warn(
							`data Crux does not use: ${unused.map((k) => `"${k}"`).join(', ')}`,
							data.line
						);
					}
					continue;
				}
				this.warn(`the data of <${entry.title}> is ignored`, data.line);
			}
		}
		if (!claims.length) {
			return {
				ok: false,
				errors: [
					{ message: 'no statements: an Argdown map needs at least one statement or argument' }
				],
				warnings
			};
		}

		const claimOf = (member: Member): string | undefined => {
			if (member.kind === 'inference') return undefined;
			const entry = this.entries.get(member.key)!;
			if (entry.kind === 'statement') return claimOfEntry.get(entry.key);
			if (isInference(entry)) return claimOfEntry.get(entry.pcs!.steps.at(-1)!.conclusion);
			return claimOfEntry.get(entry.key);
		};
		const describe = (member: Member): string => {
			if (member.kind === 'inference') return 'an inference';
			const entry = this.entries.get(member.key)!;
			return entry.title === undefined
				? `a statement (line ${entry.line})`
				: entry.kind === 'statement'
					? `[${entry.title}]`
					: `<${entry.title}>`;
		};

		// Relations
		const relations: Relation[] = [];
		const relationLines: number[] = [];
		const byPair = new Map<string, string>();
		const outgoing = new Map<string, string[]>();
		/** Adds a relation (its id made only when it is new); returns its id, or that of its twin. */
		const add = (
			draft: Omit<Relation, 'id'> & { id: string | (() => string) },
			line: number,
			quiet = false
		): string | undefined => {
			if (draft.from === draft.to) {
				if (!quiet) this.warn(`a relation from "${draft.from}" to itself is ignored`, line);
				return undefined;
			}
			const pair = `${draft.from}\u0000${draft.kind}\u0000${draft.to}`;
			const known = byPair.get(pair);
			if (known) return known;
			const relation: Relation = {
				...draft,
				id: typeof draft.id === 'string' ? draft.id : draft.id()
			};
			byPair.set(pair, relation.id);
			relations.push(relation);
			relationLines.push(line);
			if (!outgoing.has(relation.from)) outgoing.set(relation.from, []);
			outgoing.get(relation.from)!.push(relation.id);
			return relation.id;
		};

		// Inferences of reconstructed arguments.
		const stepRelations = new Map<string, string[]>();
		let anonymousArguments = 0;
		for (const entry of this.entries.values()) {
			if (entry.kind !== 'argument' || !isInference(entry)) continue;
			const steps = entry.pcs!.steps;
			const title = entry.title ?? `argument-${++anonymousArguments}`;
			const description = entry.texts.map((t) => t.text).join(' ');
			steps.forEach((step, s) => {
				const last = s === steps.length - 1;
				const group = last ? toId(title) : `${toId(title)}.${s + 1}`;
				const relationIds = groupIds(ids, group, step.premises.length);
				const extra = [last ? description : '', step.rules ?? ''].filter(Boolean).join('; ');
				const note =
					step.premises.length > 1 ? linkedNote(relationIds[0]!, extra) : extra || undefined;
				const made: string[] = [];
				step.premises.forEach((premise, k) => {
					const relation: Relation = {
						id: relationIds[k]!,
						from: claimOfEntry.get(premise)!,
						to: claimOfEntry.get(step.conclusion)!,
						kind: 'supports'
					};
					if (note) relation.note = note;
					const id = add(relation, step.line);
					if (id) made.push(id);
				});
				stepRelations.set(`${entry.key}#${s}`, made);
			});
		}

		// Named relations, and every other relation in document order.
		const markerRelations = new Map<string, string[]>();
		const pending: {
			from: string;
			target: Member;
			line: number;
			/** For a named relation: its key, id and note. */
			marker?: string;
			id?: string;
			note?: string;
		}[] = [];
		const markerIds = new Map<string, string>();
		for (const key of marked) markerIds.set(key, ids.take(toId(this.entries.get(key)!.title!)));
		const consumed = new Set<RawRelation>();
		for (const key of marked) {
			const entry = this.entries.get(key)!;
			const premise = toArgument.get(key)!.find((r) => r.type === 'support')!;
			const out = fromArgument.get(key)![0]!;
			consumed.add(premise);
			consumed.add(out);
			const from = claimOf(premise.from);
			const exact = entry.data.find((d) => isObject(d.value) && typeof d.value.note === 'string');
			const note =
				(exact && ((exact.value as Record<string, string>).note || undefined)) ??
				(entry.texts.map((t) => t.text).join(' ') || undefined);
			if (from === undefined) {
				this.warn(
					`<${entry.title}> is supported by ${describe(premise.from)}, which is no claim: the relation is ignored`,
					premise.line
				);
				markerRelations.set(key, []);
				continue;
			}
			if (out.type === 'undercut') {
				pending.push({
					from,
					target: out.to,
					line: out.line,
					marker: key,
					id: markerIds.get(key)!,
					...(note ? { note } : {})
				});
				continue;
			}
			const to = claimOf(out.to);
			if (to === undefined) {
				this.warn(
					`${describe(out.to)} is not a claim: a ${out.type} of it is not supported`,
					out.line
				);
				markerRelations.set(key, []);
				continue;
			}
			const relation: Relation = {
				id: markerIds.get(key)!,
				from,
				to,
				kind: out.type === 'support' ? 'supports' : 'rebuts'
			};
			if (note) relation.note = note;
			const id = add(relation, out.line);
			markerRelations.set(key, id ? [id] : []);
		}

		let counter = 0;
		const nextId = () => ids.take(`r${++counter}`);
		// `[C]` with `<+ <A>` where C is A's own conclusion says what the structure says already.
		const isOwnConclusion = (raw: RawRelation) =>
			raw.from.kind === 'argument' && !!this.entries.get(raw.from.key)?.pcs?.steps.length;
		for (const raw of this.relations) {
			if (consumed.has(raw)) continue;
			const from = claimOf(raw.from);
			if (from === undefined) {
				this.warn(
					`${describe(raw.from)} is an inference, not a claim: a relation cannot start there`,
					raw.line
				);
				continue;
			}
			if (raw.type === 'undercut') {
				pending.push({ from, target: raw.to, line: raw.line });
				continue;
			}
			const to = claimOf(raw.to);
			if (to === undefined || (raw.to.kind === 'argument' && marked.has(raw.to.key))) {
				this.warn(
					`${describe(raw.to)} is an inference, not a claim: only an undercut (_) attacks an inference`,
					raw.line
				);
				continue;
			}
			if (raw.type === 'contradiction') {
				this.warn(
					`a contradiction (><) between "${from}" and "${to}" is read as two rebuttals, one each way`,
					raw.line
				);
				add({ id: nextId, from, to, kind: 'rebuts' }, raw.line);
				add({ id: nextId, from: to, to: from, kind: 'rebuts' }, raw.line);
				continue;
			}
			add(
				{ id: nextId, from, to, kind: raw.type === 'support' ? 'supports' : 'rebuts' },
				raw.line,
				isOwnConclusion(raw)
			);
		}

		// Undercuts, which may wait for the relations they attack (an undercut of an undercut).
		const waitingFrom = (claim: string) => pending.some((p) => p.from === claim);
		const targetsOf = (member: Member, line: number): string[] | null => {
			switch (member.kind) {
				case 'inference':
				case 'conclusion':
					return stepRelations.get(`${member.arg}#${member.step}`) ?? [];
				case 'premise':
					this.warn(
						'an undercut attacks an inference; written under a premise, it is ignored',
						line
					);
					return [];
				default: {
					const entry = this.entries.get(member.key)!;
					if (entry.kind === 'argument' && isInference(entry)) {
						return stepRelations.get(`${entry.key}#${entry.pcs!.steps.length - 1}`) ?? [];
					}
					if (marked.has(entry.key)) return markerRelations.get(entry.key) ?? null;
					const claim = claimOfEntry.get(entry.key)!;
					return waitingFrom(claim) ? null : (outgoing.get(claim) ?? []);
				}
			}
		};
		while (pending.length) {
			let progressed = false;
			for (let i = 0; i < pending.length;) {
				const undercut = pending[i]!;
				const targets = targetsOf(undercut.target, undercut.line);
				if (targets === null) {
					i++;
					continue;
				}
				pending.splice(i, 1);
				progressed = true;
				if (!targets.length) {
					this.warn(
						`${describe(undercut.target)} has no inference to undercut (no relation goes out of it): the undercut is ignored`,
						undercut.line
					);
					if (undercut.marker) markerRelations.set(undercut.marker, []);
					continue;
				}
				const made: string[] = [];
				const named = undercut.id;
				targets.forEach((to, k) => {
					const relation: Omit<Relation, 'id'> & { id: string | (() => string) } = {
						id:
							named === undefined ? nextId : k === 0 ? named : () => ids.take(`${named}~${k + 1}`),
						from: undercut.from,
						to,
						kind: 'undercuts'
					};
					if (undercut.note) relation.note = undercut.note;
					const id = add(relation, undercut.line);
					if (id) made.push(id);
				});
				if (undercut.marker) markerRelations.set(undercut.marker, made);
			}
			if (!progressed) {
				for (const undercut of pending) {
					this.warn('undercuts that attack each other in a circle are ignored', undercut.line);
				}
				break;
			}
		}

		// The debate
		const text = (key: string) => {
			const value = fm(key)?.value;
			return typeof value === 'string' && value.trim() ? value.trim() : undefined;
		};
		const title =
			text('title') ?? this.firstHeading ?? titleFromName(options.name) ?? 'Imported Argdown map';
		const wantedId = text('id');
		const input: DebateInput = {
			id: wantedId && /^\S{1,200}$/.test(wantedId) ? wantedId : slugify(title) || 'argdown-import',
			title,
			sources,
			speakers,
			claims,
			relations
		};
		const question = text('question');
		const summary = text('summary');
		if (question) input.question = question;
		if (summary) input.summary = summary;
		const resolution = text('resolution');
		if (resolution !== undefined) {
			if (claims.some((c) => c.id === resolution)) input.resolution = resolution;
			else
				this.warn(
					`the frontmatter names the resolution "${resolution}", which is no claim`,
					fm('resolution')!.line
				);
		}
		if (input.resolution === undefined) {
			const chosen = chooseResolution(input, warnings);
			if (chosen) input.resolution = chosen;
		}
		return finish(input, warnings, (section, index) => {
			const line = (section === 'claims' ? claimLines : relationLines)[index];
			return line === undefined ? undefined : { line };
		});
	}

	private readList(
		key: 'speakers' | 'sources',
		schema: typeof SpeakerSchema | typeof SourceSchema
	) {
		const entry = this.frontmatter.get(key);
		if (!entry) return [];
		if (!Array.isArray(entry.value)) {
			this.warn(`frontmatter "${key}" is not a JSON list: it is ignored`, entry.line);
			return [];
		}
		const out: unknown[] = [];
		const seen = new Set<string>();
		entry.value.forEach((raw: unknown, i) => {
			const item =
				key === 'sources'
					? withoutUnsafeLink(raw, `frontmatter sources[${i}]`, (m) => this.warn(m, entry.line))
					: raw;
			const parsed = schema.safeParse(item);
			if (!parsed.success) {
				this.warn(
					`frontmatter ${key}[${i}] is not a valid ${key === 'speakers' ? 'speaker' : 'source'} (${parsed.error.issues[0]?.message ?? 'invalid'}): it is ignored`,
					entry.line
				);
				return;
			}
			if (seen.has(parsed.data.id)) {
				this.warn(
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

	private applyData(claim: Claim, entry: Entry, speakers: Set<string>, sources: Set<string>) {
		for (const data of entry.data) {
			if (!data.json || !isObject(data.value)) {
				this.warn(
					'YAML data is ignored: Crux reads only JSON-style data with claim fields (title, kind, speaker, quote, source, paragraph, later, note)',
					data.line
				);
				continue;
			}
			const unknown: string[] = [];
			for (const [key, value] of Object.entries(data.value)) {
				if (!DATA_KEYS.includes(key)) {
					unknown.push(key);
					continue;
				}
				const bad = (why: string) => this.warn(`data "${key}" ${why}: it is ignored`, data.line);
				switch (key) {
					case 'kind':
						if ((CLAIM_KINDS as readonly unknown[]).includes(value))
							claim.kind = value as ClaimKind;
						else bad(`is not one of ${CLAIM_KINDS.join(', ')}`);
						break;
					case 'speaker':
						if (typeof value === 'string' && speakers.has(value)) claim.speaker = value;
						else bad('names no speaker of the frontmatter');
						break;
					case 'source':
						if (typeof value === 'string' && sources.has(value)) claim.source = value;
						else bad('names no source of the frontmatter');
						break;
					case 'paragraph':
						if (Number.isInteger(value) && (value as number) >= 1)
							claim.paragraph = value as number;
						else bad('is not a whole number from 1');
						break;
					case 'later':
						if (typeof value === 'boolean') claim.later = value;
						else bad('is not true or false');
						break;
					case 'topics': {
						const topics = Array.isArray(value)
							? value.filter((t): t is string => typeof t === 'string' && !!t.trim())
							: [];
						if (Array.isArray(value) && topics.length === value.length && topics.length) {
							claim.topics = topics;
						} else bad('is not a list of texts');
						break;
					}
					case 'title':
						if (typeof value === 'string' && value.trim() && value.trim().length <= 40)
							claim.title = value.trim();
						else bad('is not a text of 1 to 40 characters');
						break;
					case 'text': {
						const fitted = typeof value === 'string' ? fitText(value) : { text: '' };
						if (fitted.text && !fitted.full) claim.text = fitted.text;
						else bad('is not a text of 1 to 500 characters');
						break;
					}
					default:
						if (typeof value === 'string' && value.trim()) claim[key as 'quote' | 'note'] = value;
						else bad('is not a text');
				}
			}
			if (unknown.length) {
				this.warn(`data Crux does not use: ${unknown.map((k) => `"${k}"`).join(', ')}`, data.line);
			}
		}
	}
}

/** A YAML scalar as a frontmatter line holds it: JSON (quoted strings, lists), or plain text. */
function yamlScalar(raw: string): unknown {
	if (/^["[{]/.test(raw)) {
		try {
			return JSON.parse(raw);
		} catch {
			// plain text after all
		}
	}
	if (raw.startsWith("'") && raw.endsWith("'") && raw.length > 1) {
		return raw.slice(1, -1).replace(/''/g, "'");
	}
	return raw.replace(/\s+#.*$/, '').trim();
}

// Export -------------------------------------------------------------------------------------

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Escapes what Argdown would read as syntax: brackets, braces, tags, comments, backslashes. */
const escapeText = (text: string) =>
	text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[\\[\]<>{}#]/g, '\\$&')
		.replace(/\/(?=[/*])/g, '\\/');

const escapeTag = (tag: string) => escapeText(tag).replace(/[()]/g, '\\$&');

/** JSON that survives Argdown's lexer: no `/` (comments) and no `<`, `>` (HTML comments). */
const dataJson = (value: unknown) =>
	JSON.stringify(value).replace(/\//g, '\\/').replace(/</g, '\\u003c').replace(/>/g, '\\u003e');

/**
 * Argdown that reads back into the same debate:
 *
 * - Frontmatter: `title`, `subTitle` (question), `abstract` (summary), and the Crux keys `id`,
 *   `resolution`, `speakers`, `sources` (JSON, which is YAML too).
 * - Each claim: `[id]: text #(topic) {"kind": ..., "speaker": ..., ...}`, with the relations going
 *   out of it below: `+> [to]` supports, `-> [to]` rebuts, `_> <relation>` undercuts.
 * - A linked argument (relations with a shared `linked argument G` note): a premise-conclusion
 *   structure `<G>` with the premises, `----` and the conclusion.
 * - A relation that is undercut or has a note: a named relation, an argument marked
 *   `{"crux": "relation"}` whose description is the note, with `<+ [from]` (its premise) and one
 *   relation out of it. In Argdown terms it is the argument from `from` to `to`; undercuts attack
 *   it by name.
 *
 * Claim text is written on one line: line breaks inside it become spaces.
 */
export function serialize(debate: Debate): string {
	const out: string[] = ['==='];
	const yaml = (key: string, value: string | undefined) => {
		if (value !== undefined) out.push(`${key}: ${JSON.stringify(value)}`);
	};
	yaml('title', debate.title);
	yaml('subTitle', debate.question);
	yaml('abstract', debate.summary);
	yaml('id', debate.id);
	yaml('resolution', debate.resolution);
	if (debate.speakers.length) out.push(`speakers: ${JSON.stringify(debate.speakers)}`);
	if (debate.sources.length)
		out.push(`sources: ${JSON.stringify(debate.sources.map(withSafeLink))}`);
	out.push('===', '');

	const titles = new Ids();
	const undercut = new Set(debate.relations.filter((r) => r.kind === 'undercuts').map((r) => r.to));
	// Linked arguments with at least two premises become premise-conclusion structures.
	const groups = new Map<string, { title: string; extra?: string; relations: Relation[] }>();
	for (const relation of debate.relations) {
		const linked = relation.kind === 'supports' ? readLinked(relation.note) : undefined;
		if (!linked) continue;
		const key = `${linked.group}\u0000${relation.to}`;
		const group = groups.get(key) ?? { title: '', relations: [] };
		if (linked.extra !== undefined) group.extra = linked.extra;
		group.relations.push(relation);
		groups.set(key, group);
	}
	const groupOf = new Map<string, { title: string; extra?: string; relations: Relation[] }>();
	for (const [key, group] of groups) {
		if (group.relations.length < 2) continue;
		group.title = titles.take(key.split('\u0000')[0]!);
		for (const relation of group.relations) groupOf.set(relation.id, group);
	}
	const named = new Map<string, string>();
	for (const relation of debate.relations) {
		if (groupOf.has(relation.id)) continue;
		if (relation.note !== undefined || undercut.has(relation.id)) {
			named.set(relation.id, titles.take(relation.id));
		}
	}
	const statement = (id: string) => `[${escapeText(id)}]`;
	const argument = (title: string) => `<${escapeText(title)}>`;
	const targetOf = (relationId: string) =>
		argument(groupOf.get(relationId)?.title ?? named.get(relationId) ?? relationId);
	const line = (relation: Relation) =>
		relation.kind === 'supports'
			? `+> ${statement(relation.to)}`
			: relation.kind === 'rebuts'
				? `-> ${statement(relation.to)}`
				: `_> ${targetOf(relation.to)}`;

	const plain = new Map<string, string[]>();
	for (const relation of debate.relations) {
		if (groupOf.has(relation.id) || named.has(relation.id)) continue;
		const lines = plain.get(relation.from) ?? [];
		const written = line(relation);
		if (!lines.includes(written)) lines.push(written);
		plain.set(relation.from, lines);
	}

	for (const claim of debate.claims) {
		const data: Record<string, unknown> = {};
		if (oneLine(claim.text) !== claim.text) data.text = claim.text;
		if (claim.topics?.some((t) => oneLine(t) !== t)) data.topics = claim.topics;
		for (const key of CLAIM_DATA_KEYS) if (claim[key] !== undefined) data[key] = claim[key];
		const tags = (claim.topics ?? []).map((t) => ` #(${escapeTag(t)})`).join('');
		const json = Object.keys(data).length ? ` ${dataJson(data)}` : '';
		out.push(`${statement(claim.id)}: ${escapeText(claim.text)}${tags}${json}`);
		for (const relation of plain.get(claim.id) ?? []) out.push(`    ${relation}`);
		out.push('');
	}
	for (const group of new Set(groupOf.values())) {
		const description = group.extra?.trim() ? `: ${escapeText(group.extra)}` : '';
		out.push(`${argument(group.title)}${description}`, '');
		group.relations.forEach((relation, k) => out.push(`(${k + 1}) ${statement(relation.from)}`));
		out.push('----', `(${group.relations.length + 1}) ${statement(group.relations[0]!.to)}`, '');
	}
	for (const relation of debate.relations) {
		const title = named.get(relation.id);
		if (title === undefined) continue;
		const note = relation.note?.trim() ? `: ${escapeText(relation.note)}` : '';
		const marker =
			relation.note !== undefined && oneLine(relation.note) !== relation.note
				? { crux: 'relation', note: relation.note }
				: { crux: 'relation' };
		out.push(
			`${argument(title)}${note} ${dataJson(marker)}`,
			`    <+ ${statement(relation.from)}`,
			`    ${line(relation)}`,
			''
		);
	}
	return `${out.join('\n').trimEnd()}\n`;
}
