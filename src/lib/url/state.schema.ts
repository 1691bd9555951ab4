import * as z from 'zod/mini';
import { RELATION_KINDS, SIDES } from '$lib/model/vocabulary';
import { MAX_FOCUS, PRACTICE_MODES, VIEWS, ZOOM_LIMITS } from './state';

/** What a valid view state is; the link decoder's property tests hold it to this. */
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
	/** The claims whose answers are folded away; `null` is the map's own default. */
	collapsed: z.nullable(z.array(Id)),
	/** Cards the reader dragged, in layout units. */
	pins: z.array(z.tuple([Id, Coordinate, Coordinate])),
	/** Whose brief the brief view shows: a side, or the id of one position. */
	brief: z.union([z.enum(SIDES), Id]),
	/** How practice asks for the other side's rebuttal: choose among claims, or write it. */
	practice: z.enum(PRACTICE_MODES),
	/** Whether cards show which claims stand (label and strength). */
	standing: z.boolean(),
	/** The what-if: claims rejected or accepted, and base scores other than the default. */
	scenario: z.object({
		rejected: z.array(Id),
		accepted: z.array(Id),
		base: z.array(z.tuple([Id, z.number().check(z.gte(0), z.lte(1))]))
	})
});
