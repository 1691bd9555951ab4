import { cleanText, parseElement, splitData, splitTags } from './element';
import { tokenize } from './lex';
import type { Element, Entry, Member, Named, Pcs, RawRelation, SourceLine, Warn } from './syntax';

/** What the blocks of an Argdown text say, before it becomes a debate. */
export interface Reading {
	/** Statements (key `[title`) and arguments (key `<title`), in the order they were met. */
	entries: Map<string, Entry>;
	relations: RawRelation[];
	firstHeading: string | undefined;
}

/**
 * Reads the blocks one after another: statements and arguments by their titles (a later
 * definition of a title adds to the same entry), relations between them, premise-conclusion
 * structures, and the heading each definition falls under.
 */
export function read(blocks: SourceLine[][], warn: Warn): Reading {
	const reader = new Reader(warn);
	for (const block of blocks) reader.readBlock(block);
	return {
		entries: reader.entries,
		relations: reader.relations,
		firstHeading: reader.firstHeading
	};
}

const newEntry = (kind: Entry['kind'], key: string, line: number): Entry => ({
	kind,
	key,
	texts: [],
	tags: [],
	data: [],
	topicFromDefinition: false,
	line
});

class Reader {
	readonly entries = new Map<string, Entry>();
	readonly relations: RawRelation[] = [];
	private heading: string | undefined;
	firstHeading: string | undefined;
	private anonymous = 0;
	/** The argument defined or referred to by the previous top-level block, for a pcs below it. */
	private lastArgument: string | undefined;

	constructor(private readonly warn: Warn) {}

	private register(element: Element, line: number): Named {
		const kind = element.type;
		const key =
			element.title !== undefined
				? `${kind === 'statement' ? '[' : '<'}${element.title}`
				: `${kind === 'statement' ? '[' : '<'}#${++this.anonymous}`;
		let entry = this.entries.get(key);
		if (!entry) {
			entry = newEntry(kind, key, line);
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

	readBlock(block: SourceLine[]) {
		const items = tokenize(block, this.warn);
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
				this.entries.set(key, newEntry('argument', key, line));
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
}
