import { parseTree, type ParseError } from 'jsonc-parser';
import type { IoIssue } from '../types';

/**
 * The `view` member of a Crux JSON file: the view the map was sent with. It is not part of the
 * map, so it is taken out before the map is checked. The text keeps its length and lines (the
 * member and its comma become spaces), so every other issue keeps its line and column.
 */
export function takeView(text: string): { rest: string; view?: string; issue?: IoIssue } {
	const errors: ParseError[] = [];
	const root = parseTree(text, errors, { disallowComments: true });
	// Text that is not JSON is left whole, so the map's checks report its error where it is.
	if (errors.length || root?.type !== 'object') return { rest: text };
	const members = root.children ?? [];
	const at = members.findIndex((member) => member.children?.[0]?.value === 'view');
	if (at < 0) return { rest: text };
	const member = members[at]!;
	const value = member.children?.[1];
	// Blank the member with the comma that joins it to its neighbours: the one after it, or
	// before it when it is the last.
	let start = member.offset;
	let end = member.offset + member.length;
	const after = /^\s*,/.exec(text.slice(end));
	if (after) end += after[0].length;
	else if (at > 0) {
		const previous = members[at - 1]!;
		start = previous.offset + previous.length;
	}
	const rest =
		text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);
	if (value?.type === 'string') return { rest, view: value.value as string };
	return {
		rest,
		issue: {
			message: 'view: ignored: not a view (the text of an address after its "?")',
			path: ['view']
		}
	};
}
