import { describeJsonSyntaxError } from '../model/json-error';
import type { IoIssue } from './types';

/**
 * Helpers for JSON formats: the line and column of a syntax error, and of the fields that later
 * checks complain about.
 */

type Path = (string | number)[];

/** 1-based line and column of each offset, from one scan of the text. */
export function lineColumns(text: string, offsets: number[]): { line: number; column: number }[] {
	const starts = [0];
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return offsets.map((offset) => {
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (starts[mid]! <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo + 1, column: offset - starts[lo]! + 1 };
	});
}

/** Parses JSON, or returns the syntax error with its line and column. */
export function parseJson(
	text: string
): { ok: true; value: unknown } | { ok: false; issue: IoIssue } {
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch (error) {
		const { reason, offset } = describeJsonSyntaxError(text, error);
		const issue: IoIssue = { message: `not valid JSON: ${reason}` };
		if (offset !== undefined) Object.assign(issue, lineColumns(text, [offset])[0]);
		return { ok: false, issue };
	}
}

const keyOf = (path: Path) => JSON.stringify(path);

/**
 * Where each path starts in valid JSON text (an object member: where its key starts), or, for a
 * path that is not there (a missing field), where its deepest existing ancestor starts. One scan
 * that descends only into the containers on the way to a wanted path.
 */
export function locatePaths(text: string, paths: Path[]): Map<string, number> {
	const prefixes = new Set<string>();
	for (const path of paths)
		for (let k = 0; k <= path.length; k++) prefixes.add(keyOf(path.slice(0, k)));
	const found = new Map<string, number>();
	const n = text.length;
	let i = 0;
	const space = () => {
		while (i < n) {
			const c = text.charCodeAt(i);
			if (c === 32 || c === 9 || c === 10 || c === 13) i++;
			else break;
		}
	};
	const skipString = () => {
		i++;
		while (i < n) {
			const c = text.charCodeAt(i);
			if (c === 92) i += 2;
			else if (c === 34) return void i++;
			else i++;
		}
	};
	const skipValue = () => {
		const c = text.charCodeAt(i);
		if (c === 34) return skipString();
		if (c === 123 || c === 91) {
			let depth = 0;
			while (i < n) {
				const ch = text.charCodeAt(i);
				if (ch === 34) {
					skipString();
					continue;
				}
				if (ch === 123 || ch === 91) depth++;
				else if (ch === 125 || ch === 93) {
					depth--;
					if (depth === 0) return void i++;
				}
				i++;
			}
			return;
		}
		while (i < n && !',]} \t\r\n'.includes(text[i]!)) i++;
	};
	const visit = (path: Path, at: number) => {
		space();
		const key = keyOf(path);
		found.set(key, at);
		const c = text[i];
		if (c === '{') {
			i++;
			space();
			if (text[i] === '}') return void i++;
			while (i < n) {
				space();
				const keyStart = i;
				skipString();
				const name = JSON.parse(text.slice(keyStart, i)) as string;
				space();
				i++; // :
				space();
				const child = [...path, name];
				if (prefixes.has(keyOf(child))) visit(child, keyStart);
				else skipValue();
				space();
				if (text[i] === ',') i++;
				else return void i++;
			}
		} else if (c === '[') {
			i++;
			space();
			if (text[i] === ']') return void i++;
			for (let index = 0; i < n; index++) {
				space();
				const child = [...path, index];
				if (prefixes.has(keyOf(child))) visit(child, i);
				else skipValue();
				space();
				if (text[i] === ',') i++;
				else return void i++;
			}
		} else skipValue();
	};
	try {
		space();
		visit([], i);
	} catch {
		// Not valid JSON after all: positions found so far are still right.
	}
	const out = new Map<string, number>();
	for (const path of paths) {
		for (let k = path.length; k >= 0; k--) {
			const offset = found.get(keyOf(path.slice(0, k)));
			if (offset !== undefined) {
				out.set(keyOf(path), offset);
				break;
			}
		}
	}
	return out;
}

/** Adds the line and column of its `path` to every issue that has one. */
export function withPositions(text: string, issues: IoIssue[]): IoIssue[] {
	const located = issues.filter((issue) => issue.path && issue.line === undefined);
	if (!located.length) return issues;
	const offsets = locatePaths(
		text,
		located.map((issue) => issue.path!)
	);
	const keys = located.map((issue) => keyOf(issue.path!));
	const positions = lineColumns(
		text,
		keys.map((key) => offsets.get(key) ?? 0)
	);
	const byIssue = new Map(located.map((issue, k) => [issue, positions[k]!]));
	return issues.map((issue) => {
		const position = byIssue.get(issue);
		return position ? { ...issue, ...position } : issue;
	});
}
