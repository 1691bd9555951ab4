import {
	ClaimSchema,
	DebateSchema,
	EventSchema,
	RelationSchema,
	SourceSchema,
	SpeakerSchema,
	parseDebateJson,
	type Debate,
	type Issue,
	withSafeLink
} from '../model';
import { stripBom } from './common';
import { withPositions } from './json-text';
import type { IoIssue, IoResult } from './types';

/**
 * Crux JSON, the app's own format (`src/lib/model/schema.ts`): `parseDebateJson` with its issues
 * given the line and column of the field they name.
 */
export function parse(text: string): IoResult {
	const source = stripBom(text);
	const parsed = parseDebateJson(source);
	if (parsed.ok) {
		return {
			ok: true,
			debate: parsed.debate,
			warnings: withPositions(source, parsed.warnings.map(toIoIssue))
		};
	}
	return {
		ok: false,
		errors: withPositions(source, parsed.errors.map(toIoIssue)),
		warnings: withPositions(source, parsed.warnings.map(toIoIssue))
	};
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

/** Keys in the order the schema declares them: the order of every file Crux writes. */
const ORDER = {
	debate: Object.keys(DebateSchema.shape),
	source: Object.keys(SourceSchema.shape),
	speaker: Object.keys(SpeakerSchema.shape),
	claim: Object.keys(ClaimSchema.shape),
	relation: Object.keys(RelationSchema.shape),
	event: Object.keys(EventSchema.shape)
};

function ordered<T extends object>(value: T, keys: string[]): T {
	const out: Record<string, unknown> = {};
	for (const key of keys) {
		const field = (value as Record<string, unknown>)[key];
		if (field !== undefined) out[key] = field;
	}
	return out as T;
}

/** Pretty JSON (tabs) with the schema's key order, so that the same debate gives the same text. */
export function serialize(debate: Debate): string {
	const out = ordered(
		{
			...debate,
			sources: debate.sources.map((s) => ordered(withSafeLink(s), ORDER.source)),
			speakers: debate.speakers.map((s) => ordered(s, ORDER.speaker)),
			claims: debate.claims.map((c) => ordered(c, ORDER.claim)),
			relations: debate.relations.map((r) => ordered(r, ORDER.relation)),
			events: debate.events.map((e) => ordered(e, ORDER.event))
		},
		ORDER.debate
	);
	return `${JSON.stringify(out, null, '\t')}\n`;
}
