import { readFileSync, writeFileSync } from 'node:fs';
import type { Debate } from '../lib/model';
import {
	FORMATS,
	IMPORT_FORMATS,
	formatIoIssue,
	importText,
	json,
	type ImportFormat
} from '../lib/io';
import { parseArgs, plural, println, usageError } from './load';
import type { Command, Io } from './load';
import { COMMAND_USAGE } from './usage';

const IMPORT_USAGE = COMMAND_USAGE.import.usage;

export const isImportFormat = (value: string): value is ImportFormat =>
	(IMPORT_FORMATS as readonly string[]).includes(value);

/**
 * Reads a debate file in `format`, or in the format it is recognised as. Prints warnings as
 * `warning: file:line: ...` and, on failure, every error as `file:line:column: ...` or
 * `file: $.path: ...` with a last line `file: invalid <format> (N errors)`; then returns
 * `undefined` and the caller exits 1.
 */
export function readDebateFile(
	file: string,
	format: ImportFormat | undefined,
	io: Io
): { debate: Debate; format: ImportFormat } | undefined {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		println(io.stderr, `${file}: cannot read the file: ${describeFsError(error)}`);
		return undefined;
	}
	const { format: used, result } = importText(text, { name: file, ...(format ? { format } : {}) });
	if (!used) {
		println(
			io.stderr,
			`${file}: cannot tell the format (Crux JSON, AIF JSON, Argdown or a Kialo export): name it with --from`
		);
		return undefined;
	}
	if (result.warnings.length) {
		println(io.stderr, ...result.warnings.map((issue) => `warning: ${formatIoIssue(issue, file)}`));
	}
	if (!result.ok) {
		const n = result.errors.length;
		println(
			io.stderr,
			...result.errors.map((issue) => formatIoIssue(issue, file)),
			`${file}: invalid ${FORMATS[used].label} (${plural(n, 'error')})`
		);
		return undefined;
	}
	return { debate: result.debate, format: used };
}

/** Writes to `out`, or to stdout without one. Returns false (after saying why) when it cannot. */
export function writeOutput(text: string, out: string | undefined, io: Io): boolean {
	if (out === undefined) {
		io.stdout(text);
		return true;
	}
	try {
		writeFileSync(out, text);
		return true;
	} catch (error) {
		println(io.stderr, `${out}: cannot write the file: ${describeFsError(error)}`);
		return false;
	}
}

function describeFsError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	if (code === 'ENOENT') return 'no such file or directory';
	if (code === 'EISDIR') return 'it is a directory, not a file';
	if (code === 'EACCES') return 'permission denied';
	return error instanceof Error ? error.message : String(error);
}

/**
 * `import FILE [--from aif|argdown|kialo|json] [--out FILE]`: reads an AIF, Argdown or Kialo file
 * (the format is recognised when `--from` is not given) and writes the debate as Crux JSON, to
 * stdout or to `--out`. Exit 0 on success (warnings on stderr), 1 on a bad file, 2 on a mistake.
 */
export const importCommand: Command = (args, io) => {
	const parsed = parseArgs(args, { valued: ['from', 'out'] });
	if ('error' in parsed) return usageError(parsed.error, IMPORT_USAGE, io);
	const [file, ...extra] = parsed.positionals;
	if (file === undefined) return usageError('import needs a file', IMPORT_USAGE, io);
	if (extra.length) {
		return usageError(`import takes one file, not ${extra.length + 1}`, IMPORT_USAGE, io);
	}
	const from = parsed.options.get('from');
	if (from !== undefined && (from === true || !isImportFormat(from))) {
		return usageError(
			`--from takes ${IMPORT_FORMATS.join(', ')}, not "${String(from)}"`,
			IMPORT_USAGE,
			io
		);
	}
	const out = parsed.options.get('out');
	const read = readDebateFile(file, from, io);
	if (!read) return 1;
	if (!writeOutput(json.serialize(read.debate), out === true ? undefined : out, io)) return 1;
	if (typeof out === 'string') {
		const { claims, relations } = read.debate;
		println(
			io.stdout,
			`${out}: ${plural(claims.length, 'claim')}, ${plural(relations.length, 'relation')} from ${file} (${FORMATS[read.format].label})`
		);
	}
	return 0;
};
