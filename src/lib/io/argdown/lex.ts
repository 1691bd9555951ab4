import type { Item, RelationSymbol, SourceLine, Warn } from './syntax';

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

export interface Lexed {
	/** The lines between the `===` lines at the top, with their line numbers. */
	frontmatter?: { text: string; number: number }[];
	/** Runs of lines between empty lines, comments taken out. */
	blocks: SourceLine[][];
}

/**
 * Cuts the text into the frontmatter and blocks of lines. Comments become spaces, so every line
 * and column stays where it was; a line that held only a comment is skipped but does not end a
 * block.
 */
export function lex(text: string, warn: Warn): Lexed {
	const raw = text.replace(/\r\n?/g, '\n').split('\n');
	const out: Lexed = { blocks: [] };
	const first = raw.findIndex((line) => line.trim() !== '');
	if (first >= 0 && raw[first]!.trim() === '===') {
		const close = raw.findIndex((line, i) => i > first && line.trim() === '===');
		if (close < 0) {
			warn('the frontmatter opened here is never closed with "===": it is read as text', first + 1);
		} else {
			out.frontmatter = raw
				.slice(first + 1, close)
				.map((line, k) => ({ text: line, number: first + 2 + k }));
			for (let i = first; i <= close; i++) raw[i] = '';
		}
	}
	const stripped = stripComments(raw.join('\n')).split('\n');
	let block: SourceLine[] = [];
	const flush = () => {
		if (block.length) out.blocks.push(block);
		block = [];
	};
	stripped.forEach((line, i) => {
		if (raw[i]!.trim() === '') flush();
		else if (line.trim() !== '') {
			block.push({ number: i + 1, text: line, indent: indentOf(line) });
		}
	});
	flush();
	return out;
}

/**
 * The items of a block: its top-level element, relations under it (by indent), the premises,
 * conclusions and inference lines of a premise-conclusion structure, or a heading. An item's
 * text may run over several lines.
 */
export function tokenize(block: SourceLine[], warn: Warn): Item[] {
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
			warn(
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
			warn(`text under an inference line is ignored: "${text}"`, line.number, column);
			continue;
		}
		current = { ...base, type: 'root', parts: [text] };
		items.push(current);
	}
	return items;
}
