import type { Claim, DebateInput, Relation, RelationKind } from '../../model';
import { Ids, finish, fitText, titleFromName, slugify, stripBom } from '../common';
import type { IoIssue, IoResult, ParseOptions } from '../types';

/**
 * Kialo's plain-text export:
 *
 * ```
 * Discussion Title: Should cities ban cars from their centres?
 *
 * 1. Cities should ban cars from their centres.
 * 1.1. Pro: Air quality improves where cars are banned.
 * 1.1.1. Con: Traffic moves to the ring roads.
 * 1.2. Con: -> See 1.1.1.
 * ```
 *
 * - Each numbered line is a claim; its id is its number without the last dot (`1.1.1`), so ids
 *   stay readable and stable. `1.` is the resolution. Pro = `supports`, Con = `rebuts`, from the
 *   claim to its parent (relation id `r` + the number: `r1.1.1`).
 * - A link line (`1.2. Con: -> See 1.1.1.`, with or without Pro/Con) adds one relation from the
 *   claim it names to its parent instead of a duplicate claim. Without Pro/Con it takes the kind
 *   of the linked claim's own relation (with a warning). A link to a claim not in the file is a
 *   warning, and the link is dropped.
 * - A line that is not a new numbered line (its number is taken, or its parent is missing) continues
 *   the text of the claim above: multi-line claims and numbered lists inside a claim survive.
 * - CRLF and CR line endings, a byte order mark and Kialo's backslash escapes (`\(`, `\*`, ...)
 *   are handled. A child without Pro/Con (the theses of a multi-thesis discussion) becomes a
 *   `supports` of its parent, kind `position`, with a warning.
 */
export function parse(text: string, options: ParseOptions = {}): IoResult {
	const lines = stripBom(text).split(/\r\n|\r|\n/);
	const warnings: IoIssue[] = [];
	const items = new Map<string, Item>();
	const order: Item[] = [];
	let title: string | undefined;
	let root: Item | undefined;
	let current: Item | undefined;

	for (let i = 0; i < lines.length; i++) {
		const raw = lines[i]!;
		const line = i + 1;
		if (!root && title === undefined) {
			const heading = /^\s*Discussion (?:Title|Name)\s*:\s*(.*)$/i.exec(raw);
			if (heading) {
				title = unescape(heading[1]!).trim();
				continue;
			}
		}
		const numbered = NUMBERED.exec(raw);
		if (numbered) {
			const path = numbered[1]!.slice(0, -1);
			const cut = path.lastIndexOf('.');
			const parent = cut < 0 ? undefined : path.slice(0, cut);
			const isNew = !items.has(path) && (root ? parent !== undefined && items.has(parent) : true);
			if (isNew) {
				const item = readItem(path, root ? parent : undefined, numbered[2] ?? '', line, !root);
				items.set(path, item);
				order.push(item);
				root ??= item;
				current = item;
				continue;
			}
		}
		if (!raw.trim()) {
			current?.text.push('');
			continue;
		}
		if (!current) {
			warnings.push({ message: 'text before the first numbered claim is ignored', line });
			continue;
		}
		if (current.link) {
			warnings.push({
				message: `text after the link "-> See ${current.link.target}." is ignored`,
				line
			});
			continue;
		}
		current.text.push(raw.trim());
	}
	if (!root) {
		return {
			ok: false,
			errors: [
				{
					message:
						'no claims: a Kialo export has numbered lines such as "1. The thesis" and "1.1. Pro: A reason"'
				}
			],
			warnings
		};
	}

	const ids = new Ids();
	const claims: Claim[] = [];
	const claimLines: number[] = [];
	const relations: Relation[] = [];
	const relationLines: number[] = [];
	const claimOf = new Map<string, string>();
	for (const item of order) {
		if (item.link) continue;
		const id = ids.take(item.path, 'claim');
		claimOf.set(item.path, id);
		const { text, full } = fitText(unescape(item.text.join('\n')));
		const claim: Claim = { id, text: text || '(no text)' };
		if (!text) warnings.push({ message: `claim ${item.path} has no text`, line: item.line });
		if (full) {
			claim.note = `Full text: ${full}`;
			warnings.push({
				message: `claim ${item.path} is longer than 500 characters: it is cut, and kept whole in its note`,
				line: item.line
			});
		}
		if (item === root) claim.kind = 'resolution';
		else if (!item.label) {
			claim.kind = 'position';
			warnings.push({
				message: `claim ${item.path} is neither Pro nor Con: it is taken to support ${item.parent}`,
				line: item.line
			});
		}
		claims.push(claim);
		claimLines.push(item.line);
	}

	/** The claim a numbered line stands for: itself, or the claim its link names. */
	const resolve = (path: string): string | undefined => {
		const seen = new Set<string>();
		for (
			let item = items.get(path);
			item;
			item = item.link ? items.get(item.link.target) : undefined
		) {
			if (!item.link) return claimOf.get(item.path);
			if (seen.has(item.path)) return undefined;
			seen.add(item.path);
		}
		return undefined;
	};
	const pairs = new Set<string>();
	for (const item of order) {
		if (item === root || item.parent === undefined) continue;
		const to = resolve(item.parent);
		if (to === undefined) continue; // its parent is a broken link, already reported
		let from: string | undefined;
		let kind: RelationKind;
		if (item.link) {
			from = resolve(item.link.target);
			if (from === undefined) {
				warnings.push({
					message: `the link to ${item.link.target} leads to no claim in this file: it is dropped`,
					line: item.line
				});
				continue;
			}
			const original = items.get(item.link.target);
			const inherited = original?.label ?? 'pro';
			if (!item.label) {
				warnings.push({
					message: `the link to ${item.link.target} says neither Pro nor Con: it is taken as ${inherited === 'pro' ? 'Pro' : 'Con'}, like the claim it names`,
					line: item.line
				});
			}
			kind = (item.label ?? inherited) === 'con' ? 'rebuts' : 'supports';
		} else {
			from = claimOf.get(item.path)!;
			kind = item.label === 'con' ? 'rebuts' : 'supports';
		}
		if (from === to) {
			warnings.push({
				message: `claim ${item.path} links ${item.parent} to itself: the link is dropped`,
				line: item.line
			});
			continue;
		}
		const pair = `${from}\u0000${kind}\u0000${to}`;
		if (pairs.has(pair)) {
			warnings.push({
				message: `claim ${item.path} repeats a relation already in the map: it is dropped`,
				line: item.line
			});
			continue;
		}
		pairs.add(pair);
		relations.push({ id: ids.take(`r${item.path}`), from, to, kind });
		relationLines.push(item.line);
	}

	const rootClaim = claims[0]!;
	const heading = title || titleFromName(options.name) || rootClaim.text;
	const input: DebateInput = {
		id: slugify(heading) || 'kialo-import',
		title: heading,
		resolution: rootClaim.id,
		claims,
		relations
	};
	if (title?.endsWith('?')) input.question = title;
	return finish(input, warnings, (section, index) => {
		const line = (section === 'claims' ? claimLines : relationLines)[index];
		return line === undefined ? undefined : { line };
	});
}

interface Item {
	path: string;
	parent?: string;
	label?: 'pro' | 'con';
	text: string[];
	link?: { target: string };
	line: number;
}

const NUMBERED = /^\s*((?:\d+\.)+)(?:\s+(.*))?$/;
const LABEL = /^(Pro|Con)\s*:\s*/i;
const LINK = /^->\s*See\s+((?:\d+\.)*\d+)\.?\s*$/i;

function readItem(
	path: string,
	parent: string | undefined,
	rest: string,
	line: number,
	isRoot: boolean
): Item {
	const item: Item = { path, text: [], line };
	if (parent !== undefined) item.parent = parent;
	let body = rest.trim();
	const label = LABEL.exec(body);
	if (label) {
		item.label = label[1]!.toLowerCase() as 'pro' | 'con';
		body = body.slice(label[0].length);
	}
	// The thesis is a claim of its own, never a link.
	const link = isRoot ? null : LINK.exec(body);
	if (link) item.link = { target: link[1]! };
	else item.text.push(body);
	return item;
}

/** Kialo escapes Markdown characters with a backslash: `\(`, `\*`, `\_`, `\\`. */
function unescape(text: string): string {
	return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
