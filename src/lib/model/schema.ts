import './jitless';
import { z } from 'zod';
import {
	CLAIM_KINDS,
	RELATION_KINDS,
	SIDES,
	type ClaimKind,
	type RelationKind,
	type Side
} from './vocabulary';
import { urlProblem } from './url';

/**
 * The debate file format. These schemas are the single source of truth for the model's types:
 * everything else uses `z.infer` of them. Objects are strict so that a typo in a hand-written
 * file ("qoute") is an error that names its path, not a silently dropped field.
 */

export { RELATION_KINDS, CLAIM_KINDS, SIDES };
export type { RelationKind, ClaimKind, Side };

const Id = z
	.string()
	.min(1, 'an id cannot be empty')
	.max(200, 'an id has at most 200 characters')
	// `*`, not `+`: an empty id gets the one message above, not two.
	.regex(/^\S*$/, 'an id has no white space');

const Text = z.string().trim().min(1, 'cannot be empty');

/** A link: trimmed, http(s) only (`url.ts`), with a message that says what is wrong. */
const HttpUrl = z
	.string()
	.trim()
	.superRefine((value, context) => {
		const problem = urlProblem(value);
		if (problem) context.addIssue({ code: 'custom', message: problem });
	});

/** ISO date (YYYY-MM-DD) or a partial one (YYYY-MM, YYYY). */
const IsoDate = z
	.string()
	.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is written YYYY-MM-DD, YYYY-MM or YYYY');

export const SourceSchema = z.strictObject({
	id: Id,
	title: Text,
	outlet: Text.optional(),
	author: Text.optional(),
	published: IsoDate.optional(),
	/** Only http(s): a map must not carry a link that runs script or leaves the web. */
	url: HttpUrl.optional(),
	note: Text.optional()
});

export const SpeakerSchema = z.strictObject({
	id: Id,
	name: Text,
	/** Every other name a source uses for this person (transliterations, misspellings). */
	aliases: z.array(Text).default([]),
	role: Text.optional(),
	affiliation: Text.optional()
});

export const ClaimSchema = z.strictObject({
	id: Id,
	/** The card text: a short paraphrase in the map author's own words. */
	text: Text.max(500, 'a claim text has at most 500 characters'),
	/**
	 * A few words naming the claim (Argdown's statement title): what its card shows when the map is
	 * zoomed out too far for the text. Without one, the card shows the start of the text.
	 */
	title: Text.max(40, 'a claim title has at most 40 characters').optional(),
	kind: z.enum(CLAIM_KINDS).optional(),
	speaker: Id.optional(),
	/** Verbatim words from `source`. */
	quote: Text.optional(),
	source: Id.optional(),
	/** 1-based number of the source paragraph (non-empty line) that holds the quote or claim. */
	paragraph: z.int().min(1).optional(),
	topics: z.array(Text).optional(),
	/** Set when the claim reports what happened after the source article was written. */
	later: z.boolean().optional(),
	note: Text.optional()
});

export const RelationSchema = z.strictObject({
	id: Id,
	/** Always a claim id. */
	from: Id,
	/** A claim id, except for `undercuts`, whose `to` is the id of the relation it attacks. */
	to: Id,
	kind: z.enum(RELATION_KINDS),
	note: Text.optional()
});

/**
 * A dated event the debate refers to (a signing, a sentence, an expiry), for a timeline. Its id
 * shares the one namespace of claims and relations; `claims` names the claims it bears on.
 */
export const EventSchema = z.strictObject({
	id: Id,
	/** As precise as the source is: YYYY-MM-DD, YYYY-MM or YYYY. */
	date: IsoDate,
	/** A short title in the map author's own words. */
	title: Text.max(80, 'an event title has at most 80 characters'),
	/** One or two sentences in the map author's own words. */
	text: Text.max(500, 'an event text has at most 500 characters').optional(),
	/** Verbatim words from `source`. */
	quote: Text.optional(),
	source: Id.optional(),
	/** 1-based number of the source paragraph (non-empty line) that gives the date. */
	paragraph: z.int().min(1).optional(),
	/** Ids of the claims the event bears on. */
	claims: z.array(Id),
	/** Set when the event happened after the source article was written. */
	later: z.boolean().optional(),
	note: Text.optional()
});

/** Why a debate with no claim is refused. */
export const NO_CLAIMS = 'a debate has at least one claim';

export const DebateSchema = z.strictObject({
	$schema: z.string().optional(),
	id: Id,
	title: Text,
	question: Text.optional(),
	/** Id of the root claim; when absent, the single claim that supports or rebuts nothing. */
	resolution: Id.optional(),
	summary: Text.optional(),
	sources: z.array(SourceSchema).default([]),
	speakers: z.array(SpeakerSchema).default([]),
	claims: z.array(ClaimSchema).min(1, NO_CLAIMS),
	relations: z.array(RelationSchema).default([]),
	/** Dated events, in any order: a timeline sorts them by `date`. */
	events: z.array(EventSchema).default([])
});

export type Source = z.infer<typeof SourceSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Relation = z.infer<typeof RelationSchema>;
/** Named so as not to shadow the DOM's `Event`. */
export type DebateEvent = z.infer<typeof EventSchema>;
export type Debate = z.infer<typeof DebateSchema>;
/** What a file may omit: the parsed `Debate` has its defaults filled in. */
export type DebateInput = z.input<typeof DebateSchema>;
