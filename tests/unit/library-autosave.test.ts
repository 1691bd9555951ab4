import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newMap } from '../../src/lib/edit';
import type { Debate } from '../../src/lib/model';
import {
	createLibrary,
	createSaver,
	flushOnHide,
	memoryStore,
	type Library,
	type SaveState
} from '../../src/lib/library';
import { failing, quotaError, unwrap } from '../support/library';

/** The n-th version of a map: each edit's document differs from the last in its title. */
function version(n: number): Debate {
	const made = newMap(`Version ${n}?`);
	if (!made.ok) throw new Error(made.message);
	return made.debate;
}

beforeEach(() => vi.useFakeTimers({ now: 0 }));
afterEach(() => vi.useRealTimers());

async function opened(library: Library = createLibrary(memoryStore())) {
	const { record } = unwrap(await library.create(version(0), { kind: 'created' }));
	return { library, id: record.id, revision: record.revision };
}

/** A saver that records its states and the time of every write it starts. */
function watched(library: Library, id: string, revision: number) {
	const states: SaveState[] = [];
	const writes: number[] = [];
	const save: Library['save'] = (...args) => {
		writes.push(Date.now());
		return library.save(...args);
	};
	const saver = createSaver({ library: { save }, id, revision, onState: (s) => states.push(s) });
	return { saver, states, writes };
}

const storedTitle = async (library: Library, id: string) =>
	unwrap(await library.open(id)).record.debate.title;

describe('autosave', () => {
	it('writes an edit after a quarter second of quiet, never before', async () => {
		const { library, id, revision } = await opened();
		const { saver, states, writes } = watched(library, id, revision);
		saver.change(version(1));
		expect(saver.state).toEqual({ status: 'pending' });
		await vi.advanceTimersByTimeAsync(249);
		expect(writes).toEqual([]);
		await vi.advanceTimersByTimeAsync(1);
		expect(writes).toEqual([250]);
		expect(states).toEqual([
			{ status: 'pending' },
			{ status: 'saving' },
			{ status: 'saved', revision: 2 }
		]);
		expect(saver.revision).toBe(2);
		expect(await storedTitle(library, id)).toBe('Version 1?');
	});

	it('saves a stream of edits at least once a second, the latest each time', async () => {
		const { library, id, revision } = await opened();
		const { saver, writes } = watched(library, id, revision);
		const titles: string[] = [];
		for (let n = 1; n <= 35; n++) {
			saver.change(version(n));
			await vi.advanceTimersByTimeAsync(100);
			if (n % 10 === 0) titles.push(await storedTitle(library, id));
		}
		// Edits at 0, 100, ..., 3400 ms: the quiet time never comes, the one-second cap does.
		expect(writes).toEqual([1000, 2000, 3000]);
		expect(titles).toEqual(['Version 10?', 'Version 20?', 'Version 30?']);
		await vi.advanceTimersByTimeAsync(250);
		// The last edit, at 3400 ms, is written after its quarter second of quiet.
		expect(writes).toEqual([1000, 2000, 3000, 3650]);
		expect(await storedTitle(library, id)).toBe('Version 35?');
		expect(saver.state).toEqual({ status: 'saved', revision: 5 });
	});

	it('flushes at once, and writes an edit made during a save right after it', async () => {
		const { library, id, revision } = await opened();
		const { saver, writes } = watched(library, id, revision);
		expect(await saver.flush()).toEqual({ status: 'saved', revision: 1 });
		saver.change(version(1));
		const flushing = saver.flush();
		saver.change(version(2));
		expect(await flushing).toEqual({ status: 'saved', revision: 3 });
		expect(writes).toEqual([0, 0]);
		expect(await storedTitle(library, id)).toBe('Version 2?');
		// The timers the edits set find nothing left to write.
		await vi.advanceTimersByTimeAsync(2000);
		expect(writes).toHaveLength(2);
	});

	it('stops its timers when disposed', async () => {
		const { library, id, revision } = await opened();
		const { saver, writes } = watched(library, id, revision);
		saver.change(version(1));
		saver.dispose();
		await vi.advanceTimersByTimeAsync(2000);
		expect(writes).toEqual([]);
		expect(saver.state).toEqual({ status: 'pending' });
	});
});

describe('two tabs on one map', () => {
	it('the later save is refused as a conflict and never overwrites', async () => {
		const { library, id, revision } = await opened();
		const first = watched(library, id, revision);
		const later = watched(library, id, revision);
		first.saver.change(version(1));
		await first.saver.flush();
		later.saver.change(version(2));
		expect(await later.saver.flush()).toEqual({
			status: 'failed',
			failure: {
				kind: 'conflict',
				message: 'this map was saved in another tab (revision 2; this tab had 1)'
			}
		});
		expect(await storedTitle(library, id)).toBe('Version 1?');

		// Once refused, it writes no more until the tab reloads the map or saves a copy.
		later.saver.change(version(3));
		await vi.advanceTimersByTimeAsync(2000);
		expect(later.writes).toHaveLength(1);
		expect(await storedTitle(library, id)).toBe('Version 1?');

		const reloaded = unwrap(await library.open(id)).record;
		const again = watched(library, id, reloaded.revision);
		again.saver.change(version(4));
		expect(await again.saver.flush()).toEqual({ status: 'saved', revision: 3 });
		const copy = unwrap(await library.copy(version(3), id)).record;
		expect(copy.title).toBe('Copy of Version 3?');
	});

	it('is told at once when another tab saves or deletes the map', async () => {
		const { library, id, revision } = await opened();
		const { saver, writes } = watched(library, id, revision);
		saver.external({ id: 'AAAAAAAAAAAA', revision: 9 });
		saver.external({ id, revision });
		expect(saver.state).toEqual({ status: 'saved', revision: 1 });
		saver.change(version(1));
		saver.external({ id, revision: 2 });
		expect(saver.state).toEqual({
			status: 'failed',
			failure: { kind: 'conflict', message: 'this map was saved in another tab' }
		});
		await vi.advanceTimersByTimeAsync(2000);
		expect(writes).toEqual([]);

		const other = watched(library, id, revision);
		other.saver.external({ id, revision: null });
		expect(other.saver.state).toMatchObject({
			failure: { kind: 'conflict', message: 'this map was deleted in another tab' }
		});
	});
});

describe('autosave with storage full', () => {
	it('reports the failure, keeps the edit, and saves the latest once there is room', async () => {
		const broken = { on: false };
		const store = failing(memoryStore(), quotaError, broken);
		const { library, id, revision } = await opened(createLibrary(store));
		const { saver, states } = watched(library, id, revision);
		broken.on = true;
		saver.change(version(1));
		await vi.advanceTimersByTimeAsync(250);
		expect(saver.state).toMatchObject({ status: 'failed', failure: { kind: 'quota' } });

		// The failure stays on screen through later edits until a save succeeds.
		saver.change(version(2));
		expect(saver.state).toMatchObject({ status: 'failed' });
		broken.on = false;
		await vi.advanceTimersByTimeAsync(250);
		expect(saver.state).toEqual({ status: 'saved', revision: 2 });
		expect(await storedTitle(library, id)).toBe('Version 2?');
		expect(states.map((s) => s.status)).toEqual(['pending', 'saving', 'failed', 'saving', 'saved']);
	});
});

describe('flushOnHide', () => {
	it('flushes on pagehide and when the tab is hidden, until removed', () => {
		const page = new EventTarget();
		const doc = Object.assign(new EventTarget(), {
			visibilityState: 'visible' as DocumentVisibilityState
		});
		const flush = vi.fn();
		const stop = flushOnHide(flush, page, doc);
		doc.dispatchEvent(new Event('visibilitychange'));
		expect(flush).not.toHaveBeenCalled();
		doc.visibilityState = 'hidden';
		doc.dispatchEvent(new Event('visibilitychange'));
		page.dispatchEvent(new Event('pagehide'));
		expect(flush).toHaveBeenCalledTimes(2);
		stop();
		doc.dispatchEvent(new Event('visibilitychange'));
		page.dispatchEvent(new Event('pagehide'));
		expect(flush).toHaveBeenCalledTimes(2);
	});
});
