import type { ClaimKind } from '../model/vocabulary';
import type { Patch } from './patch';

/**
 * The words of a claim an author can write. On an edit, an absent field is left as it is, and
 * `null` or blank text removes an optional one; text is trimmed as the schema trims it.
 */
export interface ClaimFields {
	text: string;
	title?: string | null;
	kind?: ClaimKind | null;
	/** A speaker's id. */
	speaker?: string | null;
	/** Verbatim words from `source`. */
	quote?: string | null;
	/** A source's id. */
	source?: string | null;
	paragraph?: number | null;
	topics?: readonly string[] | null;
}

/** A support or a rebuttal: the two relations that end at a claim. */
export type Stance = 'supports' | 'rebuts';

/**
 * Every edit of a map is one of these plain objects: the store applies them, the undo stack keeps
 * them, and none of them mutates the document. Ids left out are made from the claim's words.
 */
export type Command =
	/** A new claim that supports or rebuts `target`, with the relation that says so. */
	| {
			type: 'addClaim';
			target: string;
			stance: Stance;
			claim: ClaimFields;
			id?: string;
			relationId?: string;
	  }
	/** A new claim saying that relation `relation` does not hold ("even if A, it does not follow"). */
	| { type: 'addUndercut'; relation: string; claim: ClaimFields; id?: string; relationId?: string }
	| { type: 'editClaim'; claim: string; changes: Partial<ClaimFields> }
	/** Removes the claim, its relations and the undercuts aimed at them; events forget it. */
	| { type: 'deleteClaim'; claim: string }
	/** A relation between two claims that are already on the map. */
	| { type: 'linkClaims'; from: string; to: string; stance: Stance; id?: string }
	/** Turns a support into a rebuttal or back. */
	| { type: 'setRelationKind'; relation: string; stance: Stance }
	/** Removes the relation and the undercuts aimed at it; its claims stay. */
	| { type: 'removeRelation'; relation: string }
	/** The map's title and question; `null` or blank removes the question. */
	| { type: 'renameMap'; title?: string; question?: string | null };

export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/** Why an edit was refused, at the field of the command (`text`, `target`, `to`...) it is about. */
export interface Refusal {
	ok: false;
	field: string;
	message: string;
}

export const refuse = (field: string, message: string): Refusal => ({ ok: false, field, message });

/**
 * How the model's paths read in a command's words: `relations.to` of the relation an `addClaim`
 * makes is its `target`. Unnamed keys of a new or changed item keep their own name (`text`).
 */
export type FieldNames = Readonly<Record<string, string>>;

/** A command turned into the patch that carries it out, before the result is validated. */
export interface Compiled {
	ok: true;
	patch: Patch;
	/** The command with every id it creates filled in, so that a redo or a log names them. */
	command: Command;
	/** The field a refusal about the rest of the document is shown at. */
	subject: string;
	names?: FieldNames;
}
