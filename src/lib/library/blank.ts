import { slug } from '../edit/ids';
import { parseDebate } from '../model/parse';
import type { Debate } from '../model/schema';

/** The one claim of a new map: what the debate is about. */
export const RESOLUTION_ID = 'resolution';

/**
 * A new map: its title and its one claim are the question or resolution the author typed. The
 * model's own checks decide what is valid, and a refusal says what is wrong in the dialog's words.
 */
export function blankMap(
	resolution: string
): { ok: true; debate: Debate } | { ok: false; message: string } {
	const text = resolution.trim();
	const parsed = parseDebate({
		id: slug(text, 'my-map'),
		title: text,
		resolution: RESOLUTION_ID,
		claims: [{ id: RESOLUTION_ID, text, kind: 'resolution' }]
	});
	if (parsed.ok) return { ok: true, debate: parsed.debate };
	const error = parsed.errors[0]!;
	// The title and the claim are the same words: the claim's limit is the one that bites.
	const message = error.message.replace(/^a claim text/, 'the question or resolution');
	return { ok: false, message: text ? message : 'write the question or resolution' };
}
