import { parseDebate } from '../model/parse';
import type { Debate } from '../model/schema';
import { addClaim, addUndercut, deleteClaim, editClaim } from './claims';
import {
	refuse,
	type Command,
	type CommandOf,
	type CommandType,
	type Compiled,
	type Refusal
} from './commands';
import { slug } from './ids';
import { linkClaims, removeRelation, renameMap, setRelationKind } from './relations';
import { applyPatch, isEmptyPatch, type Patch } from './patch';
import { check } from './validate';

export interface Applied {
	ok: true;
	debate: Debate;
	/** What the command did, to redo it. */
	patch: Patch;
	/** What undoes it: `applyPatch(debate, inverse)` gives back the document it was applied to. */
	inverse: Patch;
	/** The command with the ids it made filled in (a new claim's `id`, to select it). */
	command: Command;
}

/**
 * Carries out one edit, or refuses it with the field and the reason. Either way `debate` is left
 * as it was; the result shares every claim, relation and event the edit did not touch. An edit
 * that changes nothing (a form saved as it was) gives an empty patch and the same document.
 */
export function apply(debate: Debate, command: Command): Applied | Refusal {
	const compiled = compile(debate, command);
	if (!compiled.ok) return compiled;
	const { patch, subject, names } = compiled;
	if (isEmptyPatch(patch)) {
		return { ok: true, debate, patch, inverse: {}, command: compiled.command };
	}
	const result = applyPatch(debate, patch);
	const refusal = check(debate, result.debate, patch, subject, names);
	if (refusal) return refusal;
	return { ok: true, ...result, patch, command: compiled.command };
}

type Compiler<T extends CommandType> = (
	debate: Debate,
	command: CommandOf<T>
) => Compiled | Refusal;

const COMPILERS: { [T in CommandType]: Compiler<T> } = {
	addClaim,
	addUndercut,
	editClaim,
	deleteClaim,
	linkClaims,
	setRelationKind,
	removeRelation,
	renameMap
};

function compile(debate: Debate, command: Command): Compiled | Refusal {
	const compiler = Object.hasOwn(COMPILERS, command.type)
		? (COMPILERS[command.type] as Compiler<CommandType>)
		: undefined;
	// Commands may come from a saved log or another tab: say what arrived, do not throw.
	if (!compiler) return refuse('type', `no edit is called ${JSON.stringify(command.type)}`);
	return compiler(debate, command);
}

/**
 * A map with nothing but its resolution: the question the user asks, stated as the claim every
 * other claim will support or rebut. Its ids are made from the question's words.
 */
export function newMap(question: string): { ok: true; debate: Debate } | Refusal {
	const text = question.trim();
	const id = slug(text, 'resolution');
	const parsed = parseDebate({
		id: slug(text, 'map'),
		title: text,
		question: text,
		resolution: id,
		claims: [{ id, text, kind: 'resolution' }]
	});
	if (!parsed.ok) return refuse('question', parsed.errors[0]!.message);
	return { ok: true, debate: parsed.debate };
}
