import { EXPORT_FORMATS, IMPORT_FORMATS, exportDebate, type ExportFormat } from '../lib/io';
import { isImportFormat, readDebateFile, writeOutput } from './import';
import { parseArgs, usageError } from './load';
import type { Command } from './load';
import { COMMAND_USAGE } from './usage';

const EXPORT_USAGE = COMMAND_USAGE.export.usage;

const isExportFormat = (value: string): value is ExportFormat =>
	(EXPORT_FORMATS as readonly string[]).includes(value);

/**
 * `export FILE --to aif|argdown|json [--from ...] [--out FILE]`: writes a debate (Crux JSON, or any
 * format `import` reads) as AIF JSON, Argdown or Crux JSON, to stdout or to `--out`. Exit 0 on
 * success, 1 on a bad file, 2 on a command-line mistake.
 */
export const exportCommand: Command = (args, io) => {
	const parsed = parseArgs(args, { valued: ['to', 'from', 'out'] });
	if ('error' in parsed) return usageError(parsed.error, EXPORT_USAGE, io);
	const [file, ...extra] = parsed.positionals;
	if (file === undefined) return usageError('export needs a file', EXPORT_USAGE, io);
	if (extra.length) {
		return usageError(`export takes one file, not ${extra.length + 1}`, EXPORT_USAGE, io);
	}
	const to = parsed.options.get('to');
	if (to === undefined) {
		return usageError(`export needs --to ${EXPORT_FORMATS.join('|')}`, EXPORT_USAGE, io);
	}
	if (to === true || !isExportFormat(to)) {
		return usageError(
			`--to takes ${EXPORT_FORMATS.join(', ')}, not "${String(to)}"`,
			EXPORT_USAGE,
			io
		);
	}
	const from = parsed.options.get('from');
	if (from !== undefined && (from === true || !isImportFormat(from))) {
		return usageError(
			`--from takes ${IMPORT_FORMATS.join(', ')}, not "${String(from)}"`,
			EXPORT_USAGE,
			io
		);
	}
	const out = parsed.options.get('out');
	const read = readDebateFile(file, from, io);
	if (!read) return 1;
	return writeOutput(exportDebate(read.debate, to), typeof out === 'string' ? out : undefined, io)
		? 0
		: 1;
};
