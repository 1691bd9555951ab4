import { afterEach, describe, expect, it, vi } from 'vitest';
import { newMap } from '../../src/lib/edit';
import { serialize } from '../../src/lib/io/json/serialize';
import { parseDebate, type Debate } from '../../src/lib/model';
import {
	createLibrary,
	idbStore,
	isMapId,
	isPersistent,
	keepPersistent,
	libraryChannel,
	memoryStore,
	newMapId,
	type LibraryChange,
	type LibraryStore,
	type Result
} from '../../src/lib/library';
import { bundled, small } from '../support/edit';
import { failing, quotaError, unwrap } from '../support/library';

/** A clock that moves only when told, so that "last changed first" is decided by the test. */
function clock(start = 1_000) {
	let time = start;
	return { now: () => time, tick: (ms = 1) => (time += ms) };
}

function setup(store: LibraryStore = memoryStore()) {
	const time = clock();
	const changes: LibraryChange[] = [];
	const library = createLibrary(store, { now: time.now, onChange: (c) => changes.push(c) });
	return { store, time, changes, library };
}

const question = (text: string): Debate => {
	const made = newMap(text);
	if (!made.ok) throw new Error(made.message);
	return made.debate;
};

const failure = <T>(result: Result<T>) => {
	if (result.ok) throw new Error('expected a failure');
	return result.failure;
};

describe('map ids', () => {
	it('are 12 URL-safe characters from crypto.getRandomValues', () => {
		const ids = new Set(Array.from({ length: 2000 }, newMapId));
		expect(ids.size).toBe(2000);
		for (const id of ids) {
			expect(isMapId(id)).toBe(true);
			expect(encodeURIComponent(id)).toBe(id);
		}
		const spy = vi.spyOn(crypto, 'getRandomValues').mockImplementation((array) => array);
		expect(newMapId()).toBe('AAAAAAAAAAAA');
		spy.mockRestore();
		expect(isMapId('AAAAAAAAAAA')).toBe(false);
		expect(isMapId('AAAAAAAAAAA/')).toBe(false);
	});
});

describe('library', () => {
	it('creates a new map and lists and opens it', async () => {
		const { library, changes } = setup();
		const debate = question('Should schools start later?');
		const { record } = unwrap(await library.create(debate, { kind: 'created' }));
		expect(isMapId(record.id)).toBe(true);
		const listed = {
			id: record.id,
			title: 'Should schools start later?',
			origin: { kind: 'created' },
			created: 1_000,
			changed: 1_000,
			revision: 1,
			size: 1
		};
		expect(record).toEqual({ ...listed, debate });
		const { maps, skipped } = unwrap(await library.list());
		expect(skipped).toEqual([]);
		// The list leaves the documents out.
		expect(maps).toEqual([listed]);
		expect(unwrap(await library.open(record.id)).record.debate).toEqual(debate);
		expect(changes).toEqual([{ id: record.id, revision: 1 }]);
	});

	it('keeps an imported map with its file name, and copies a bundled debate as "Copy of …"', async () => {
		const { library } = setup();
		const imported = unwrap(
			await library.create(small(), { kind: 'imported', file: 'tiny.argdown' })
		).record;
		expect(imported.origin).toEqual({ kind: 'imported', file: 'tiny.argdown' });
		expect(imported.size).toBe(6);

		const original = bundled();
		const copy = unwrap(await library.copy(original, original.id)).record;
		expect(copy.title).toBe(`Copy of ${original.title}`);
		expect(copy.origin).toEqual({ kind: 'copy', of: original.id, title: original.title });
		expect(copy.debate).toEqual({ ...original, title: `Copy of ${original.title}` });
		expect(copy.size).toBe(original.claims.length);
	});

	it('lists the last changed first', async () => {
		const { library, time } = setup();
		const a = unwrap(await library.create(question('A?'), { kind: 'created' })).record;
		time.tick();
		const b = unwrap(await library.create(question('B?'), { kind: 'created' })).record;
		time.tick();
		const c = unwrap(await library.create(question('C?'), { kind: 'created' })).record;
		time.tick();
		unwrap(await library.rename(a.id, 'A, renamed?'));
		const titles = unwrap(await library.list()).maps.map((map) => map.title);
		expect(titles).toEqual(['A, renamed?', 'C?', 'B?']);
		expect([b.changed, c.changed]).toEqual([1_001, 1_002]);
	});

	it('renames through the edit rules, and refuses an empty title without writing', async () => {
		const { library, time } = setup();
		const { id } = unwrap(await library.create(small(), { kind: 'created' })).record;
		time.tick(500);
		const renamed = unwrap(await library.rename(id, '  Smaller  ')).record;
		expect(renamed).toMatchObject({
			title: 'Smaller',
			revision: 2,
			changed: 1_500,
			created: 1_000
		});
		expect(renamed.debate.title).toBe('Smaller');

		expect(failure(await library.rename(id, '   '))).toMatchObject({ kind: 'invalid' });
		expect(unwrap(await library.open(id)).record).toEqual(renamed);
		expect(failure(await library.rename('AAAAAAAAAAAA', 'X'))).toMatchObject({ kind: 'missing' });
	});

	it('duplicates a map as a new one named "Copy of …"', async () => {
		const { library } = setup();
		const first = unwrap(await library.create(small(), { kind: 'created' })).record;
		const copy = unwrap(await library.duplicate(first.id)).record;
		expect(copy.id).not.toBe(first.id);
		expect(copy).toMatchObject({
			title: 'Copy of Tiny',
			revision: 1,
			origin: { kind: 'copy', of: first.id, title: 'Tiny' }
		});
		expect(unwrap(await library.list()).maps).toHaveLength(2);
	});

	it('deletes a map and restores it for the session', async () => {
		const { library, changes } = setup();
		const kept = unwrap(await library.create(small(), { kind: 'created' })).record;
		const gone = unwrap(await library.create(question('Gone?'), { kind: 'created' })).record;
		expect(unwrap(await library.remove(gone.id)).record.title).toBe('Gone?');
		expect(unwrap(await library.list()).maps.map((m) => m.id)).toEqual([kept.id]);
		expect(library.deleted().map((m) => m.id)).toEqual([gone.id]);
		expect(failure(await library.open(gone.id)).kind).toBe('missing');
		expect(failure(await library.remove(gone.id)).kind).toBe('missing');

		expect(unwrap(await library.restore(gone.id)).record).toEqual(gone);
		expect(unwrap(await library.open(gone.id)).record).toEqual(gone);
		expect(library.deleted()).toEqual([]);
		expect(failure(await library.restore(gone.id)).kind).toBe('missing');
		expect(changes.slice(2)).toEqual([
			{ id: gone.id, revision: null },
			{ id: gone.id, revision: 1 }
		]);
	});

	it('exports the Crux JSON text of a map', async () => {
		const { library } = setup();
		const { id, debate } = unwrap(await library.create(small(), { kind: 'created' })).record;
		const file = unwrap(await library.export(id));
		expect(file.text).toBe(serialize(debate));
		expect(file.fileName).toBe('tiny.json');
		const read = parseDebate(JSON.parse(file.text));
		expect(read.ok && read.debate).toEqual(debate);
		expect(failure(await library.export('AAAAAAAAAAAA')).kind).toBe('missing');
	});
});

describe('stored records are checked when read', () => {
	it('skips and reports bad or foreign records, never throws', async () => {
		const { library, store } = setup();
		const good = unwrap(await library.create(small(), { kind: 'created' })).record;
		const broken = structuredClone(good);
		broken.id = 'BBBBBBBBBBBB';
		(broken.debate.relations[0] as { to: string }).to = 'nowhere';
		await store.set('BBBBBBBBBBBB', broken);
		await store.set('CCCCCCCCCCCC', { ...good, id: 'CCCCCCCCCCCC', revision: 0 });
		await store.set('DDDDDDDDDDDD', { ...good });
		await store.set('crux:something-else', 'a string');
		await store.set('EEEEEEEEEEEE', { ...good, id: 'EEEEEEEEEEEE', debate: 'not a map' });

		const { maps, skipped } = unwrap(await library.list());
		// The list reads each record's envelope; a debate is checked as its map is opened.
		expect(maps.map((m) => m.id).sort()).toEqual(['BBBBBBBBBBBB', 'EEEEEEEEEEEE', good.id].sort());
		const reasons = Object.fromEntries(skipped.map((s) => [s.key, s.reason]));
		expect(Object.keys(reasons).sort()).toEqual([
			'CCCCCCCCCCCC',
			'DDDDDDDDDDDD',
			'crux:something-else'
		]);
		expect(failure(await library.open('EEEEEEEEEEEE')).message).toMatch(/^its map is not valid: /);
		expect(reasons.CCCCCCCCCCCC).toMatch(/^not a saved map: revision: /);
		expect(reasons.DDDDDDDDDDDD).toBe(`kept under "DDDDDDDDDDDD" but says it is "${good.id}"`);
		expect(reasons['crux:something-else']).toMatch(/^not a saved map: record: /);

		expect(failure(await library.open('BBBBBBBBBBBB'))).toEqual({
			kind: 'invalid',
			message: expect.stringMatching(/^its map is not valid: relations\.0\.to: .*nowhere/)
		});
		expect(failure(await library.save('CCCCCCCCCCCC', small(), 0)).kind).toBe('invalid');

		// Opened to be laid out, a record's envelope is checked here and its debate by the worker.
		expect(unwrap(await library.openUnchecked('BBBBBBBBBBBB')).record.debate).toEqual(
			broken.debate
		);
		for (const id of ['CCCCCCCCCCCC', 'DDDDDDDDDDDD'])
			expect(failure(await library.openUnchecked(id))).toEqual({
				kind: 'invalid',
				message: reasons[id]
			});
		expect(failure(await library.openUnchecked('ZZZZZZZZZZZZ')).kind).toBe('missing');
	});
});

describe('saving by compare-and-set', () => {
	it('writes over the revision it was given and refuses any other, writing nothing', async () => {
		const { library } = setup();
		const { id } = unwrap(await library.create(question('Q?'), { kind: 'created' })).record;
		const first = unwrap(await library.save(id, small(), 1)).record;
		expect(first).toMatchObject({ revision: 2, title: 'Tiny', size: 6 });

		const stale = failure(await library.save(id, question('Stale?'), 1));
		expect(stale.kind).toBe('conflict');
		expect(stale.message).toMatch(/saved in another tab \(revision 2; this tab had 1\)/);
		expect(unwrap(await library.open(id)).record).toEqual(first);

		unwrap(await library.remove(id));
		expect(failure(await library.save(id, small(), 2))).toEqual({
			kind: 'conflict',
			message: 'this map was deleted in another tab'
		});
		expect(failure(await library.open(id)).kind).toBe('missing');
	});
});

describe('storage full or unavailable', () => {
	it('reports a full disk as quota and leaves the document as it was', async () => {
		const { library } = setup(failing(memoryStore(), quotaError));
		const debate = small();
		const before = structuredClone(debate);
		expect(failure(await library.create(debate, { kind: 'created' }))).toEqual({
			kind: 'quota',
			message: "this browser's storage is full, so the map is not saved (the disk is full)"
		});
		expect(debate).toEqual(before);
		expect(failure(await library.copy(debate, 'tiny')).kind).toBe('quota');
	});

	it('reports storage that cannot be opened as unavailable', async () => {
		const blocked = () => new DOMException('the database is closed', 'InvalidStateError');
		const { library } = setup(failing(memoryStore(), blocked));
		expect(failure(await library.list())).toMatchObject({ kind: 'unavailable' });
		expect(failure(await library.create(small(), { kind: 'created' })).message).toMatch(
			/cannot be used .*\(the database is closed\)$/
		);

		// Node, like a browser that refuses IndexedDB, has none.
		const none = createLibrary(idbStore());
		expect(failure(await none.list())).toEqual({
			kind: 'unavailable',
			message:
				"this browser's storage cannot be used (private mode or blocked), so the map is not saved (this browser offers no IndexedDB)"
		});
	});
});

describe('asking the browser not to evict the maps', () => {
	const manager = (persisted: boolean, grants: boolean) => {
		const asked = { times: 0 };
		return {
			asked,
			storage: {
				persisted: async () => persisted,
				persist: async () => {
					asked.times++;
					return grants;
				}
			}
		};
	};

	it('asks only when the storage is not kept already, and says whether it is kept', async () => {
		const kept = manager(true, false);
		expect(await keepPersistent(kept.storage)).toBe(true);
		expect(kept.asked.times).toBe(0);
		const granted = manager(false, true);
		expect(await keepPersistent(granted.storage)).toBe(true);
		expect(granted.asked.times).toBe(1);
		expect(await keepPersistent(manager(false, false).storage)).toBe(false);
		expect(await isPersistent(manager(false, false).storage)).toBe(false);
	});

	it('never throws: a browser without the API, or one that rejects, answers no or unknown', async () => {
		expect(await keepPersistent(undefined)).toBe(false);
		const broken = {
			persisted: () => Promise.reject(new Error('denied')),
			persist: () => Promise.reject(new Error('denied'))
		};
		expect(await keepPersistent(broken)).toBe(false);
		expect(await isPersistent(broken)).toBeNull();
		expect(await isPersistent(undefined)).toBeNull();
	});
});

describe('library channel', () => {
	const open: { close(): void }[] = [];
	afterEach(() => open.splice(0).forEach((channel) => channel.close()));

	it('tells other tabs of a save or a delete, and ignores messages that are not one', async () => {
		const name = `crux-library-test-${newMapId()}`;
		const [here, there] = [libraryChannel(name)!, libraryChannel(name)!];
		open.push(here, there);
		const heard: LibraryChange[] = [];
		const stop = there.listen((change) => heard.push(change));
		const raw = new BroadcastChannel(name);
		open.push(raw);
		raw.postMessage({ id: 'not an id', revision: 2 });
		raw.postMessage({ id: 'AAAAAAAAAAAA', revision: 0 });
		here.post({ id: 'AAAAAAAAAAAA', revision: 3 });
		here.post({ id: 'BBBBBBBBBBBB', revision: null });
		await vi.waitFor(() => expect(heard).toHaveLength(2));
		expect(heard).toEqual([
			{ id: 'AAAAAAAAAAAA', revision: 3 },
			{ id: 'BBBBBBBBBBBB', revision: null }
		]);
		stop();
		here.post({ id: 'CCCCCCCCCCCC', revision: 1 });
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(heard).toHaveLength(2);
	});
});
