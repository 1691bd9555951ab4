import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { practiceTally } from '$lib/view/stored';

/** A localStorage that lives in a Map. */
function memoryStorage(): Storage {
	const items = new Map<string, string>();
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		getItem: (key) => items.get(key) ?? null,
		key: (i) => [...items.keys()][i] ?? null,
		removeItem: (key) => void items.delete(key),
		setItem: (key, value) => void items.set(key, String(value))
	};
}

const tally = practiceTally('sta-renewal', 'affirmative');
const key = tally.key;

describe('data kept in this browser', () => {
	beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
	afterEach(() => vi.unstubAllGlobals());

	it('reads back what was written', () => {
		tally.write({ tried: 3, right: 2 });
		expect(tally.read()).toEqual({
			value: { tried: 3, right: 2 },
			dropped: false
		});
		tally.forget();
		expect(tally.read()).toEqual({ value: null, dropped: false });
	});

	it.each([
		'5',
		'"text"',
		'null',
		'[]',
		'{"x":"<b>x</b>"}',
		'{"tried":1e308,"right":1}',
		'{"tried":2,"right":"<b>x</b>"}',
		'{"tried":-1,"right":0}',
		'{"tried":1.5,"right":1}',
		'{"tried":1,"right":2}',
		'{"tried":1,"right":1,"extra":true}',
		'not json',
		''
	])('drops a stored tally of %j and removes it', (raw) => {
		localStorage.setItem(key, raw);
		expect(tally.read()).toEqual({ value: null, dropped: true });
		expect(localStorage.getItem(key)).toBeNull();
	});

	it('reads storage that is off as empty, and writes nothing', () => {
		const off = () => {
			throw new DOMException('denied', 'SecurityError');
		};
		vi.stubGlobal('localStorage', { getItem: off, setItem: off, removeItem: off });
		expect(tally.read()).toEqual({ value: null, dropped: false });
		expect(() => tally.write({ tried: 1, right: 1 })).not.toThrow();
		expect(() => tally.forget()).not.toThrow();
	});
});
