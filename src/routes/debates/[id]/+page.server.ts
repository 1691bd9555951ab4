import { error } from '@sveltejs/kit';
import { bundledDebates } from '$lib/server/debates';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every bundled debate gets its own prerendered page. */
export const entries: EntryGenerator = () => [...bundledDebates().keys()].map((id) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const found = bundledDebates().get(params.id);
	if (!found) error(404, `No debate is published as “${params.id}”.`);
	return found;
};
