import { loadDebate, parseArgs, plural, println, printWarnings, usageError } from './load';
import type { Command } from './load';
import { COMMAND_USAGE } from './usage';

const VALIDATE_USAGE = COMMAND_USAGE.validate.usage;

/**
 * `validate FILE [FILE...]`: prints `FILE: valid (N claims, M relations)` for each valid file and
 * its warnings; every error of an invalid one on stderr. Exit 0 when all are valid, 1 otherwise.
 */
export const validate: Command = (args, io) => {
	const parsed = parseArgs(args);
	if ('error' in parsed) return usageError(parsed.error, VALIDATE_USAGE, io);
	if (!parsed.positionals.length) return usageError('validate needs a file', VALIDATE_USAGE, io);
	let failed = 0;
	for (const file of parsed.positionals) {
		const loaded = loadDebate(file, io);
		if (!loaded) {
			failed++;
			continue;
		}
		const { claims, relations } = loaded.debate;
		println(
			io.stdout,
			`${file}: valid (${plural(claims.length, 'claim')}, ${plural(relations.length, 'relation')})`
		);
		printWarnings(file, loaded.warnings, io);
	}
	return failed ? 1 : 0;
};
