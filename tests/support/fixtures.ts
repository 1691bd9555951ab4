import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	buildGraph,
	formatIssue,
	parseDebate,
	parseDebateJson,
	type ArgumentGraph,
	type ParseResult
} from '../../src/lib/model';
import type { Claim, Debate, Relation, RelationKind } from '../../src/lib/model/schema';

/**
 * The debates unit tests are written against: builders for small hand-made debates, and the one
 * loader of the bundled debate and of the article it maps.
 */

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUNDLED_FILE = path.join(ROOT, 'data/debates/sta-renewal.json');
/** The translated news article the bundled debate maps. Not in the repository: CI checks it out
 * beside the clone, in `../shared/seed`. */
export const SEED_ARTICLE_FILE = path.resolve(ROOT, '../shared/seed/000_1707f425681ecf83.txt');

/** A relation written `[from, kind, to, id?]`. */
export type Edge = [from: string, kind: RelationKind, to: string, id?: string];

/** A claim whose text is "Claim <id>." unless `fields` says otherwise. */
export const claim = (id: string, fields: Partial<Omit<Claim, 'id'>> = {}): Claim => ({
	id,
	text: `Claim ${id}.`,
	...fields
});

/** A relation whose id, unless given, names its ends and kind: `a-rebuts-b`. */
export const relation = (
	from: string,
	kind: RelationKind,
	to: string,
	id = `${from}-${kind}-${to}`
): Relation => ({ id, from, to, kind });

/**
 * A debate with every list the schema fills in present, so it can go to `buildGraph` as it is or
 * through `parseDebate`. Claims may be given by id alone, relations as `Edge`s.
 */
export function debate(
	claims: (string | Claim)[],
	relations: (Edge | Relation)[] = [],
	fields: Partial<Debate> = {}
): Debate {
	return {
		id: 'test',
		title: 'Test',
		sources: [],
		speakers: [],
		claims: claims.map((c) => (typeof c === 'string' ? claim(c) : c)),
		relations: relations.map((r) => (Array.isArray(r) ? relation(...r) : r)),
		events: [],
		...fields
	};
}

/** Parses a debate that must be valid, so the schema's defaults are filled in; throws with its
 * errors, by path, when it is not. */
export const parsed = (input: unknown, name = 'the test debate'): Debate =>
	valid(parseDebate(input), name);

function valid(result: ParseResult, name: string): Debate {
	if (!result.ok) {
		throw new Error(`${name} is invalid:\n${result.errors.map((e) => formatIssue(e)).join('\n')}`);
	}
	return result.debate;
}

/** The graph of a debate that must be valid. */
export const graphOf = (input: unknown, name?: string): ArgumentGraph =>
	buildGraph(parsed(input, name));

/** A debate file, read and parsed; a path relative to the repository's root. */
export function loadDebate(file: string): Debate {
	const absolute = path.resolve(ROOT, file);
	let text: string;
	try {
		text = readFileSync(absolute, 'utf8');
	} catch (error) {
		throw new Error(`cannot read the debate ${file}: ${(error as Error).message}`);
	}
	return valid(parseDebateJson(text), file);
}

/** The bundled debate (sta-renewal), parsed afresh on each call: tests may change what they get. */
export const loadBundled = (): Debate => loadDebate(BUNDLED_FILE);

/**
 * The article the bundled debate quotes. Tests of quotes fail, not skip, without it: a skipped
 * check reads as a passed one.
 */
export function readSeedArticle(): string {
	if (!existsSync(SEED_ARTICLE_FILE)) {
		throw new Error(
			`the seed article is missing: ${SEED_ARTICLE_FILE}. The bundled debate's quotes are ` +
				'checked against it; put the shared seed folder beside the clone (CI does) and rerun.'
		);
	}
	return readFileSync(SEED_ARTICLE_FILE, 'utf8');
}
