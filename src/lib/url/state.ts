import type { z } from 'zod/mini';
import type { ViewStateSchema } from './state.schema';

/**
 * Everything a reader can change about what they see: the whole of it lives in the URL, so a link
 * reproduces the view. The zod schema in `state.schema.ts` defines it; this file holds what the
 * browser needs at run time (constants, defaults, types) without shipping the validator.
 */
export const VIEWS = [
	'map',
	'outline',
	'report',
	'brief',
	'practice',
	'speakers',
	'timeline'
] as const;
export const PRACTICE_MODES = ['choose', 'write'] as const;
export const MAX_FOCUS = 6;
/** `max` is what a link may ask for: a large map lets the reader zoom in until its text reads. */
export const ZOOM_LIMITS = { min: 0.25, max: 64, offset: 1e6 } as const;

export type ViewState = z.infer<typeof ViewStateSchema>;
export type Zoom = NonNullable<ViewState['zoom']>;

export const DEFAULT_VIEW: ViewState = {
	claim: null,
	view: 'map',
	focus: null,
	filters: { speakers: [], topics: [], kinds: [], sides: [] },
	query: '',
	zoom: null,
	collapsed: null,
	pins: [],
	standing: true,
	brief: 'affirmative',
	practice: 'choose',
	scenario: { rejected: [], accepted: [], base: [] }
};
