import { quadtree, type Quadtree } from 'd3-quadtree';
import type { Box } from './geometry';

/** A card on the map: its box (centre and size, layout units) and its place in the drawing order. */
export interface PlacedCard extends Box {
	id: string;
	order: number;
}

/**
 * A spatial index of the cards: which card is under a point, which cards a rectangle shows.
 * The quadtree holds card centres; a query widens its rectangle by the largest half card, then
 * checks each candidate's own box. Where cards overlap, the one drawn last (on top) wins.
 */
export interface CardIndex {
	readonly size: number;
	/** The rectangle the cards cover, top left at (x, y); empty at the origin with no cards. */
	readonly bounds: Box;
	/** The card drawn on top at (x, y), or `null` on the background. */
	at(x: number, y: number): PlacedCard | null;
	/** The cards that reach into the rectangle, in drawing order. */
	within(left: number, top: number, right: number, bottom: number): PlacedCard[];
}

export function indexCards(cards: readonly PlacedCard[]): CardIndex {
	const tree: Quadtree<PlacedCard> = quadtree<PlacedCard>()
		.x((card) => card.x)
		.y((card) => card.y)
		.addAll(cards as PlacedCard[]);
	let halfWidth = 0;
	let halfHeight = 0;
	let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const card of cards) {
		halfWidth = Math.max(halfWidth, card.width / 2);
		halfHeight = Math.max(halfHeight, card.height / 2);
		left = Math.min(left, card.x - card.width / 2);
		right = Math.max(right, card.x + card.width / 2);
		top = Math.min(top, card.y - card.height / 2);
		bottom = Math.max(bottom, card.y + card.height / 2);
	}
	const bounds = cards.length
		? { x: left, y: top, width: right - left, height: bottom - top }
		: { x: 0, y: 0, width: 0, height: 0 };
	const overlaps = (card: PlacedCard, left: number, top: number, right: number, bottom: number) =>
		card.x + card.width / 2 >= left &&
		card.x - card.width / 2 <= right &&
		card.y + card.height / 2 >= top &&
		card.y - card.height / 2 <= bottom;

	function within(left: number, top: number, right: number, bottom: number): PlacedCard[] {
		const found: PlacedCard[] = [];
		// Centres that can reach the rectangle lie within it widened by the largest half card.
		const [x0, y0, x1, y1] = [
			left - halfWidth,
			top - halfHeight,
			right + halfWidth,
			bottom + halfHeight
		];
		tree.visit((node, nx0, ny0, nx1, ny1) => {
			if (!node.length) {
				let leaf: typeof node | undefined = node;
				while (leaf && !leaf.length) {
					const card = (leaf as { data: PlacedCard }).data;
					if (overlaps(card, left, top, right, bottom)) found.push(card);
					leaf = (leaf as { next?: typeof node }).next;
				}
			}
			return nx0 > x1 || ny0 > y1 || nx1 < x0 || ny1 < y0;
		});
		return found.sort((a, b) => a.order - b.order);
	}

	return {
		size: cards.length,
		bounds,
		within,
		at(x, y) {
			const under = within(x, y, x, y);
			return under.length ? under[under.length - 1]! : null;
		}
	};
}

/** A card's collapse badge: centred on the foot of the card, `width` by `height` layout units. */
export interface BadgeSize {
	width: number;
	height: number;
}

/**
 * The card whose collapse badge is under (x, y), among the cards that show one, or `null`. The
 * badge hangs half below its card, so it is looked for around the point, not in the card's box.
 */
export function badgeAt(
	index: CardIndex,
	x: number,
	y: number,
	size: BadgeSize,
	shows: (card: PlacedCard) => boolean
): PlacedCard | null {
	const [w, h] = [size.width / 2, size.height / 2];
	const near = index.within(x - w, y - h, x + w, y + h);
	for (let i = near.length - 1; i >= 0; i--) {
		const card = near[i]!;
		if (Math.abs(x - card.x) <= w && Math.abs(y - (card.y + card.height / 2)) <= h && shows(card))
			return card;
	}
	return null;
}
