import type { DebateInput } from '../../model';
import { Ids, chooseResolution, finish, slugify, titleFromName } from '../common';
import type { IoIssue, IoResult, ParseOptions } from '../types';
import { argumentEnds, buildClaims, namedRelations } from './claims';
import { readList, type Frontmatter } from './frontmatter';
import type { Reading } from './read';
import { buildRelations } from './relations';
import type { Warn } from './syntax';

/**
 * The debate from what the text says: speakers and sources from the frontmatter, the claims,
 * the relations, then the title, question, summary and resolution. Validated by `finish`, with
 * each issue at the line of the statement or relation it is about.
 */
export function build(
	reading: Reading,
	frontmatter: Frontmatter,
	options: ParseOptions,
	warnings: IoIssue[],
	warn: Warn
): IoResult {
	const ids = new Ids();
	const fm = (key: string) => frontmatter.get(key);
	const speakers = readList(frontmatter, 'speakers', warn);
	const sources = readList(frontmatter, 'sources', warn);
	const ends = argumentEnds(reading.relations);
	const marked = namedRelations(reading.entries, ends, warn);
	const { claims, claimLines, claimOfEntry } = buildClaims(
		reading.entries,
		marked,
		{ speakers: new Set(speakers.map((s) => s.id)), sources: new Set(sources.map((s) => s.id)) },
		ids,
		warn
	);
	if (!claims.length) {
		return {
			ok: false,
			errors: [
				{ message: 'no statements: an Argdown map needs at least one statement or argument' }
			],
			warnings
		};
	}
	const { relations, relationLines } = buildRelations(
		reading,
		marked,
		claimOfEntry,
		ends,
		ids,
		warn
	);

	const text = (key: string) => {
		const value = fm(key)?.value;
		return typeof value === 'string' && value.trim() ? value.trim() : undefined;
	};
	const title =
		text('title') ?? reading.firstHeading ?? titleFromName(options.name) ?? 'Imported Argdown map';
	const wantedId = text('id');
	const input: DebateInput = {
		id: wantedId && /^\S{1,200}$/.test(wantedId) ? wantedId : slugify(title) || 'argdown-import',
		title,
		sources,
		speakers,
		claims,
		relations
	};
	const question = text('question');
	const summary = text('summary');
	if (question) input.question = question;
	if (summary) input.summary = summary;
	const resolution = text('resolution');
	if (resolution !== undefined) {
		if (claims.some((c) => c.id === resolution)) input.resolution = resolution;
		else
			warn(
				`the frontmatter names the resolution "${resolution}", which is no claim`,
				fm('resolution')!.line
			);
	}
	if (input.resolution === undefined) {
		const chosen = chooseResolution(input, warnings);
		if (chosen) input.resolution = chosen;
	}
	return finish(input, warnings, (section, index) => {
		const line = (section === 'claims' ? claimLines : relationLines)[index];
		return line === undefined ? undefined : { line };
	});
}
