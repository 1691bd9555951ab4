import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Shelf } from '$lib/keep';
import {
	createLibrary,
	createSaver,
	memoryStore,
	type Library,
	type LibraryChange,
	type LibraryStore
} from '$lib/library';
import { layoutDebate } from '$lib/layout';
import { buildGraph } from '$lib/model';
import { Explorer } from '$lib/stores/explorer.svelte';
import { Keeper, type MapSource } from '$lib/stores/keeper.svelte';
import { bundled } from '../support/edit';
import { failing, quotaError, unwrap } from '../support/library';

/** The page's library, in memory: what `useLibrary` hands the keeper in these tests. */
const shelf = vi.hoisted(() => ({ current: null as unknown as Shelf }));
vi.mock('$lib/keep', () => ({ useLibrary: async () => shelf.current }));

const debate = bundled();
const layout = layoutDebate(buildGraph(debate));
let library: Library;
/** What the other tabs of the page would hear. */
let heard: ((change: LibraryChange) => void)[];

function useStore(store: LibraryStore) {
	library = createLibrary(store);
	heard = [];
	shelf.current = {
		library,
		listen: (hear) => {
			heard.push(hear);
			return () => {};
		},
		createSaver,
		flushOnHide: () => () => {}
	};
}

beforeEach(() => useStore(memoryStore()));

async function keeping(source: MapSource) {
	const explorer = new Explorer(debate, layout);
	await explorer.authoring.load();
	const keeper = new Keeper(explorer, source);
	explorer.keeping = keeper;
	return { explorer, keeper };
}

const support = (explorer: Explorer, text: string) =>
	explorer.authoring.edit({
		type: 'addClaim',
		target: explorer.graph.resolution,
		stance: 'supports',
		claim: { text }
	});

/** Resolves once the keeper saves with a saver of its own (made when the library answers). */
const saved = (keeper: Keeper) =>
	vi.waitFor(() => expect(keeper.state).toMatchObject({ status: 'saved' }));

describe('the keeper keeps the map on screen in the library', () => {
	it('copies a bundled debate at its first edit, named so, and saves every edit after', async () => {
		const { explorer, keeper } = await keeping({
			kind: 'original',
			of: debate.id,
			title: debate.title
		});
		expect(explorer.mapId).toBeNull();
		expect(support(explorer, 'Renewal keeps the inspectors in post.')).toBeNull();
		expect(explorer.graph.debate.title).toBe(`Copy of ${debate.title}`);
		// The rename is where the copy starts, not an edit to undo.
		expect(explorer.history.past).toHaveLength(1);
		await vi.waitFor(() => expect(explorer.mapId).not.toBeNull());
		const id = explorer.mapId!;
		const first = unwrap(await library.open(id)).record;
		expect(first.origin).toEqual({ kind: 'copy', of: debate.id, title: debate.title });
		expect(first.title).toBe(`Copy of ${debate.title}`);
		expect(first.size).toBe(debate.claims.length + 1);

		await saved(keeper);
		support(explorer, 'And the labs stay open.');
		explorer.authoring.undo();
		support(explorer, 'And the labs stay open to visitors.');
		await keeper.flush();
		const later = unwrap(await library.open(id)).record;
		expect(later.debate).toEqual(explorer.history.debate);
		expect(later.revision).toBeGreaterThan(first.revision);
		// The bundled original is as it was.
		expect(debate.title).not.toMatch(/^Copy of/);
		expect(unwrap(await library.list()).maps).toHaveLength(1);
	});

	it('refuses an edit of a map from a link, which changes nothing and keeps nothing', async () => {
		const { explorer, keeper } = await keeping({ kind: 'linked' });
		expect(support(explorer, 'An edit of a linked map.')).toMatchObject({
			ok: false,
			field: 'map',
			message: expect.stringContaining('save it to your maps')
		});
		expect(explorer.graph.debate).toBe(debate);
		expect(keeper.state).toBeNull();
		expect(unwrap(await library.list()).maps).toEqual([]);

		// Saved to my maps, under the link's own title, it is kept and saves its edits.
		const id = await keeper.saveCopy();
		expect(id).toBe(explorer.mapId);
		expect(unwrap(await library.open(id!)).record.title).toBe(debate.title);
		await saved(keeper);
		expect(support(explorer, 'Now it can be edited.')).toBeNull();
		await keeper.flush();
		expect(unwrap(await library.open(id!)).record.size).toBe(debate.claims.length + 1);
	});

	it('tells of a full disk at once, keeps the edits on screen, and keeps them once there is room', async () => {
		const broken = { on: true };
		useStore(failing(memoryStore(), quotaError, broken));
		const { explorer, keeper } = await keeping({
			kind: 'original',
			of: debate.id,
			title: debate.title
		});
		expect(keeper.unkept).toBeNull();
		support(explorer, 'Written while the disk is full.');
		await vi.waitFor(() =>
			expect(keeper.state).toMatchObject({ status: 'failed', failure: { kind: 'quota' } })
		);
		expect(explorer.graph.claims.size).toBe(debate.claims.length + 1);
		expect(explorer.mapId).toBeNull();
		// Leaving now would lose the edit: the reader is asked, and told why and what to do.
		expect(keeper.unkept).toMatch(
			/^Your edits to “Copy of .*” are not kept in this browser \(.+\)\. /
		);

		broken.on = false;
		support(explorer, 'Written once there is room.');
		await vi.waitFor(() => expect(explorer.mapId).not.toBeNull());
		const record = unwrap(await library.open(explorer.mapId!)).record;
		expect(record.size).toBe(debate.claims.length + 2);
		await vi.waitFor(() => expect(keeper.unkept).toBeNull());
	});

	it('tells at once of another tab saving the same map, overwrites nothing, and saves a copy', async () => {
		const kept = unwrap(await library.create(debate, { kind: 'created' })).record;
		const { explorer, keeper } = await keeping({ kind: 'kept', id: kept.id, revision: 1 });
		expect(explorer.mapId).toBe(kept.id);
		await vi.waitFor(() => expect(heard).toHaveLength(1));

		// Another tab saves: its message arrives before this tab's next save.
		const theirs = unwrap(await library.save(kept.id, debate, 1)).record;
		heard[0]!({ id: kept.id, revision: theirs.revision });
		expect(keeper.state).toMatchObject({ status: 'failed', failure: { kind: 'conflict' } });
		support(explorer, 'Written in the later tab.');
		await keeper.flush();
		expect(unwrap(await library.open(kept.id)).record.revision).toBe(theirs.revision);

		const copy = await keeper.saveCopy();
		expect(copy).not.toBe(kept.id);
		expect(explorer.mapId).toBe(copy);
		const record = unwrap(await library.open(copy!)).record;
		expect(record.title).toBe(`Copy of ${debate.title}`);
		expect(record.size).toBe(debate.claims.length + 1);
		expect(record.origin).toEqual({ kind: 'copy', of: kept.id, title: debate.title });
	});
});
