import type { Label } from '$lib/analysis';
import type { MARK } from './symbols';

/** A claim's standing in words and a mark, so colour is never the only signal. */
export const LABEL_TEXT: Record<Label, string> = { in: 'Stands', out: 'Falls', undec: 'Open' };
export const LABEL_GLYPH: Record<Label, string> = { in: '✓', out: '✗', undec: '?' };
export const LABEL_MEANING: Record<Label, string> = {
	in: 'stands (in): every rebuttal of it falls',
	out: 'falls (out): a rebuttal of it stands',
	undec: 'open (undecided): its rebuttals neither stand nor fall'
};
export const LABEL_MARK: Record<Label, keyof typeof MARK> = {
	in: 'stands',
	out: 'falls',
	undec: 'unknown'
};
