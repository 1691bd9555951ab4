import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { init } from '../../src/hooks.client';

describe('the client hook', () => {
	beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout'] }));
	afterEach(() => vi.useRealTimers());

	it('lets SvelteKit hydrate only in a later task', async () => {
		let resolved = false;
		void init().then(() => (resolved = true));
		// Every microtask of this task runs, and still the page waits.
		for (let i = 0; i < 10; i++) await Promise.resolve();
		expect(resolved).toBe(false);
		await vi.runAllTimersAsync();
		expect(resolved).toBe(true);
	});
});
