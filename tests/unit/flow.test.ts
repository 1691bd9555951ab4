import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixtures';

/**
 * Imports point one way (data -> model -> analysis -> layout -> views). Each folder here may
 * import only the app's folders below it; a cycle through the store starts with one such import.
 */
const BELOW: Record<string, string[]> = {
	'src/lib/url': ['model'],
	'src/lib/brief': ['model', 'analysis', 'random'],
	// The views' pure derivations build on briefs and read the link's what-if shape.
	'src/lib/view': ['model', 'analysis', 'brief', 'url'],
	'src/lib/scene': ['model'],
	'src/lib/edit': ['model'],
	'src/lib/library': ['model', 'edit', 'io'],
	'src/lib/share': ['model', 'io', 'open', 'url'],
	// Keeping maps is a use case above the library and opening.
	'src/lib/keep': ['model', 'library', 'open'],
	'src/lib/io': ['model'],
	'src/lib/analysis': ['model'],
	'src/lib/model': []
};

/** The app's folders a file imports, as `src/lib/<folder>`, however the import is written. */
function foldersImported(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!);
	return specifiers
		.map((s) =>
			s.startsWith('$lib/')
				? path.join('src/lib', s.slice(5))
				: s.startsWith('.')
					? path.relative(ROOT, path.resolve(path.dirname(file), s))
					: null
		)
		.filter((s): s is string => s !== null && s.startsWith('src/lib/'))
		.map((s) => s.split('/').slice(0, 3).join('/'));
}

describe('imports point one way', () => {
	for (const [folder, below] of Object.entries(BELOW)) {
		it(`${folder} imports only ${below.join(' and ')} of the app`, () => {
			const allowed = new Set([folder, ...below.map((b) => `src/lib/${b}`)]);
			const wrong = readdirSync(path.join(ROOT, folder))
				.filter((name) => /\.ts$/.test(name))
				.flatMap((name) =>
					foldersImported(path.join(ROOT, folder, name))
						.filter((imported) => !allowed.has(imported))
						.map((imported) => `${folder}/${name} imports ${imported}`)
				);
			expect(wrong).toEqual([]);
		});
	}
});
