import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inTurn, MEASURE, RANK } from '$lib/view/turns';

describe('first-load turns', () => {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('runs one job per task, the lowest rank first, then in the order asked', () => {
		const ran: string[] = [];
		inTurn('tools', () => ran.push('tools'), RANK.tools);
		inTurn('panel', () => ran.push('panel'), RANK.panel);
		inTurn('cards 1', () => ran.push('cards 1'), RANK.map);
		inTurn('cards 2', () => ran.push('cards 2'), RANK.map);
		expect(ran).toEqual([]);
		vi.advanceTimersToNextTimer();
		expect(ran).toEqual(['cards 1']);
		vi.advanceTimersToNextTimer();
		expect(ran).toEqual(['cards 1', 'cards 2']);
		vi.runAllTimers();
		expect(ran).toEqual(['cards 1', 'cards 2', 'panel', 'tools']);
	});

	it('lets a job asked for while others wait go before those of a higher rank', () => {
		const ran: string[] = [];
		inTurn('last', () => ran.push('last'), RANK.last);
		inTurn(
			'map',
			() => {
				ran.push('map');
				inTurn('header', () => ran.push('header'), RANK.header);
			},
			RANK.map
		);
		vi.runAllTimers();
		expect(ran).toEqual(['map', 'header', 'last']);
	});

	it('measures each turn under its name', async () => {
		inTurn('legend', () => {}, RANK.tools);
		vi.runAllTimers();
		await Promise.resolve();
		expect(performance.getEntriesByName(`${MEASURE}legend`, 'measure')).toHaveLength(1);
	});

	it('skips a cancelled job', () => {
		const ran: string[] = [];
		const cancel = inTurn('gone', () => ran.push('gone'), RANK.map);
		inTurn('kept', () => ran.push('kept'), RANK.map);
		cancel();
		vi.runAllTimers();
		expect(ran).toEqual(['kept']);
	});

	it('goes on after a job that throws', () => {
		const ran: string[] = [];
		inTurn(
			'broken',
			() => {
				throw new Error('broken part');
			},
			RANK.map
		);
		inTurn('next', () => ran.push('next'), RANK.map);
		expect(() => vi.advanceTimersToNextTimer()).toThrow('broken part');
		vi.runAllTimers();
		expect(ran).toEqual(['next']);
	});
});
