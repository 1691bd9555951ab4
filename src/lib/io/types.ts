import type { Debate } from '../model';

/**
 * A problem found while reading a file. `line` and `column` are 1-based positions in the text
 * read; `path` is a JSON path into it (for JSON formats) or into the produced debate.
 */
export interface IoIssue {
	message: string;
	line?: number;
	column?: number;
	path?: (string | number)[];
}

/** A point in the map's coordinates, as a source (OVA) drew it. */
export interface Position {
	x: number;
	y: number;
}

export type IoResult =
	| {
			ok: true;
			debate: Debate;
			warnings: IoIssue[];
			/** Where the source drew each claim (OVA3 only), by claim id: a seed for the layout. */
			positions?: Map<string, Position>;
			/** The view a Crux JSON file was sent with: the address's query, as in a map link. */
			view?: string;
	  }
	| { ok: false; errors: IoIssue[]; warnings: IoIssue[] };

export interface ParseOptions {
	/** The file name, if any: the fallback for the debate's title and id. */
	name?: string;
}

export const IMPORT_FORMATS = ['json', 'aif', 'argdown', 'kialo'] as const;
export const EXPORT_FORMATS = ['json', 'aif', 'argdown'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** Every format Crux knows; Kialo is read, never written. */
export type Format = ImportFormat;
