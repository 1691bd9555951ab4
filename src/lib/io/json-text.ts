import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { describeJsonSyntaxError, lineColumns } from '../model/json-error';
import type { IoIssue } from './types';

/**
 * Helpers for JSON formats: the line and column of a syntax error, and of the fields that later
 * checks complain about (found by jsonc-parser's syntax tree).
 */

type Path = (string | number)[];

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
 * Where each path starts in JSON text (an object member: where its key starts), or, for a path
 * that is not there (a missing field), where its deepest existing ancestor starts.
 */
export function locatePaths(text: string, paths: Path[]): Map<string, number> {
	const root = parseTree(text, [], { disallowComments: true });
	const out = new Map<string, number>();
	if (!root) return out;
	for (const path of paths) {
		for (let k = path.length; k >= 0; k--) {
			const node = findNodeAtLocation(root, path.slice(0, k));
			if (!node) continue;
			out.set(keyOf(path), node.parent?.type === 'property' ? node.parent.offset : node.offset);
			break;
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
