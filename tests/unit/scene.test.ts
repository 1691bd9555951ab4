import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD, OVERVIEW } from '$lib/scene/cards';
import { fittedView } from '$lib/scene/fit';
import { badgeAt, indexCards, type PlacedCard } from '$lib/scene/hit';
import {
	detailAt,
	edgeStroke,
	headsShown,
	isLegible,
	LEGIBLE_PX,
	marksShown,
	standingStripShown
} from '$lib/scene/lod';
import { CARD_BODY, RELATION, RESOLUTION_BODY, RING, SIDE_INK, STANDING } from '$lib/scene/palette';
import { CANVAS_FROM, rendererFor } from '$lib/scene/renderer';
import {
	centredOn,
	fitZoom,
	keptZoom,
	screenTransform,
	zoomCeiling,
	zoomFromPx,
	zoomToPx
} from '$lib/scene/viewport';
import { ROOT } from '../support/fixtures';

const card = (id: string, order: number, x: number, y: number, width = 200, height = 60) => ({
	id,
	order,
	x,
	y,
	width,
	height
});

describe('the spatial index of cards (hit testing and culling)', () => {
	const cards: PlacedCard[] = [
		card('a', 0, 0, 0),
		card('b', 1, 300, 0),
		// Overlaps `a` on its right half, and is drawn after it: it is on top there.
		card('c', 2, 80, 10, 100, 40),
		card('wide', 3, 0, 500, 260, 120)
	];
	const index = indexCards(cards);

	it('finds the card under a point, inside its box only', () => {
		expect(index.at(-90, 0)?.id).toBe('a');
		expect(index.at(300, 29)?.id).toBe('b');
		expect(index.at(300, 31)).toBeNull();
		expect(index.at(150, 0)).toBeNull();
		// The edge of a wide card, far from its centre.
		expect(index.at(-129, 559)?.id).toBe('wide');
	});

	it('picks the card drawn on top where cards overlap', () => {
		expect(index.at(80, 10)?.id).toBe('c');
		expect(index.at(-50, 10)?.id).toBe('a');
	});

	it('lists the cards reaching into a rectangle, in drawing order', () => {
		expect(index.within(190, -10, 210, 10).map((c) => c.id)).toEqual(['b']);
		expect(index.within(-1000, -1000, 1000, 1000).map((c) => c.id)).toEqual([
			'a',
			'b',
			'c',
			'wide'
		]);
		expect(index.within(1000, 1000, 2000, 2000)).toEqual([]);
		expect(indexCards([]).at(0, 0)).toBeNull();
		expect(index.bounds).toEqual({ x: -130, y: -30, width: 530, height: 590 });
	});

	it('finds a collapse badge on the foot of a card, also where it hangs below the card', () => {
		const size = { width: 48, height: 20 };
		const all = () => true;
		expect(badgeAt(index, 300, 30, size, all)?.id).toBe('b');
		expect(badgeAt(index, 320, 39, size, all)?.id).toBe('b');
		expect(badgeAt(index, 330, 30, size, all)).toBeNull();
		expect(badgeAt(index, 300, 0, size, all)).toBeNull();
		expect(badgeAt(index, 300, 30, size, (card) => card.id !== 'b')).toBeNull();
	});

	it('agrees with a scan of every card, on random maps and points', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						x: fc.integer({ min: -2000, max: 2000 }),
						y: fc.integer({ min: -2000, max: 2000 }),
						width: fc.integer({ min: 20, max: 300 }),
						height: fc.integer({ min: 20, max: 200 })
					}),
					{ maxLength: 60 }
				),
				fc.array(
					fc.tuple(fc.integer({ min: -2200, max: 2200 }), fc.integer({ min: -2200, max: 2200 })),
					{
						minLength: 1,
						maxLength: 20
					}
				),
				(boxes, points) => {
					const placed = boxes.map((b, i) => ({ id: `c${i}`, order: i, ...b }));
					const tree = indexCards(placed);
					for (const [x, y] of points) {
						const under = placed.filter(
							(c) => Math.abs(c.x - x) <= c.width / 2 && Math.abs(c.y - y) <= c.height / 2
						);
						expect(tree.at(x, y)?.id ?? null).toBe(under.at(-1)?.id ?? null);
						const near = placed.filter(
							(c) =>
								c.x + c.width / 2 >= x - 100 &&
								c.x - c.width / 2 <= x + 100 &&
								c.y + c.height / 2 >= y - 50 &&
								c.y - c.height / 2 <= y + 50
						);
						expect(tree.within(x - 100, y - 50, x + 100, y + 50).map((c) => c.id)).toEqual(
							near.map((c) => c.id)
						);
					}
				}
			)
		);
	});
});

describe('level of detail', () => {
	const textFrom = LEGIBLE_PX / CARD.fontSize;
	const titlesFrom = LEGIBLE_PX / OVERVIEW.fontSize;

	it('draws the words once the card text is legible (the SVG cards’ rule)', () => {
		expect(detailAt(textFrom)).toBe('text');
		expect(detailAt(8)).toBe('text');
		expect(isLegible(textFrom)).toBe(true);
		expect(isLegible(textFrom * 0.99)).toBe(false);
	});

	it('draws titles while the overview type is legible and the card text is not', () => {
		expect(detailAt(textFrom * 0.99)).toBe('titles');
		expect(detailAt(titlesFrom)).toBe('titles');
		expect(detailAt(titlesFrom * 0.99)).toBe('shapes');
		expect(detailAt(0.01)).toBe('shapes');
	});

	it('goes from shapes to titles to text as the map is zoomed in, never back', () => {
		const order = { shapes: 0, titles: 1, text: 2 };
		let last = -1;
		for (let scale = 0.005; scale < 10; scale *= 1.1) {
			const level = order[detailAt(scale)];
			expect(level).toBeGreaterThanOrEqual(last);
			last = level;
		}
		expect(last).toBe(2);
	});

	it('shows marks and relation heads only when they are a few pixels across', () => {
		expect(marksShown(0.2)).toBe(true);
		expect(marksShown(0.01)).toBe(false);
		expect(headsShown(1)).toBe(true);
		expect(headsShown(0.05)).toBe(false);
	});

	it('shows standing on a speck only where the strip can be seen', () => {
		expect(standingStripShown(0.1, 76)).toBe(true);
		expect(standingStripShown(0.02, 76)).toBe(false);
	});

	it('keeps a relation a lighter hairline when it would be thinner than a pixel', () => {
		expect(edgeStroke(1.7, 1)).toEqual({ widthPx: 1.7, alpha: 1, dashed: true });
		const far = edgeStroke(1.7, 0.02);
		expect(far.widthPx).toBeGreaterThanOrEqual(0.6);
		expect(far.alpha).toBeLessThan(1);
		expect(far.dashed).toBe(false);
	});
});

describe('the viewport', () => {
	const frame = { width: 1000, height: 500 };
	const viewBoxOf = (bounds: { x: number; y: number; width: number; height: number }, at = frame) =>
		fittedView(bounds, at, { x: 0, y: 0 }, false);
	const view = viewBoxOf({ x: -2000, y: -300, width: 4000, height: 600 });

	it('maps the view box to the frame as SVG’s xMidYMid meet, then the zoom', () => {
		// The view box is 4080 wide: the width decides the scale, and the height is centred.
		const fit = screenTransform(view, frame, { k: 1, x: 0, y: 0 });
		expect(fit.k).toBeCloseTo(1000 / 4080);
		expect(fit.x + fit.k * 0).toBeCloseTo(500);
		expect(fit.y + fit.k * 0).toBeCloseTo(250);
		const zoomed = screenTransform(view, frame, centredOn({ x: 1000, y: 100 }, 4, view));
		expect(zoomed.k).toBeCloseTo(4 * fit.k);
		expect(zoomed.x + zoomed.k * 1000).toBeCloseTo(500);
		expect(zoomed.y + zoomed.k * 100).toBeCloseTo(250);
	});

	it('turns a zoom into the canvas’s px transform and back, the same place on screen', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.25, max: 64, noNaN: true }),
				fc.double({ min: -1e4, max: 1e4, noNaN: true }),
				fc.double({ min: -1e4, max: 1e4, noNaN: true }),
				(k, x, y) => {
					const zoom = { k, x, y };
					const px = zoomToPx(view, frame, zoom);
					const back = zoomFromPx(view, frame, px);
					expect(back.x).toBeCloseTo(x, 6);
					expect(back.y).toBeCloseTo(y, 6);
					// d3-zoom on the canvas applies `px` to the fitted view; that lands where the zoom does.
					const fit = screenTransform(view, frame, { k: 1, x: 0, y: 0 });
					const screen = screenTransform(view, frame, zoom);
					const p = { x: 123, y: -45 };
					expect(px.k * (fit.k * p.x + fit.x) + px.x).toBeCloseTo(screen.k * p.x + screen.x, 6);
					expect(px.k * (fit.k * p.y + fit.y) + px.y).toBeCloseTo(screen.k * p.y + screen.y, 6);
				}
			)
		);
	});

	it('fits the cards given, and keeps a zoom as a link does (rounded, null at fit)', () => {
		const zoom = fitZoom([{ x: 1000, y: 0, width: 200, height: 100 }], view, {
			min: 0.25,
			max: 64
		});
		const screen = screenTransform(view, frame, zoom);
		expect(screen.x + screen.k * 1000).toBeCloseTo(500);
		expect(keptZoom({ k: 1.00001, x: 0.01, y: -0.02 })).toBeNull();
		expect(keptZoom({ k: 2.34567, x: 10.06, y: 3 })).toEqual({ k: 2.346, x: 10.1, y: 3 });
	});

	it('lets a large map be zoomed until its text reads, and a small one to 8 times', () => {
		expect(zoomCeiling(view, frame, 64)).toBe(8);
		const huge = viewBoxOf({ x: 0, y: 0, width: 80_000, height: 2000 }, frame);
		const ceiling = zoomCeiling(huge, frame, 64);
		expect(ceiling).toBeGreaterThan(8);
		expect(isLegible(screenTransform(huge, frame, { k: ceiling, x: 0, y: 0 }).k)).toBe(true);
		expect(zoomCeiling(huge, { width: 10, height: 10 }, 64)).toBe(64);
	});
});

describe('which renderer draws a map', () => {
	it('draws small maps in SVG and large ones on the canvas, unless a setting asks', () => {
		expect(rendererFor(CANVAS_FROM - 1)).toBe('svg');
		expect(rendererFor(CANVAS_FROM)).toBe('canvas');
		expect(rendererFor(10, 'canvas')).toBe('canvas');
		expect(rendererFor(10_000, 'svg')).toBe('svg');
	});
});

describe('the canvas palette is the SVG stylesheet’s', () => {
	const css = (file: string) =>
		readFileSync(`${ROOT}/src/lib/components/ArgumentMap/${file}`, 'utf8').replace(/\s+/g, ' ');
	const cardCss = css('ClaimCard.svelte');
	const relationCss = css('RelationLayer.svelte');
	const rule = (text: string, selector: string) => {
		const at = text.indexOf(`${selector} {`);
		expect(at, `the rule ${selector}`).toBeGreaterThanOrEqual(0);
		return text.slice(at, text.indexOf('}', at));
	};

	it('colours cards by side and kind as the SVG cards do', () => {
		expect(rule(cardCss, '.body')).toContain(`fill: ${CARD_BODY.unlinked.fill}`);
		expect(rule(cardCss, '.body')).toContain(`stroke: ${CARD_BODY.unlinked.stroke}`);
		for (const side of ['affirmative', 'negative'] as const) {
			expect(rule(cardCss, `.${side} .body`)).toContain(`fill: ${CARD_BODY[side].fill}`);
			expect(rule(cardCss, `.${side} .body`)).toContain(`stroke: ${CARD_BODY[side].stroke}`);
			expect(cardCss).toContain(`.${side} .glyph { fill: ${SIDE_INK[side]}`);
		}
		expect(rule(cardCss, '.kind-resolution .body')).toContain(`fill: ${RESOLUTION_BODY.fill}`);
		for (const label of ['in', 'out', 'undec'] as const) {
			expect(rule(cardCss, `.standing.${label} .strength`)).toContain(
				`fill: ${STANDING[label].bar}`
			);
			expect(rule(cardCss, `.standing.${label}`)).toContain(`color: ${STANDING[label].ink}`);
		}
		expect(rule(cardCss, '.selected .focus-ring')).toContain(`stroke: ${RING.selected.stroke}`);
		expect(rule(cardCss, '.hit .focus-ring')).toContain(`stroke: ${RING.hit.stroke}`);
	});

	it('draws each kind of relation in the SVG’s colour and dashes', () => {
		for (const [kind, style] of Object.entries(RELATION)) {
			const text = rule(relationCss, `.relation.${kind}`);
			expect(text).toContain(`stroke: ${style.stroke}`);
			if (style.dash.length) expect(text).toContain(`stroke-dasharray: ${style.dash.join(' ')}`);
		}
	});
});
