import type { ClaimKind, RelationKind } from '../model/schema';
import { CARD, OVERVIEW, type CardFace } from './cards';
import type { Segment } from './geometry';
import type { PlacedCard } from './hit';
import {
	detailAt,
	edgeStroke,
	HEAD_LENGTH,
	headsShown,
	marksShown,
	MARK_RADIUS,
	standingStripShown
} from './lod';
import {
	CARD_BODY,
	CHANGED_TAG,
	DIMMED,
	FADED,
	FOLD,
	KIND_RADIUS,
	KIND_STROKE,
	LATER_DASH,
	RELATION,
	RESOLUTION_BODY,
	RING,
	SIDE_BADGE_STROKE,
	SIDE_INK,
	STANDING,
	STAR_FILL,
	TEXT,
	type SideKey,
	type StandingKey
} from './palette';
import type { Zoom } from './viewport';

/**
 * The map drawn on a 2D canvas: the same cards, relations, marks and rings as the SVG renderer,
 * at the level of detail the scale allows (lod.ts), culled to the screen. Relations are stroked
 * one path per kind; tiny cards are filled one path per colour.
 */

/** What a card shows, worked out by the caller (the words are the app's, not the scene's). */
export interface CardLook {
	kind: ClaimKind;
	side: SideKey;
	later: boolean;
	selected: boolean;
	dimmed: boolean;
	hit: boolean;
	/** The keyboard's card, while the map has the focus. */
	focused: boolean;
	hovered: boolean;
	standing?: { label: StandingKey; strength: number; changed: boolean };
	/** The collapse badge, when the card shows one: how many claims it hides, `null` if none. */
	fold?: { hides: number | null };
	/** What only a card drawn large enough shows: worked out when it is drawn. */
	words: () => CardWords;
}

export interface CardWords {
	face: CardFace;
	glyph: string;
	/** The speaker's name as the header has room for it. */
	speaker: string;
	/** The header's badge: side, later, pinned. */
	flags: string;
	/** The side's mark (an SVG path on a 24-unit square) for the overview. */
	sideMark: string;
	/** The standing tag's words, with its glyph, and its mark for the overview. */
	pill: string;
	standingMark: string;
}

export interface SceneFrame {
	width: number;
	height: number;
	/** Device pixels per CSS px. */
	ratio: number;
	/** Layout units to CSS px. */
	transform: Zoom;
}

/** What the screen shows of the layout, in layout units. */
export function visibleRect(frame: SceneFrame) {
	const { k, x, y } = frame.transform;
	return {
		left: -x / k,
		top: -y / k,
		right: (frame.width - x) / k,
		bottom: (frame.height - y) / k
	};
}

const FONT = 'system-ui, sans-serif';
const paths = new Map<string, Path2D>();
function path(d: string): Path2D {
	let p = paths.get(d);
	if (!p) paths.set(d, (p = new Path2D(d)));
	return p;
}

/**
 * Draws `cards` (already culled, in drawing order) and the relations among `segments` that cross
 * the screen. `lit(segment)` says whether a relation is in the selection's neighbourhood.
 */
export function drawScene(
	ctx: CanvasRenderingContext2D,
	frame: SceneFrame,
	cards: readonly PlacedCard[],
	segments: readonly Segment[],
	look: (id: string) => CardLook,
	lit: (segment: Segment) => boolean
) {
	const { k, x, y } = frame.transform;
	const r = frame.ratio;
	ctx.setTransform(r, 0, 0, r, 0, 0);
	ctx.globalAlpha = 1;
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, frame.width, frame.height);
	ctx.setTransform(r * k, 0, 0, r * k, r * x, r * y);
	drawRelations(ctx, k, visibleRect(frame), segments, lit);
	const detail = detailAt(k);
	if (detail === 'shapes' && !marksShown(k)) drawSpecks(ctx, k, cards, look);
	else for (const card of cards) drawCard(ctx, k, card, look(card.id), detail);
	ctx.globalAlpha = 1;
	ctx.setLineDash([]);
}

/** One card drawn again over the picture (the card under the pointer), at the scale's detail. */
export function drawCardOver(
	ctx: CanvasRenderingContext2D,
	frame: SceneFrame,
	card: PlacedCard,
	look: CardLook
) {
	const { k, x, y } = frame.transform;
	const r = frame.ratio;
	const detail = detailAt(k);
	if (detail === 'shapes' && !marksShown(k)) return;
	ctx.setTransform(r * k, 0, 0, r * k, r * x, r * y);
	drawCard(ctx, k, card, look, detail);
	ctx.globalAlpha = 1;
}

function drawRelations(
	ctx: CanvasRenderingContext2D,
	k: number,
	view: ReturnType<typeof visibleRect>,
	segments: readonly Segment[],
	lit: (segment: Segment) => boolean
) {
	const shown = segments.filter(
		(s) =>
			Math.max(s.x1, s.x2) >= view.left &&
			Math.min(s.x1, s.x2) <= view.right &&
			Math.max(s.y1, s.y2) >= view.top &&
			Math.min(s.y1, s.y2) <= view.bottom
	);
	const heads = headsShown(k);
	for (const faded of [true, false]) {
		for (const kind of Object.keys(RELATION) as RelationKind[]) {
			const batch = shown.filter((s) => s.kind === kind && lit(s) !== faded);
			if (!batch.length) continue;
			const style = RELATION[kind];
			const stroke = edgeStroke(style.width, k);
			ctx.globalAlpha = stroke.alpha * (faded ? FADED : 1);
			ctx.strokeStyle = style.stroke;
			ctx.fillStyle = style.stroke;
			ctx.lineWidth = stroke.widthPx / k;
			ctx.setLineDash(stroke.dashed ? style.dash : []);
			ctx.beginPath();
			for (const s of batch) {
				ctx.moveTo(s.x1, s.y1);
				ctx.lineTo(s.x2, s.y2);
			}
			ctx.stroke();
			if (!heads) continue;
			ctx.setLineDash([]);
			ctx.beginPath();
			for (const s of batch) head(ctx, s, style.head);
			if (style.head === 'bar') {
				ctx.lineWidth = 1.6;
				ctx.stroke();
			} else ctx.fill();
		}
	}
}

/** A relation's head at its end: an arrow, a bar (with a chevron, as the SVG marker) or a diamond. */
function head(ctx: CanvasRenderingContext2D, s: Segment, shape: 'arrow' | 'bar' | 'diamond') {
	const length = Math.hypot(s.x2 - s.x1, s.y2 - s.y1) || 1;
	const ux = (s.x2 - s.x1) / length;
	const uy = (s.y2 - s.y1) / length;
	// Along the line (a) and across it (b), from the end point.
	const at = (a: number, b: number): [number, number] => [
		s.x2 + ux * a - uy * b,
		s.y2 + uy * a + ux * b
	];
	const L = HEAD_LENGTH;
	const poly = (points: [number, number][]) => {
		ctx.moveTo(...points[0]!);
		for (const p of points.slice(1)) ctx.lineTo(...p);
		ctx.closePath();
	};
	if (shape === 'arrow') poly([at(0, 0), at(-L, -L / 2), at(-L, L / 2)]);
	else if (shape === 'diamond') poly([at(L / 2, 0), at(0, -L / 2), at(-L / 2, 0), at(0, L / 2)]);
	else {
		ctx.moveTo(...at(-L * 0.8, -L / 2));
		ctx.lineTo(...at(-L * 0.1, 0));
		ctx.lineTo(...at(-L * 0.8, L / 2));
		ctx.moveTo(...at(0, -L / 2));
		ctx.lineTo(...at(0, L / 2));
	}
}

/**
 * Cards a few px across: a block of their side's colour, the lower third in their standing's
 * when there is room for it, one path per colour. Their own pale fills would vanish into the white at this size.
 */
function drawSpecks(
	ctx: CanvasRenderingContext2D,
	k: number,
	cards: readonly PlacedCard[],
	look: (id: string) => CardLook
) {
	const batches = new Map<string, { alpha: number; rects: [number, number, number, number][] }>();
	const add = (colour: string, alpha: number, rect: [number, number, number, number]) => {
		const key = `${colour} ${alpha}`;
		let batch = batches.get(key);
		if (!batch) batches.set(key, (batch = { alpha, rects: [] }));
		batch.rects.push(rect);
	};
	const rings: [PlacedCard, CardLook][] = [];
	for (const card of cards) {
		const l = look(card.id);
		const alpha = l.dimmed ? DIMMED : 1;
		const left = card.x - card.width / 2;
		const top = card.y - card.height / 2;
		const colour = l.kind === 'resolution' ? RESOLUTION_BODY.fill : CARD_BODY[l.side].stroke;
		if (l.standing && standingStripShown(k, card.height)) {
			const foot = card.height / 3;
			add(colour, alpha, [left, top, card.width, card.height - foot]);
			add(STANDING[l.standing.label].bar, alpha, [
				left,
				top + card.height - foot,
				card.width,
				foot
			]);
		} else add(colour, alpha, [left, top, card.width, card.height]);
		if (l.selected || l.hit || l.focused || l.standing?.changed) rings.push([card, l]);
	}
	for (const [key, batch] of batches) {
		ctx.globalAlpha = batch.alpha;
		ctx.fillStyle = key.split(' ')[0]!;
		ctx.beginPath();
		for (const rect of batch.rects) ctx.rect(...rect);
		ctx.fill();
	}
	for (const [card, l] of rings) ring(ctx, card, l, 4);
}

function ring(ctx: CanvasRenderingContext2D, card: PlacedCard, l: CardLook, grow = 1) {
	const style = l.focused
		? RING.focus
		: l.hit
			? RING.hit
			: l.selected
				? RING.selected
				: l.standing?.changed
					? RING.changed
					: null;
	if (!style) return;
	ctx.globalAlpha = 1;
	ctx.strokeStyle = style.stroke;
	ctx.lineWidth = style.width * grow;
	ctx.setLineDash(style.dash.map((d) => d * grow));
	ctx.beginPath();
	const pad = 5 * grow;
	ctx.roundRect(
		card.x - card.width / 2 - pad,
		card.y - card.height / 2 - pad,
		card.width + 2 * pad,
		card.height + 2 * pad,
		12 * grow
	);
	ctx.stroke();
	ctx.setLineDash([]);
}

function drawCard(
	ctx: CanvasRenderingContext2D,
	k: number,
	card: PlacedCard,
	l: CardLook,
	detail: 'shapes' | 'titles' | 'text'
) {
	const left = card.x - card.width / 2;
	const top = card.y - card.height / 2;
	const { width, height } = card;
	ctx.globalAlpha = 1;
	ring(ctx, card, l);
	ctx.globalAlpha = l.dimmed ? DIMMED : 1;
	const body = l.kind === 'resolution' ? RESOLUTION_BODY : CARD_BODY[l.side];
	ctx.beginPath();
	ctx.roundRect(left, top, width, height, KIND_RADIUS[l.kind]);
	ctx.fillStyle = body.fill;
	ctx.fill();
	if (l.hovered) {
		ctx.fillStyle = 'rgb(0 0 0 / 0.03)';
		ctx.fill();
	}
	ctx.strokeStyle = body.stroke;
	ctx.lineWidth = KIND_STROKE[l.kind];
	ctx.setLineDash(l.later ? LATER_DASH : []);
	ctx.stroke();
	ctx.setLineDash([]);
	const ink = l.kind === 'resolution' ? RESOLUTION_BODY.text : TEXT;
	const words = detail === 'shapes' && !marksShown(k) ? null : l.words();
	if (detail === 'text' && words) {
		const face = words.face;
		const baseline = (i: number) =>
			top + CARD.padding + CARD.headerHeight + CARD.lineHeight * (i + 1) - 3;
		const sideInk = l.kind === 'resolution' ? RESOLUTION_BODY.text : SIDE_INK[l.side];
		ctx.textAlign = 'left';
		ctx.fillStyle = sideInk;
		ctx.font = `11px ${FONT}`;
		ctx.fillText(words.glyph, left + CARD.padding, baseline(-1));
		ctx.fillStyle = ink;
		ctx.font = `700 10.5px ${FONT}`;
		ctx.fillText(words.speaker, left + CARD.padding + 14, baseline(-1));
		ctx.fillStyle = sideInk;
		ctx.font = `700 10px ${FONT}`;
		ctx.textAlign = 'right';
		ctx.fillText(words.flags.toUpperCase(), left + width - CARD.padding, baseline(-1));
		ctx.textAlign = 'left';
		ctx.fillStyle = ink;
		ctx.font = `${CARD.fontSize}px ${FONT}`;
		face.lines.forEach((line, i) => ctx.fillText(line, left + CARD.padding, baseline(i)));
	} else if (detail === 'titles' && words) {
		const lines = words.face.titleLines;
		ctx.fillStyle = ink;
		ctx.font = `700 ${OVERVIEW.fontSize}px ${FONT}`;
		ctx.textAlign = 'left';
		lines.forEach((line, i) =>
			ctx.fillText(
				line,
				left + CARD.padding,
				top + (height - lines.length * OVERVIEW.lineHeight) / 2 + OVERVIEW.lineHeight * (i + 1) - 7
			)
		);
	}
	if (detail !== 'text' && words) sideBadge(ctx, left + width, top, l, words.sideMark);
	if (l.standing) standing(ctx, left, top, width, height, l.standing, detail, words);
	if (l.fold)
		foldBadge(ctx, card.x, top + height, l.fold.hides, detail === 'text' ? 1 : FOLD.zoomedOut);
}

/** The collapse badge on the card's foot: `+N` on a collapsed card, `−` to offer collapsing. */
function foldBadge(
	ctx: CanvasRenderingContext2D,
	x: number,
	y: number,
	hides: number | null,
	scale: number
) {
	const style = hides === null ? FOLD.open : FOLD.collapsed;
	const [w, h] = [FOLD.width * scale, FOLD.height * scale];
	ctx.globalAlpha = 1;
	ctx.beginPath();
	ctx.roundRect(x - w / 2, y - h / 2, w, h, h / 2);
	ctx.fillStyle = style.fill;
	ctx.fill();
	ctx.strokeStyle = style.stroke;
	ctx.lineWidth = 1.5 * scale;
	ctx.stroke();
	ctx.fillStyle = style.text;
	ctx.font = `700 ${12 * scale}px ${FONT}`;
	ctx.textAlign = 'center';
	ctx.fillText(hides === null ? '−' : `+${hides}`, x, y + 4 * scale);
	ctx.textAlign = 'left';
}

/** The overview's side mark on the card's corner (a star on the resolution). */
function sideBadge(
	ctx: CanvasRenderingContext2D,
	x: number,
	y: number,
	l: CardLook,
	sideMark: string
) {
	ctx.beginPath();
	ctx.arc(x, y, MARK_RADIUS, 0, 2 * Math.PI);
	ctx.fillStyle = '#ffffff';
	ctx.fill();
	ctx.strokeStyle = SIDE_BADGE_STROKE[l.side];
	ctx.lineWidth = 1.5;
	ctx.stroke();
	mark(ctx, sideMark, x, y, 0.85, l.kind === 'resolution' ? null : SIDE_INK[l.side], STAR_FILL);
}

function mark(
	ctx: CanvasRenderingContext2D,
	d: string,
	x: number,
	y: number,
	scale: number,
	stroke: string | null,
	fill?: string
) {
	ctx.save();
	ctx.translate(x, y);
	ctx.scale(scale, scale);
	if (stroke) {
		ctx.strokeStyle = stroke;
		ctx.lineWidth = 4;
		ctx.lineCap = 'round';
		ctx.lineJoin = 'round';
		ctx.stroke(path(d));
	} else if (fill) {
		ctx.fillStyle = fill;
		ctx.fill(path(d));
	}
	ctx.restore();
}

/** The strength bar along the card's foot and the label's tag on its lower edge. */
function standing(
	ctx: CanvasRenderingContext2D,
	left: number,
	top: number,
	width: number,
	height: number,
	s: NonNullable<CardLook['standing']>,
	detail: 'shapes' | 'titles' | 'text',
	words: CardWords | null
) {
	const colours = STANDING[s.label];
	ctx.fillStyle = colours.bar;
	ctx.fillRect(left + 1, top + height - 4, Math.max(0, (width - 2) * s.strength), 3);
	if (!words) return;
	const tagStroke = s.changed ? CHANGED_TAG.stroke : colours.tagStroke;
	const tagWidth = s.changed ? CHANGED_TAG.width : 1.2;
	ctx.beginPath();
	if (detail === 'text') {
		const pill = { width: 104, height: 16 };
		const x = left + width - pill.width - 6;
		ctx.roundRect(x, top + height - pill.height / 2, pill.width, pill.height, 8);
		ctx.fillStyle = colours.tagFill;
		ctx.fill();
		ctx.strokeStyle = tagStroke;
		ctx.lineWidth = tagWidth;
		ctx.stroke();
		ctx.fillStyle = colours.ink;
		ctx.font = `700 10px ${FONT}`;
		ctx.textAlign = 'center';
		ctx.fillText(words.pill, x + pill.width / 2, top + height + 4);
		ctx.textAlign = 'left';
		return;
	}
	const cx = left + width - 22;
	const cy = top + height;
	ctx.arc(cx, cy, 20, 0, 2 * Math.PI);
	ctx.fillStyle = colours.tagFill;
	ctx.fill();
	ctx.strokeStyle = tagStroke;
	ctx.lineWidth = tagWidth;
	ctx.stroke();
	mark(ctx, words.standingMark, cx, cy, 1.05, colours.ink);
}
