import { parseDebateJson, type Issue } from '../../model';
import { stripBom } from '../common';
import { withPositions } from '../json-text';
import type { IoIssue, IoResult } from '../types';
import { takeView } from './view';

export { serialize } from './serialize';

/**
 * Crux JSON, the app's own format (`src/lib/model/schema.ts`): `parseDebateJson` with its issues
 * given the line and column of the field they name.
 */
export function parse(text: string): IoResult {
	const source = stripBom(text);
	// A file Crux wrote for sharing carries the view it was sent with beside the map.
	const { rest, view, issue } = takeView(source);
	const parsed = parseDebateJson(rest);
	const warnings = withPositions(source, [
		...(issue ? [issue] : []),
		...parsed.warnings.map(toIoIssue)
	]);
	if (parsed.ok) {
		return { ok: true, debate: parsed.debate, warnings, ...(view === undefined ? {} : { view }) };
	}
	return { ok: false, errors: withPositions(source, parsed.errors.map(toIoIssue)), warnings };
}

function toIoIssue(issue: Issue): IoIssue {
	if (issue.code === 'invalid-json') {
		const at = /^not valid JSON at line (\d+), column (\d+): /.exec(issue.message);
		if (at) {
			return {
				message: `not valid JSON: ${issue.message.slice(at[0].length)}`,
				line: Number(at[1]),
				column: Number(at[2])
			};
		}
		return { message: issue.message };
	}
	return { message: issue.message, path: issue.path };
}
