import { describe, expect, it } from 'vitest';
import type { DebateInput } from '$lib/model';
import { NO_FILTERS, visibleClaims, visibleRelations } from '$lib/view/filters';
import { searchClaims } from '$lib/view/search';
import { buildOutline, step } from '$lib/view/outline';
import { neighbourhood } from '$lib/view/neighbourhood';
import { exitPoint, segments } from '$lib/scene/geometry';
import { graphOf, relation } from '../support/fixtures';

// r <- a (supports), r <- b (rebuts), b <- c (rebuts), u undercuts a->r, d disconnected.
const input: DebateInput = {
	id: 'tiny',
	title: 'Tiny',
	resolution: 'r',
	speakers: [
		{ id: 'ann', name: 'Ann Lee', aliases: ['Xu Anning'] },
		{ id: 'bob', name: 'Bob Ortiz' }
	],
	claims: [
		{ id: 'r', text: 'Renew the pact', kind: 'resolution' },
		{ id: 'a', text: 'Science gains', speaker: 'ann', topics: ['research'] },
		{ id: 'b', text: 'Theft risk', speaker: 'bob', topics: ['security'], quote: 'stolen labs' },
		{ id: 'c', text: 'Risk is managed', speaker: 'ann', topics: ['security'] },
		{ id: 'u', text: 'Gains go one way', speaker: 'bob' },
		{ id: 'd', text: 'Unrelated', speaker: 'bob' }
	],
	relations: [
		{ id: 'a-r', from: 'a', to: 'r', kind: 'supports' },
		{ id: 'b-r', from: 'b', to: 'r', kind: 'rebuts' },
		{ id: 'c-b', from: 'c', to: 'b', kind: 'rebuts' },
		{ id: 'u-ar', from: 'u', to: 'a-r', kind: 'undercuts' }
	]
};

const graph = () => graphOf(input);

describe('filters', () => {
	it('keeps everything without filters', () => {
		const g = graph();
		const claims = visibleClaims(g, NO_FILTERS);
		expect(claims.size).toBe(6);
		expect(visibleRelations(g, claims, NO_FILTERS).map((r) => r.id)).toEqual([
			'a-r',
			'b-r',
			'c-b',
			'u-ar'
		]);
	});

	it('filters by speaker, keeping the resolution', () => {
		const claims = visibleClaims(graph(), { ...NO_FILTERS, speakers: ['ann'] });
		expect([...claims].sort()).toEqual(['a', 'c', 'r']);
	});

	it('filters by side and topic together', () => {
		const g = graph();
		expect([...visibleClaims(g, { ...NO_FILTERS, sides: ['negative'] })].sort()).toEqual([
			'b',
			'r',
			'u'
		]);
		expect(
			[...visibleClaims(g, { ...NO_FILTERS, sides: ['affirmative'], topics: ['security'] })].sort()
		).toEqual(['c', 'r']);
	});

	it('drops an undercut whose target relation is hidden', () => {
		const g = graph();
		const filters = { ...NO_FILTERS, kinds: ['rebuts' as const, 'undercuts' as const] };
		const ids = visibleRelations(g, visibleClaims(g, filters), filters).map((r) => r.id);
		expect(ids).toEqual(['b-r', 'c-b']);
	});
});

describe('search', () => {
	it('matches text, speaker aliases and quotes, text first', () => {
		const g = graph();
		expect(searchClaims(g, 'risk').map((h) => h.id)).toEqual(['b', 'c']);
		expect(searchClaims(g, 'xu anning').map((h) => h.id)).toEqual(['a', 'c']);
		expect(searchClaims(g, 'STOLEN')).toEqual([{ id: 'b', field: 'quote' }]);
		expect(searchClaims(g, '   ')).toEqual([]);
	});

	it('needs every word to match', () => {
		expect(searchClaims(graph(), 'risk managed').map((h) => h.id)).toEqual(['c']);
	});
});

describe('outline', () => {
	it('is a tree from the resolution with undercutters under the claim they answer', () => {
		const o = buildOutline(graph());
		expect(o.root.claim).toBe('r');
		expect(o.root.children.map((e) => e.claim)).toEqual(['a', 'b']);
		expect(o.entries.get('a')!.children.map((e) => e.claim)).toEqual(['u']);
		expect(o.entries.get('b')!.children.map((e) => e.claim)).toEqual(['c']);
		expect(o.detached.map((e) => e.claim)).toEqual(['d']);
	});

	it('orders siblings by the given order', () => {
		const o = buildOutline(graph(), (x, y) => y.localeCompare(x));
		expect(o.root.children.map((e) => e.claim)).toEqual(['b', 'a']);
	});

	it('lists a second relation as a cross-reference, even in a cycle', () => {
		const cyclic = graphOf({
			...input,
			relations: [...input.relations!, relation('r', 'supports', 'c', 'r-c')]
		});
		const o = buildOutline(cyclic);
		expect(o.entries.get('r')!.alsoRelations.map((r) => r.id)).toEqual(['r-c']);
	});

	it('steps along relations with the arrow directions', () => {
		const o = buildOutline(graph());
		expect(step(o, 'r', 'child')).toBe('a');
		expect(step(o, 'a', 'next')).toBe('b');
		expect(step(o, 'b', 'next')).toBe('b');
		expect(step(o, 'b', 'previous')).toBe('a');
		expect(step(o, 'c', 'parent')).toBe('b');
		expect(step(o, 'r', 'parent')).toBe('r');
		expect(step(o, 'u', 'root')).toBe('r');
		expect(step(o, 'missing', 'child')).toBe('missing');
	});
});

describe('neighbourhood', () => {
	it('holds both ends of every relation touching the claim, undercuts included', () => {
		const g = graph();
		expect([...neighbourhood(g, 'a')].sort()).toEqual(['a', 'r', 'u']);
		expect([...neighbourhood(g, 'u')].sort()).toEqual(['a', 'r', 'u']);
		expect([...neighbourhood(g, 'b')].sort()).toEqual(['b', 'c', 'r']);
		expect([...neighbourhood(g, 'd')]).toEqual(['d']);
	});
});

describe('edge geometry', () => {
	const box = { x: 0, y: 0, width: 100, height: 40 };
	it('leaves a card through its border', () => {
		expect(exitPoint(box, 200, 0)).toEqual({ x: 50, y: 0 });
		expect(exitPoint(box, 0, -100)).toEqual({ x: 0, y: -20 });
		expect(exitPoint(box, 0, 0)).toEqual({ x: 0, y: 0 });
	});

	it('ends an undercut on the midpoint of the segment it attacks', () => {
		const g = graph();
		const place: Record<string, { x: number; y: number }> = {
			r: { x: 0, y: 0 },
			a: { x: 0, y: 200 },
			u: { x: 300, y: 100 }
		};
		const drawn = segments(
			g.debate.relations.filter((r) => r.id === 'a-r' || r.id === 'u-ar'),
			(id) => ({ ...place[id]!, width: 100, height: 40 })
		);
		const [link, undercut] = drawn;
		expect(link).toMatchObject({ x1: 0, y1: 178, x2: 0, y2: 26 });
		expect(undercut!.x2).toBeCloseTo((link!.x1 + link!.x2) / 2);
		expect(undercut!.y2).toBeCloseTo((link!.y1 + link!.y2) / 2);
	});
});
