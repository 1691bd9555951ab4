import { zoom, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { CARD } from '$lib/scene/cards';
import { fittedView, NARROW_PX } from '$lib/scene/fit';
import { READING_PX } from '$lib/scene/lod';
import {
	centredOn,
	fitScale,
	fitZoom,
	IDENTITY,
	type Frame,
	type Rect,
	type Zoom
} from '$lib/scene/viewport';
import type { Explorer, Point } from '$lib/stores/explorer.svelte';
import { ZOOM_LIMITS } from '$lib/url/state';
import type { Direction } from '$lib/view/outline';

/**
 * What the map does with the keyboard, the pointer and the zoom, whichever renderer draws it:
 * each renderer says only where a card is (an element, or a hit test).
 */

export interface MapControls {
	zoomBy(factor: number): void;
	fitAll(): void;
}

const ARROWS: Record<string, Direction> = {
	ArrowUp: 'parent',
	ArrowDown: 'child',
	ArrowLeft: 'previous',
	ArrowRight: 'next',
	Home: 'root'
};

/**
 * The map's keys: arrows move along relations, Enter selects, + - 0 zoom, C collapses or expands
 * the claims that answer the keyboard's claim. Returns the claim the keyboard is on when it moved
 * or folded, for the renderer to show.
 */
export function mapKey(event: KeyboardEvent, explorer: Explorer, map: MapControls): string | null {
	const direction = ARROWS[event.key];
	if (direction) {
		event.preventDefault();
		return explorer.move(direction);
	}
	if (event.key === 'Enter' || event.key === ' ') {
		event.preventDefault();
		explorer.select(explorer.cursor);
	} else if (event.key === '+' || event.key === '=') map.zoomBy(1.25);
	else if (event.key === '-') map.zoomBy(0.8);
	else if (event.key === '0') map.fitAll();
	else if (event.key === 'c' || event.key === 'C') {
		explorer.toggleCollapsed(explorer.cursor);
		return explorer.cursor;
	}
	return null;
}

/**
 * d3-zoom as the map uses it: the wheel zooms anywhere, a press pans only off the cards (a press
 * on a card is theirs, to drag), a second finger makes a pinch wherever the first came down; up
 * to `ceiling`.
 */
export function mapZoom<E extends Element>(
	onCard: (event: MouseEvent) => boolean,
	ceiling: number,
	zoomed: (transform: ZoomTransform) => void
): ZoomBehavior<E, unknown> {
	return zoom<E, unknown>()
		.scaleExtent([ZOOM_LIMITS.min, ceiling])
		.filter(
			(event: Event) =>
				event.type === 'wheel' ||
				(event.type === 'touchstart' && (event as TouchEvent).touches.length > 1) ||
				(!(event as MouseEvent).button &&
					!(event as MouseEvent).ctrlKey &&
					!onCard(event as MouseEvent))
		)
		.on('zoom', (event: { transform: ZoomTransform }) => zoomed(event.transform));
}

/**
 * What the screen shows before any zoom (the SVG's viewBox): the map, or the band around the
 * resolution a phone, or a large map while it is folded, gets (`fittedView`). Expanded whole, a
 * large map is fitted whole, as the reader asked to see all of it.
 */
export function mapView(explorer: Explorer, frame: Frame): Rect {
	return fittedView(
		explorer.layout.bounds,
		frame,
		explorer.position(explorer.graph.resolution),
		frame.width < NARROW_PX || (explorer.defaultCollapse().size > 0 && explorer.hidden.size > 0)
	);
}

/** The zoom that fits the claims shown: the whole map, or what the filters and focus leave. */
export function fitShown(explorer: Explorer, view: Rect, ceiling: number): Zoom {
	if (explorer.visible.size === explorer.graph.claims.size) return IDENTITY;
	return fitZoom(
		[...explorer.visible].map((claim) => explorer.box(claim)),
		view,
		{ min: ZOOM_LIMITS.min, max: ceiling }
	);
}

/** The zoom that brings a claim to the middle of the map, zoomed in enough to read its card. */
export function centreOn(
	explorer: Explorer,
	claim: string,
	at: { view: Rect; frame: Frame; k: number; ceiling: number }
): Zoom {
	const fitted = fitScale(at.view, at.frame);
	const readable = fitted > 0 ? READING_PX / (fitted * CARD.fontSize) : 1;
	return centredOn(
		explorer.position(claim),
		Math.min(Math.max(at.k, readable), at.ceiling),
		at.view
	);
}

/**
 * Dragging a card pins it where it is dropped; a press that does not move is a click (on the
 * card's collapse badge, `fold`, a click collapses or expands).
 */
export class CardDrag {
	moved = false;
	readonly fold: boolean;
	readonly #start: { x: number; y: number };
	readonly #from: Point;
	constructor(
		readonly claim: string,
		readonly pointer: number,
		event: PointerEvent,
		from: Point,
		options: { fold?: boolean } = {}
	) {
		this.fold = !!options.fold;
		this.#start = { x: event.clientX, y: event.clientY };
		this.#from = from;
	}

	/** Where the card goes for a pointer move, `scale` screen px per layout unit; `null` while
	 * the pointer has moved too little to be a drag. */
	to(event: PointerEvent, scale: number): Point | null {
		const dx = event.clientX - this.#start.x;
		const dy = event.clientY - this.#start.y;
		if (!this.moved && Math.hypot(dx, dy) < 4) return null;
		this.moved = true;
		return {
			x: Math.round((this.#from.x + dx / scale) * 10) / 10,
			y: Math.round((this.#from.y + dy / scale) * 10) / 10
		};
	}
}
