import type { LibraryStore, Result } from '../../src/lib/library';

/** What a browser throws when the origin's storage is full. */
export const quotaError = () => new DOMException('the disk is full', 'QuotaExceededError');

/**
 * `store` whose every operation rejects with `error()` while `broken.on` is true: a full disk or
 * storage taken away, and then given back.
 */
export function failing(
	store: LibraryStore,
	error: () => unknown,
	broken = { on: true }
): LibraryStore {
	const guard =
		<A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
		(...args: A): Promise<R> =>
			broken.on ? Promise.reject(error()) : run(...args);
	return {
		get: guard(store.get),
		set: guard(store.set),
		del: guard(store.del),
		entries: guard(store.entries),
		update: guard(store.update)
	};
}

/** The result of an operation that must succeed. */
export function unwrap<T>(result: Result<T>): T {
	if (!result.ok) throw new Error(`${result.failure.kind}: ${result.failure.message}`);
	return result;
}
