import type { Io } from '../../src/cli/load';
import { run } from '../../src/cli/main';

/** An `Io` that records what a command writes. */
export function capture() {
	const out: string[] = [];
	const err: string[] = [];
	const io: Io = { stdout: (text) => out.push(text), stderr: (text) => err.push(text) };
	return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

/** Runs a command in-process: its exit code and what it wrote. */
export async function cli(argv: string[]) {
	const { io, stdout, stderr } = capture();
	const code = await run(argv, io);
	return { code, stdout: stdout(), stderr: stderr() };
}
