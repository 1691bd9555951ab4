import { urlProblem } from '../model/url';
import { isObject } from './common';

/**
 * An imported source whose link breaks the URL rule keeps everything else: the link is dropped
 * with a warning naming the field (`where`, e.g. `frontmatter sources[0]`), so that the claims
 * citing the source keep their citation.
 */
export function withoutUnsafeLink(item: unknown, where: string, warn: (message: string) => void) {
	if (!isObject(item) || typeof item.url !== 'string') return item;
	const problem = urlProblem(item.url);
	if (problem === null) return item;
	warn(`${where}.url: ${problem}: the link is dropped`);
	const rest = { ...item };
	delete rest.url;
	return rest;
}
