/**
 * Keeping a map that came in a link: a copy under a new id in the local library, so a link never
 * overwrites a map already kept. The library (idb-keyval, zod records) loads when asked for.
 */
import type { Debate } from '$lib/model/schema';

/** The new map's id, or what kept the library from taking it. */
export async function saveLinkedMap(debate: Debate): Promise<{ id: string } | { problem: string }> {
	const { createLibrary, idbStore } = await import('$lib/library');
	const kept = await createLibrary(idbStore()).create(debate, {
		kind: 'imported',
		file: 'a shared link'
	});
	return kept.ok ? { id: kept.record.id } : { problem: kept.failure.message };
}
