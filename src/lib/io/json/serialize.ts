import {
	ClaimSchema,
	DebateSchema,
	EventSchema,
	RelationSchema,
	SourceSchema,
	SpeakerSchema,
	type Debate,
	withSafeLink
} from '../../model';

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

/**
 * Pretty JSON (tabs) with the schema's key order, so that the same debate gives the same text.
 * `view`, when given, is the view the map is sent with (the address's query, as in a map link),
 * written last.
 */
export function serialize(debate: Debate, view?: string): string {
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
	if (view !== undefined) Object.assign(out, { view });
	return `${JSON.stringify(out, null, '\t')}\n`;
}
