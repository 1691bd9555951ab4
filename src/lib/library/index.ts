/**
 * The local library: the user's maps in this browser's IndexedDB, each record checked when read,
 * saved by compare-and-set so two tabs never overwrite each other, autosaved within a second.
 * Framework-free: the store owns a library and the open map's saver and shows their states.
 */
export {
	createSaver,
	flushOnHide,
	type Saver,
	type SaveState,
	type SaverOptions
} from './autosave';
export { libraryChannel } from './channel';
export { blankMap } from './blank';
export { isMapId, newMapId } from './ids';
export {
	copyTitle,
	createLibrary,
	type Library,
	type LibraryChange,
	type LibraryOptions,
	type Result
} from './library';
export type { MapRecord, MapSummary, Origin, Skipped } from './record';
export {
	idbStore,
	isPersistent,
	keepPersistent,
	memoryStore,
	storageFailure,
	type LibraryFailure,
	type LibraryStore
} from './store';
