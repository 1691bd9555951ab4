import { CLAIM_KINDS, type Claim, type ClaimKind } from '../../model';
import { fitText, isObject } from '../common';
import type { Entry, Warn } from './syntax';

export const CLAIM_DATA_KEYS = [
	'title',
	'kind',
	'speaker',
	'quote',
	'source',
	'paragraph',
	'later',
	'note'
] as const;
/** Read too: the exact text and topics, when writing them on one line had to change them. */
const DATA_KEYS: readonly string[] = [...CLAIM_DATA_KEYS, 'text', 'topics'];

/**
 * Sets the claim fields that an entry's JSON-style data names (`{"kind": "evidence", ...}`); a
 * field with a bad value, an unknown field and YAML data that is not JSON are warnings.
 */
export function applyData(
	claim: Claim,
	entry: Entry,
	known: { speakers: Set<string>; sources: Set<string> },
	warn: Warn
) {
	for (const data of entry.data) {
		if (!data.json || !isObject(data.value)) {
			warn(
				'YAML data is ignored: Crux reads only JSON-style data with claim fields (title, kind, speaker, quote, source, paragraph, later, note)',
				data.line
			);
			continue;
		}
		const unknown: string[] = [];
		for (const [key, value] of Object.entries(data.value)) {
			if (!DATA_KEYS.includes(key)) {
				unknown.push(key);
				continue;
			}
			const bad = (why: string) => warn(`data "${key}" ${why}: it is ignored`, data.line);
			switch (key) {
				case 'kind':
					if ((CLAIM_KINDS as readonly unknown[]).includes(value)) claim.kind = value as ClaimKind;
					else bad(`is not one of ${CLAIM_KINDS.join(', ')}`);
					break;
				case 'speaker':
					if (typeof value === 'string' && known.speakers.has(value)) claim.speaker = value;
					else bad('names no speaker of the frontmatter');
					break;
				case 'source':
					if (typeof value === 'string' && known.sources.has(value)) claim.source = value;
					else bad('names no source of the frontmatter');
					break;
				case 'paragraph':
					if (Number.isInteger(value) && (value as number) >= 1) claim.paragraph = value as number;
					else bad('is not a whole number from 1');
					break;
				case 'later':
					if (typeof value === 'boolean') claim.later = value;
					else bad('is not true or false');
					break;
				case 'topics': {
					const topics = Array.isArray(value)
						? value.filter((t): t is string => typeof t === 'string' && !!t.trim())
						: [];
					if (Array.isArray(value) && topics.length === value.length && topics.length) {
						claim.topics = topics;
					} else bad('is not a list of texts');
					break;
				}
				case 'title':
					if (typeof value === 'string' && value.trim() && value.trim().length <= 40)
						claim.title = value.trim();
					else bad('is not a text of 1 to 40 characters');
					break;
				case 'text': {
					const fitted = typeof value === 'string' ? fitText(value) : { text: '' };
					if (fitted.text && !fitted.full) claim.text = fitted.text;
					else bad('is not a text of 1 to 500 characters');
					break;
				}
				default:
					if (typeof value === 'string' && value.trim()) claim[key as 'quote' | 'note'] = value;
					else bad('is not a text');
			}
		}
		if (unknown.length) {
			warn(`data Crux does not use: ${unknown.map((k) => `"${k}"`).join(', ')}`, data.line);
		}
	}
}
