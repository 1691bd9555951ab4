import * as aif from './aif';
import * as argdown from './argdown';
import { detectFormat } from './detect';
import * as json from './json';
import * as kialo from './kialo';
import type { ImportFormat, IoResult, ParseOptions } from './types';

/**
 * Import and export: one folder per format, each `parse(text, options?) -> IoResult` (and, but
 * for Kialo, `serialize(debate) -> string`), the larger ones in named stages of pure modules.
 * `export.ts` writes a debate without loading any parser. No DOM and no Node APIs: the same code runs in
 * the CLI, in the browser and in a Web Worker. Every debate an importer returns has passed
 * `parseDebate`.
 */
export * from './types';
export { formatIoIssue } from './common';
export { detectFormat };
export { exportDebate } from './export';
export { aif, argdown, json, kialo };

const PARSERS: Record<ImportFormat, (text: string, options?: ParseOptions) => IoResult> = {
	json: json.parse,
	aif: aif.parse,
	argdown: argdown.parse,
	kialo: kialo.parse
};

/** What each format is called and how its files are named, for pickers and downloads. */
export const FORMATS: Record<
	ImportFormat,
	{ label: string; extensions: string[]; mediaType: string }
> = {
	json: { label: 'Crux JSON', extensions: ['.json'], mediaType: 'application/json' },
	aif: { label: 'AIF JSON', extensions: ['.json'], mediaType: 'application/json' },
	argdown: { label: 'Argdown', extensions: ['.argdown', '.ad'], mediaType: 'text/plain' },
	kialo: { label: 'Kialo export', extensions: ['.txt'], mediaType: 'text/plain' }
};

export function importDebate(text: string, format: ImportFormat, options?: ParseOptions): IoResult {
	return PARSERS[format](text, options);
}

/**
 * Imports a text in the given format, or in the one `detectFormat` finds. `format` is `null` (and
 * the result an error) when the format was not given and cannot be told.
 */
export function importText(
	text: string,
	options: ParseOptions & { format?: ImportFormat } = {}
): { format: ImportFormat | null; result: IoResult } {
	const format = options.format ?? detectFormat(text, options.name);
	if (!format) {
		return {
			format,
			result: {
				ok: false,
				errors: [
					{
						message:
							'cannot tell the format: expected Crux JSON, AIF JSON, Argdown or a Kialo export'
					}
				],
				warnings: []
			}
		};
	}
	return { format, result: importDebate(text, format, options) };
}
