import { isObject, stripBom } from './common';
import type { ImportFormat } from './types';

const KIALO_HEADER = /^\s*Discussion (?:Title|Name)\s*:/im;
const KIALO_CHILD = /^\s*1(?:\.\d+)+\.\s+(?:Pro|Con)\s*:/im;
const ARGDOWN_SIGNS = [
	/^\s*(?:\[[^\]\n]+\]|<[^>\n]+>):/m,
	/^[ \t]+(?:<[+\-_]|[+\-_]>?|><)[ \t]+\S/m,
	/^\(\d+\)\s[\s\S]*^-{2,}\s*$/m
];

/**
 * Which format a text is in, or `null` when it cannot tell. JSON is AIF when it has `nodes` (or
 * an OVA3 `AIF` wrapper) and Crux JSON when it has `claims`; JSON that does not parse is guessed
 * from its keys (so the right importer reports the syntax error). Plain text is Kialo when it
 * starts with `Discussion Title:` or has numbered `1.1. Pro:` lines, and Argdown when it has
 * frontmatter, `[Title]:`/`<Title>:` definitions, indented relations or a premise-conclusion
 * structure. A `.argdown` or `.ad` file name settles it.
 */
export function detectFormat(text: string, filename?: string): ImportFormat | null {
	const source = stripBom(text);
	const head = source.trimStart();
	const extension = /\.([A-Za-z0-9]+)$/.exec(filename ?? '')?.[1]?.toLowerCase();
	if (extension === 'argdown' || extension === 'ad') return 'argdown';
	if (head.startsWith('{') || head.startsWith('[')) {
		let value: unknown;
		let parsed = true;
		try {
			value = JSON.parse(source);
		} catch {
			parsed = false;
		}
		if (parsed) {
			if (!isObject(value)) return extension === 'json' ? 'json' : null;
			if (isObject(value.AIF) || isObject(value.aif) || Array.isArray(value.nodes)) return 'aif';
			if (Object.hasOwn(value, 'claims') || Object.hasOwn(value, 'relations')) return 'json';
			return extension === 'json' ? 'json' : null;
		}
		// Broken JSON goes to the importer whose keys it has, which reports where it breaks. Text
		// that starts with `[Title]:` is Argdown.
		if (head.startsWith('{') || /^\[\s*[{"\]\d-]/.test(head)) {
			const sample = head.slice(0, 200_000);
			if (/(?:^|[^\\])"(?:AIF|nodes|edges|nodeID|fromID)"\s*:/.test(sample)) return 'aif';
			return 'json';
		}
	}
	const sample = head.slice(0, 200_000);
	const top = sample.split('\n', 30).join('\n');
	if (KIALO_HEADER.test(top)) return 'kialo';
	if (/^\s*1\.\s/m.test(top) && KIALO_CHILD.test(sample)) return 'kialo';
	if (head.startsWith('===') || ARGDOWN_SIGNS.some((sign) => sign.test(sample))) return 'argdown';
	return null;
}
