import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inTurn, RANK } from '$lib/view/turns';

describe('first-load turns', () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('runs one job per task, the lowest rank first, then in the order asked', () => {
		const ran: string[] = [];
		inTurn(() => ran.push('tools'), RANK.tools);
		inTurn(() => ran.push('panel'), RANK.panel);
		inTurn(() => ran.push('cards 1'), RANK.map);
		inTurn(() => ran.push('cards 2'), RANK.map);
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
		inTurn(() => ran.push('last'), RANK.last);
		inTurn(() => {
			ran.push('map');
			inTurn(() => ran.push('header'), RANK.header);
		}, RANK.map);
		vi.runAllTimers();
		expect(ran).toEqual(['map', 'header', 'last']);
	});

	it('skips a cancelled job', () => {
		const ran: string[] = [];
		const cancel = inTurn(() => ran.push('gone'));
		inTurn(() => ran.push('kept'));
		cancel();
		vi.runAllTimers();
		expect(ran).toEqual(['kept']);
	});

	it('goes on after a job that throws', () => {
		const ran: string[] = [];
		inTurn(() => {
			throw new Error('broken part');
		});
		inTurn(() => ran.push('next'));
		expect(() => vi.advanceTimersToNextTimer()).toThrow('broken part');
		vi.runAllTimers();
		expect(ran).toEqual(['next']);
	});
});
