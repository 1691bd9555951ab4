import { expect, test, type Page } from '@playwright/test';
import type { Library, LibraryChange } from '../../src/lib/library';

// The library's IndexedDB store in a real browser, two tabs of one origin: the unit tests run its
// rules on a store in memory, this checks that idb-keyval's transaction keeps them. The
// development server serves the modules, so the test can drive them before any view uses them.
const LIBRARY = '/src/lib/library/index.ts';
const EDIT = '/src/lib/edit/index.ts';

/** What `openTab` leaves on the tab's window. */
interface Tab {
	library: Library;
	heard: LibraryChange[];
}

/**
 * Creates a library over IndexedDB in the tab, listening to the other tabs. The tab shows a
 * static file of the origin, not the app: the modules are all it needs, and the development
 * server then compiles only them.
 */
async function openTab(page: Page) {
	await page.goto('/favicon.svg');
	await page.evaluate(async (path) => {
		const lib = await import(/* @vite-ignore */ path);
		const heard: LibraryChange[] = [];
		const channel = lib.libraryChannel();
		channel.listen((change: LibraryChange) => heard.push(change));
		const library = lib.createLibrary(lib.idbStore(), { onChange: channel.post });
		Object.assign(window, { library, heard });
	}, LIBRARY);
}

/** The map's title and revision as the tab reads them now. */
const stored = (page: Page, id: string) =>
	page.evaluate(async (id) => {
		const opened = await (window as unknown as Tab).library.open(id);
		if (!opened.ok) throw new Error(opened.failure.message);
		return { title: opened.record.title, revision: opened.record.revision };
	}, id);

test('two tabs keep one map in IndexedDB: the later save is refused, the other tab is told', async ({
	context
}) => {
	const [first, later] = [await context.newPage(), await context.newPage()];
	await openTab(first);
	await openTab(later);

	const id = await first.evaluate(async (path) => {
		const edit = await import(/* @vite-ignore */ path);
		const made = edit.newMap('Should tabs share a map?');
		const created = await (window as unknown as Tab).library.create(made.debate, {
			kind: 'created'
		});
		if (!created.ok) throw new Error(created.failure.message);
		return created.record.id;
	}, EDIT);
	expect(await stored(later, id)).toEqual({ title: 'Should tabs share a map?', revision: 1 });

	const saved = await first.evaluate(
		async ({ id, path }) => {
			const edit = await import(/* @vite-ignore */ path);
			const { library } = window as unknown as Tab;
			const opened = await library.open(id);
			if (!opened.ok) throw new Error(opened.failure.message);
			const renamed = edit.apply(opened.record.debate, { type: 'renameMap', title: 'First tab' });
			return await library.save(id, renamed.debate, opened.record.revision);
		},
		{ id, path: EDIT }
	);
	expect(saved).toMatchObject({ ok: true, record: { title: 'First tab', revision: 2 } });

	await expect
		.poll(() => later.evaluate(() => (window as unknown as Tab).heard))
		.toEqual([
			{ id, revision: 1 },
			{ id, revision: 2 }
		]);

	// The later tab still holds revision 1: its save is refused and writes nothing.
	const refused = await later.evaluate(async (id) => {
		const { library } = window as unknown as Tab;
		const opened = await library.open(id);
		if (!opened.ok) throw new Error(opened.failure.message);
		return await library.save(id, { ...opened.record.debate, title: 'Later tab' }, 1);
	}, id);
	expect(refused).toEqual({
		ok: false,
		failure: {
			kind: 'conflict',
			message: 'this map was saved in another tab (revision 2; this tab had 1)'
		}
	});
	expect(await stored(later, id)).toEqual({ title: 'First tab', revision: 2 });

	// A reload finds it, checked and listed.
	await openTab(first);
	const listed = await first.evaluate(() => (window as unknown as Tab).library.list());
	expect(listed).toEqual({
		ok: true,
		skipped: [],
		maps: [expect.objectContaining({ id, title: 'First tab', revision: 2 })]
	});
});
