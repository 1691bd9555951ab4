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
	for (const card of cards) {
		halfWidth = Math.max(halfWidth, card.width / 2);
		halfHeight = Math.max(halfHeight, card.height / 2);
	}
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
		within,
		at(x, y) {
			const under = within(x, y, x, y);
			return under.length ? under[under.length - 1]! : null;
		}
	};
}
