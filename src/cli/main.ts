import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { println, processIo, type Command, type Io } from './load';
import { COMMAND_USAGE } from './usage';

/** Loaded on demand: a command's dependencies (layout pulls in d3) cost only when it runs. */
const COMMANDS: Record<keyof typeof COMMAND_USAGE, () => Promise<Command>> = {
	validate: async () => (await import('./validate')).validate,
	layout: async () => (await import('./layout')).layout,
	stats: async () => (await import('./stats')).stats,
	evaluate: async () => (await import('./evaluate')).evaluate,
	import: async () => (await import('./import')).importCommand,
	export: async () => (await import('./export')).exportCommand
};

export const USAGE = [
	'usage: npm run cli -- <command> [arguments]',
	'',
	'commands:',
	...Object.values(COMMAND_USAGE).map(({ usage, summary }) => `  ${usage.padEnd(36)}${summary}`),
	`  ${'help'.padEnd(36)}show this text`,
	'',
	'Exit codes: 0 success, 1 an invalid or unreadable file, 2 a command-line mistake.'
].join('\n');

/** Dispatches `argv` (the arguments after `main.ts`) and returns the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
	const [name, ...args] = argv;
	if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
		println(io.stdout, USAGE);
		return 0;
	}
	if (!Object.hasOwn(COMMANDS, name)) {
		println(io.stderr, `crux: unknown command "${name}"`, '', USAGE);
		return 2;
	}
	const command = name as keyof typeof COMMANDS;
	if (args.includes('--help') || args.includes('-h')) {
		const { usage, summary } = COMMAND_USAGE[command];
		println(io.stdout, `usage: npm run cli -- ${usage}`, '', summary);
		return 0;
	}
	return (await COMMANDS[command]())(args, io);
}

const isEntry = () => {
	try {
		return (
			process.argv[1] !== undefined &&
			realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)
		);
	} catch {
		return false;
	}
};

if (isEntry()) {
	// `... | head` closes the pipe early: that is not an error.
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
		throw error;
	});
	run(process.argv.slice(2), processIo).then(
		(code) => (process.exitCode = code),
		(error: unknown) => {
			console.error('crux: internal error:', error);
			process.exitCode = 70;
		}
	);
}
