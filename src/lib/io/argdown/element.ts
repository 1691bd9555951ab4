import type { Element } from './syntax';

/*
 * One element of Argdown: `[Title]: text #tag {data}`, `<Title>: text`, a reference `[Title]`,
 * or a statement without a title; its text cleaned of escapes, tags and trailing data.
 */

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
export function splitData(text: string): {
	text: string;
	data?: { value: unknown; json: boolean };
} {
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
export function splitTags(text: string): { text: string; tags: string[] } {
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

export const cleanText = (text: string) => unescape(text).replace(/\s+/g, ' ').trim();
const cleanTitle = (title: string) => unescape(title).replace(/\s+/g, ' ').trim();

export function parseElement(raw: string): { element: Element; ignored?: string } {
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
