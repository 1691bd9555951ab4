import { readFileSync } from 'node:fs';
import { formatIssue, parseDebateJson, type Debate, type Issue } from '../lib/model';

/** Where a command writes. Injected so that tests run commands in-process and read the output. */
export interface Io {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
}

/** A command: arguments after its name in, exit code out. */
export type Command = (args: string[], io: Io) => number;

export const processIo: Io = {
	stdout: (text) => void process.stdout.write(text),
	stderr: (text) => void process.stderr.write(text)
};

/** Writes each line followed by a newline. */
export const println = (write: (text: string) => void, ...lines: string[]) =>
	write(lines.map((line) => `${line}\n`).join(''));

export type Loaded = { debate: Debate; warnings: Issue[] };

/**
 * Reads and validates a debate file. On failure, prints every error as `file: $.path: reason` to
 * stderr and returns `undefined`; the caller exits 1.
 */
export function loadDebate(file: string, io: Io): Loaded | undefined {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		println(io.stderr, `${file}: cannot read the file: ${describeReadError(error)}`);
		return undefined;
	}
	// Editors on Windows save a byte order mark that JSON.parse rejects.
	const parsed = parseDebateJson(text.replace(/^\uFEFF/, ''));
	if (!parsed.ok) {
		println(io.stderr, ...parsed.errors.map((issue) => formatIssue(issue, file)));
		const n = parsed.errors.length;
		println(io.stderr, `${file}: invalid (${n} ${n === 1 ? 'error' : 'errors'})`);
		return undefined;
	}
	return { debate: parsed.debate, warnings: parsed.warnings };
}

export function printWarnings(file: string, warnings: Issue[], io: Io) {
	if (warnings.length) {
		println(io.stderr, ...warnings.map((issue) => `warning: ${formatIssue(issue, file)}`));
	}
}

function describeReadError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	if (code === 'ENOENT') return 'no such file';
	if (code === 'EISDIR') return 'it is a directory, not a file';
	if (code === 'EACCES') return 'permission denied';
	return error instanceof Error ? error.message : String(error);
}

/**
 * Splits arguments into positionals and `--flag` / `--flag=value` / `--flag value` options.
 * `valued` names the options that take a value. Returns a message for anything unknown.
 */
export function parseArgs(
	args: string[],
	known: { flags?: string[]; valued?: string[] } = {}
): { positionals: string[]; options: Map<string, string | true> } | { error: string } {
	const positionals: string[] = [];
	const options = new Map<string, string | true>();
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		if (arg === '--') {
			positionals.push(...args.slice(i + 1));
			break;
		}
		if (!arg.startsWith('-')) {
			positionals.push(arg);
			continue;
		}
		if (!arg.startsWith('--')) return { error: `unknown option "${arg}"` };
		const [name, inline] = splitOnce(arg.slice(2), '=');
		if (known.flags?.includes(name)) {
			if (inline !== undefined) return { error: `option "--${name}" takes no value` };
			options.set(name, true);
		} else if (known.valued?.includes(name)) {
			const value = inline ?? args[++i];
			if (value === undefined) return { error: `option "--${name}" needs a value` };
			options.set(name, value);
		} else return { error: `unknown option "--${name}"` };
	}
	return { positionals, options };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
	const at = text.indexOf(separator);
	return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** Prints a command-line mistake with the command's usage line; the caller exits 2. */
export function usageError(message: string, usage: string, io: Io): number {
	println(io.stderr, `crux: ${message}`, `usage: npm run cli -- ${usage}`);
	return 2;
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
