import type { z } from 'zod';
import {
	ClaimSchema,
	DebateSchema,
	EventSchema,
	NO_CLAIMS,
	RelationSchema,
	type Debate
} from './schema';
import type { Issue } from './issues';
import { buildGraph } from './graph';
import { describeJsonSyntaxError, lineColumns } from './json-error';

export type ParseResult =
	| { ok: true; debate: Debate; warnings: Issue[] }
	| { ok: false; errors: Issue[]; warnings: Issue[] };

/** Parses JSON text, naming the line and column of a syntax error. */
export function parseDebateJson(text: string): ParseResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		return {
			ok: false,
			errors: [{ code: 'invalid-json', path: [], message: describeJsonError(text, error) }],
			warnings: []
		};
	}
	return parseDebate(data);
}

function describeJsonError(text: string, error: unknown): string {
	const { reason, offset } = describeJsonSyntaxError(text, error);
	if (offset === undefined) return `not valid JSON: ${reason}`;
	const [{ line, column }] = lineColumns(text, [offset]) as [{ line: number; column: number }];
	return `not valid JSON at line ${line}, column ${column}: ${reason}`;
}

/**
 * Validates the shape with zod, then what zod cannot see: that ids are unique and every
 * reference lands on something of the right kind. Adds what the model warns of (`buildGraph`).
 */
export function parseDebate(input: unknown): ParseResult {
	const checked = checkDebate(input);
	if (!checked.ok) return { ...checked, warnings: [] };
	return { ...checked, warnings: buildGraph(checked.debate).warnings };
}

/** `parseDebate` without the warnings, for a caller that has no use for them: an edit, a stored
 * map (on 10,000 claims, the graph the warnings need is a third of the time). */
export function checkDebate(
	input: unknown
): { ok: true; debate: Debate } | { ok: false; errors: Issue[] } {
	const shaped = DebateSchema.safeParse(input);
	if (!shaped.success) return { ok: false, errors: issuesOf(shaped, [], input) };
	const debate = shaped.data;
	const errors = checkReferences(debate);
	return errors.length ? { ok: false, errors } : { ok: true, debate };
}

const HeadSchema = DebateSchema.pick({
	$schema: true,
	id: true,
	title: true,
	question: true,
	resolution: true,
	summary: true
});
const HEAD_KEYS = Object.keys(HeadSchema.shape) as (keyof typeof HeadSchema.shape)[];
const ITEM_SCHEMAS = { claims: ClaimSchema, relations: RelationSchema, events: EventSchema };

/**
 * `checkDebate` of a document an edit made from a checked one, in the time of the edit rather
 * than of the map: the schema shapes only the map's own fields and the items in `changed` (by
 * identity: every other item is shared with the checked document); ids and references are
 * checked across the whole, as they reach across it. Sources and speakers are not edited.
 */
export function checkChanged(
	debate: Debate,
	changed: ReadonlySet<unknown>
): { ok: true; debate: Debate } | { ok: false; errors: Issue[] } {
	const head = Object.fromEntries(HEAD_KEYS.filter((k) => k in debate).map((k) => [k, debate[k]]));
	const errors = issuesOf(HeadSchema.safeParse(head), [], debate);
	if (!debate.claims.length) errors.push({ code: 'schema', path: ['claims'], message: NO_CLAIMS });
	for (const section of ['claims', 'relations', 'events'] as const) {
		debate[section].forEach((item, i) => {
			if (changed.has(item))
				errors.push(...issuesOf(ITEM_SCHEMAS[section].safeParse(item), [section, i], debate));
		});
	}
	if (errors.length) return { ok: false, errors };
	const references = checkReferences(debate);
	return references.length ? { ok: false, errors: references } : { ok: true, debate };
}

/** A schema's issues on the part of `input` at `at`, with their paths from `input`. */
function issuesOf(
	result: { success: boolean; error?: z.ZodError },
	at: (string | number)[],
	input: unknown
): Issue[] {
	return (result.error?.issues ?? []).flatMap((issue) =>
		fromZod({ ...issue, path: [...at, ...issue.path] } as z.core.$ZodIssue, input)
	);
}

function fromZod(issue: z.core.$ZodIssue, input: unknown): Issue[] {
	const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
	// One issue per unknown field, at the field itself, so "qoute" is named by its own path.
	if (issue.code === 'unrecognized_keys') {
		return issue.keys.map((key) => ({
			code: 'schema',
			path: [...path, key],
			message: `unknown field "${key}"`
		}));
	}
	if (isMissing(input, path)) {
		const expected =
			issue.code === 'invalid_type'
				? `expected ${issue.expected}`
				: issue.code === 'invalid_value'
					? `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
					: undefined;
		const message = `missing required field${expected ? ` (${expected})` : ''}`;
		return [{ code: 'schema', path, message }];
	}
	return [{ code: 'schema', path, message: issue.message }];
}

/** Whether the last key of `path` is absent from an object that the rest of `path` reaches. */
function isMissing(input: unknown, path: (string | number)[]): boolean {
	if (path.length === 0) return false;
	let parent = input;
	for (const key of path.slice(0, -1)) {
		if (typeof parent !== 'object' || parent === null) return false;
		parent = (parent as Record<string | number, unknown>)[key];
	}
	return (
		typeof parent === 'object' &&
		parent !== null &&
		!Array.isArray(parent) &&
		!Object.hasOwn(parent, path.at(-1)!)
	);
}

function checkReferences(debate: Debate): Issue[] {
	const errors: Issue[] = [];
	const firstSeen = new Map<string, string>();
	const unique = (
		section: 'sources' | 'speakers' | 'claims' | 'relations' | 'events',
		id: string,
		i: number,
		namespace: string
	) => {
		const key = `${namespace}:${id}`;
		const previous = firstSeen.get(key);
		if (previous) {
			errors.push({
				code: 'duplicate-id',
				path: [section, i, 'id'],
				message: `duplicate id "${id}": already used by ${previous}`
			});
		} else firstSeen.set(key, `${section}[${i}]`);
	};
	debate.sources.forEach((s, i) => unique('sources', s.id, i, 'source'));
	debate.speakers.forEach((s, i) => unique('speakers', s.id, i, 'speaker'));
	// Claims and relations share one namespace: an undercut's `to` names a relation.
	debate.claims.forEach((c, i) => unique('claims', c.id, i, 'node'));
	debate.relations.forEach((r, i) => unique('relations', r.id, i, 'node'));
	// ...and so do events, so that one id never names two things in a link or a timeline.
	debate.events.forEach((e, i) => unique('events', e.id, i, 'node'));

	const claimIds = new Set(debate.claims.map((c) => c.id));
	const relationIds = new Set(debate.relations.map((r) => r.id));
	const speakerIds = new Set(debate.speakers.map((s) => s.id));
	const sourceIds = new Set(debate.sources.map((s) => s.id));

	debate.claims.forEach((claim, i) => {
		if (claim.speaker !== undefined && !speakerIds.has(claim.speaker)) {
			errors.push(dangling(['claims', i, 'speaker'], claim.speaker, 'speaker'));
		}
		if (claim.source !== undefined && !sourceIds.has(claim.source)) {
			errors.push(dangling(['claims', i, 'source'], claim.source, 'source'));
		}
	});

	debate.relations.forEach((relation, i) => {
		if (!claimIds.has(relation.from)) {
			errors.push(
				relationIds.has(relation.from)
					? {
							code: 'relation-target',
							path: ['relations', i, 'from'],
							message: `"${relation.from}" is a relation: a relation always starts at a claim`
						}
					: dangling(['relations', i, 'from'], relation.from, 'claim')
			);
		}
		if (relation.from === relation.to) {
			errors.push({
				code: 'self-relation',
				path: ['relations', i, 'to'],
				message: `relation "${relation.id}" points at its own source "${relation.to}"`
			});
		} else if (relation.kind === 'undercuts') {
			if (relation.to === relation.id) {
				errors.push({
					code: 'self-relation',
					path: ['relations', i, 'to'],
					message: `undercut "${relation.id}" attacks itself`
				});
			} else if (claimIds.has(relation.to)) {
				errors.push({
					code: 'undercut-target',
					path: ['relations', i, 'to'],
					message: `an undercut attacks a relation, but "${relation.to}" is a claim (use "rebuts" to attack a claim)`
				});
			} else if (!relationIds.has(relation.to)) {
				errors.push(dangling(['relations', i, 'to'], relation.to, 'relation'));
			}
		} else if (!claimIds.has(relation.to)) {
			errors.push(
				relationIds.has(relation.to)
					? {
							code: 'relation-target',
							path: ['relations', i, 'to'],
							message: `"${relation.to}" is a relation: only an undercut attacks a relation; "${relation.kind}" needs a claim`
						}
					: dangling(['relations', i, 'to'], relation.to, 'claim')
			);
		}
	});

	debate.events.forEach((event, i) => {
		event.claims.forEach((id, j) => {
			if (claimIds.has(id)) return;
			errors.push(
				relationIds.has(id)
					? {
							code: 'relation-target',
							path: ['events', i, 'claims', j],
							message: `"${id}" is a relation: an event bears on claims`
						}
					: dangling(['events', i, 'claims', j], id, 'claim')
			);
		});
		if (event.source !== undefined && !sourceIds.has(event.source)) {
			errors.push(dangling(['events', i, 'source'], event.source, 'source'));
		}
	});

	if (debate.resolution !== undefined && !claimIds.has(debate.resolution)) {
		errors.push(dangling(['resolution'], debate.resolution, 'claim'));
	}
	return errors;
}

function dangling(path: Issue['path'], id: string, what: string): Issue {
	return { code: 'dangling-id', path, message: `no ${what} has the id "${id}"` };
}
