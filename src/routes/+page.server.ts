import { bundledDebate, DEFAULT_DEBATE } from '$lib/server/debates';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => bundledDebate(DEFAULT_DEBATE);
