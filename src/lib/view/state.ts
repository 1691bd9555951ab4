import * as z from 'zod/mini';
import { RELATION_KINDS, SIDES } from '$lib/model/vocabulary';

/**
 * Everything a reader can change about what they see: the whole of it lives in the URL, so a link
 * reproduces the view. `zod/mini` keeps the validator small enough to ship to the browser.
 */
export const VIEWS = ['map', 'outline'] as const;
export const MAX_FOCUS = 6;
export const ZOOM_LIMITS = { min: 0.25, max: 8, offset: 1e6 } as const;

const Id = z.string().check(z.minLength(1), z.maxLength(200));
const Coordinate = z.number().check(z.gte(-ZOOM_LIMITS.offset), z.lte(ZOOM_LIMITS.offset));

export const ViewStateSchema = z.object({
	claim: z.nullable(Id),
	view: z.enum(VIEWS),
	/** Show only claims within this many relations of the selected claim. */
	focus: z.nullable(z.int().check(z.gte(1), z.lte(MAX_FOCUS))),
	filters: z.object({
		speakers: z.array(Id),
		topics: z.array(z.string().check(z.maxLength(200))),
		kinds: z.array(z.enum(RELATION_KINDS)),
		sides: z.array(z.enum(SIDES))
	}),
	query: z.string().check(z.maxLength(200)),
	/** The map's zoom in layout units; `null` is "fitted to the screen". */
	zoom: z.nullable(
		z.object({
			k: z.number().check(z.gte(ZOOM_LIMITS.min), z.lte(ZOOM_LIMITS.max)),
			x: Coordinate,
			y: Coordinate
		})
	),
	/** Cards the reader dragged, in layout units. */
	pins: z.array(z.tuple([Id, Coordinate, Coordinate]))
});

export type ViewState = z.infer<typeof ViewStateSchema>;
export type Zoom = NonNullable<ViewState['zoom']>;

export const DEFAULT_VIEW: ViewState = {
	claim: null,
	view: 'map',
	focus: null,
	filters: { speakers: [], topics: [], kinds: [], sides: [] },
	query: '',
	zoom: null,
	pins: []
};
