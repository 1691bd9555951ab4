import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/model';
import { layoutDebate } from '../../src/lib/layout';
import { parseArgs } from '../../src/cli/load';
import { USAGE } from '../../src/cli/main';
import { capture, cli } from '../support/cli';
import { loadDebate } from '../support/fixtures';
import { stats } from '../../src/cli/stats';
import { validate } from '../../src/cli/validate';

const FIXTURES = 'tests/fixtures/debates';
const VALID = `${FIXTURES}/small-valid.json`;
const ERRORS = `${FIXTURES}/several-errors.json`;
const SHAPE = `${FIXTURES}/schema-errors.json`;
const NOT_JSON = `${FIXTURES}/not-json.json`;
const WARNINGS = `${FIXTURES}/warnings.json`;

const lines = (text: string) => text.split('\n').filter(Boolean);

const scratch = mkdtempSync(join(tmpdir(), 'crux-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('validate', () => {
	it('reports a valid file with its counts, exit 0', async () => {
		expect(await cli(['validate', VALID])).toEqual({
			code: 0,
			stdout: `${VALID}: valid (5 claims, 4 relations)\n`,
			stderr: ''
		});
	});

	it('prints every error with file, JSON path and reason on stderr, exit 1', async () => {
		const { code, stdout, stderr } = await cli(['validate', ERRORS]);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(lines(stderr)).toEqual([
			`${ERRORS}: $.claims[3].id: duplicate id "a": already used by claims[1]`,
			`${ERRORS}: $.claims[2].speaker: no speaker has the id "bob"`,
			`${ERRORS}: $.relations[1].to: an undercut attacks a relation, but "r" is a claim (use "rebuts" to attack a claim)`,
			`${ERRORS}: $.relations[2].to: no claim has the id "ghost"`,
			`${ERRORS}: invalid (4 errors)`
		]);
	});

	it('names shape errors by path, including an unknown field', async () => {
		const { code, stderr } = await cli(['validate', SHAPE]);
		expect(code).toBe(1);
		expect(lines(stderr)).toEqual([
			`${SHAPE}: $.claims[1].qoute: unknown field "qoute"`,
			`${SHAPE}: $.claims[2].text: missing required field (expected string)`,
			`${SHAPE}: $.relations[0].kind: Invalid option: expected one of "supports"|"rebuts"|"undercuts"`,
			`${SHAPE}: invalid (3 errors)`
		]);
	});

	it('names the line and column of a JSON syntax error', async () => {
		const { code, stderr } = await cli(['validate', NOT_JSON]);
		expect(code).toBe(1);
		expect(lines(stderr)).toEqual([
			`${NOT_JSON}: $: not valid JSON at line 6, column 2: Unexpected token ']'`,
			`${NOT_JSON}: invalid (1 error)`
		]);
	});

	it('says clearly that a file is missing, exit 1', async () => {
		const missing = `${FIXTURES}/no-such-debate.json`;
		expect(await cli(['validate', missing])).toEqual({
			code: 1,
			stdout: '',
			stderr: `${missing}: cannot read the file: no such file\n`
		});
	});

	it('says clearly that a path is a directory', async () => {
		const { code, stderr } = await cli(['validate', FIXTURES]);
		expect(code).toBe(1);
		expect(stderr).toBe(`${FIXTURES}: cannot read the file: it is a directory, not a file\n`);
	});

	it('prints warnings of a valid file, prefixed "warning:", and still exits 0', async () => {
		const { code, stdout, stderr } = await cli(['validate', WARNINGS]);
		expect(code).toBe(0);
		expect(stdout).toBe(`${WARNINGS}: valid (3 claims, 2 relations)\n`);
		const warnings = lines(stderr);
		expect(warnings).toHaveLength(3);
		expect(warnings.every((line) => line.startsWith(`warning: ${WARNINGS}: $.`))).toBe(true);
		expect(warnings[0]).toMatch(/\$\.resolution: no resolution is named and 2 claims/);
		expect(warnings[1]).toMatch(/\$\.claims\[1\]: claim "pro" is affirmative .* negative/);
		expect(warnings[2]).toMatch(/\$\.claims\[2\]: claim "aside" has no chain/);
	});

	it('checks every file it is given and fails if any is invalid', async () => {
		const { code, stdout, stderr } = await cli(['validate', VALID, NOT_JSON, WARNINGS]);
		expect(code).toBe(1);
		expect(lines(stdout)).toEqual([
			`${VALID}: valid (5 claims, 4 relations)`,
			`${WARNINGS}: valid (3 claims, 2 relations)`
		]);
		expect(stderr).toContain(`${NOT_JSON}: invalid (1 error)`);
	});

	it('accepts a file that starts with a byte order mark', async () => {
		const file = join(scratch, 'bom.json');
		writeFileSync(file, `\uFEFF${readFileSync(VALID, 'utf8')}`);
		expect((await cli(['validate', file])).code).toBe(0);
	});

	it('treats a missing file argument or an unknown option as a usage mistake, exit 2', () => {
		for (const args of [[], ['--strict', VALID], ['-x', VALID]]) {
			const { io, stdout, stderr } = capture();
			expect(validate(args, io)).toBe(2);
			expect(stdout()).toBe('');
			expect(stderr()).toMatch(/^crux: .*\nusage: npm run cli -- validate FILE \[FILE\.\.\.\]\n$/);
		}
	});
});

describe('stats', () => {
	it('prints a readable table', async () => {
		const { code, stdout, stderr } = await cli(['stats', VALID]);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		for (const row of [
			/^debate +school-uniforms: Should the school require uniforms\?$/,
			/^resolution +r$/,
			/^claims +5$/,
			/^relations +4$/,
			/^ {2}supports +2$/,
			/^ {2}rebuts +1$/,
			/^ {2}undercuts +1$/,
			/^speakers +2$/,
			/^ {2}Dana Ortiz +2 claims$/,
			/^ {2}Sam Lee +1 claim$/,
			/^ {2}\(no speaker\) +2 claims$/,
			/^ {2}affirmative +4$/,
			/^ {2}negative +1$/,
			/^ {2}disconnected +0$/,
			/^max depth +3$/,
			/^ {2}depth 0 +1 claim$/,
			/^ {2}depth 1 +2 claims$/,
			/^ {2}depth 2 +1 claim$/,
			/^ {2}depth 3 +1 claim$/
		]) {
			expect(
				lines(stdout).some((line) => row.test(line)),
				String(row)
			).toBe(true);
		}
		// The values form one aligned column.
		const starts = lines(stdout)
			.filter((line) => line !== 'sides')
			.map((line) => /^(.*?\S) {2,}(?=\S)/.exec(line)?.[0].length);
		expect(new Set(starts)).toEqual(new Set([starts[0]]));
		expect(starts[0]).toBeGreaterThan(0);
	});

	it('gives the same numbers as JSON with --json', async () => {
		const { code, stdout } = await cli(['stats', VALID, '--json']);
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toEqual({
			id: 'school-uniforms',
			title: 'Should the school require uniforms?',
			resolution: 'r',
			claims: 5,
			relations: { total: 4, supports: 2, rebuts: 1, undercuts: 1 },
			sources: 1,
			speakers: {
				total: 2,
				claims: [
					{ id: 'head', name: 'Dana Ortiz', claims: 2 },
					{ id: 'parent', name: 'Sam Lee', claims: 1 }
				]
			},
			unattributed: 2,
			sides: { affirmative: 4, negative: 1, disconnected: 0 },
			maxDepth: 3,
			perDepth: [1, 2, 1, 1],
			warnings: 0
		});
	});

	it('counts disconnected claims and reports warnings on stderr', async () => {
		const { code, stdout, stderr } = await cli(['stats', '--json', WARNINGS]);
		expect(code).toBe(0);
		const result = JSON.parse(stdout);
		expect(result.sides).toEqual({ affirmative: 2, negative: 0, disconnected: 1 });
		expect(result.perDepth).toEqual([1, 1]);
		expect(result.warnings).toBe(3);
		expect(lines(stderr)).toHaveLength(3);
	});

	it('prints the errors of an invalid file and nothing on stdout, exit 1', async () => {
		const { code, stdout, stderr } = await cli(['stats', ERRORS]);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toContain(`${ERRORS}: $.claims[2].speaker: no speaker has the id "bob"`);
	});

	it('takes exactly one file', () => {
		for (const args of [[], [VALID, WARNINGS], [VALID, '--jsno']]) {
			const { io, stderr } = capture();
			expect(stats(args, io)).toBe(2);
			expect(stderr()).toContain('usage: npm run cli -- stats FILE [--json]');
		}
	});
});

describe('layout', () => {
	it('prints a node for every claim and an edge for every relation, as JSON', async () => {
		const { code, stdout } = await cli(['layout', VALID]);
		expect(code).toBe(0);
		const map = JSON.parse(stdout) as {
			nodes: { id: string; x: number; y: number; width: number; height: number }[];
			edges: { id: string; from: string; to: string; kind: string }[];
		};
		expect(map.nodes.map((n) => n.id).sort()).toEqual(['bully', 'cost', 'grant', 'price', 'r']);
		for (const node of map.nodes) {
			expect(Object.keys(node).sort()).toEqual(['height', 'id', 'width', 'x', 'y']);
			expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true);
			expect(node.width).toBeGreaterThan(0);
			expect(node.height).toBeGreaterThan(0);
		}
		expect(map.edges.map(({ id, from, to, kind }) => `${id} ${from} ${kind} ${to}`).sort()).toEqual(
			['b1 price rebuts cost', 's1 cost supports r', 's2 bully supports r', 'u1 grant undercuts b1']
		);
	});

	it('is deterministic: the same file gives the same positions', async () => {
		const first = await cli(['layout', VALID]);
		const second = await cli(['layout', VALID]);
		expect(second.stdout).toBe(first.stdout);
	});

	it('prints what layoutDebate computes, passing --ticks and --seed through', async () => {
		const graph = buildGraph(loadDebate(VALID));
		for (const options of [{}, { ticks: 0, seed: 3 }, { ticks: 40, seed: 9 }]) {
			const args = Object.entries(options).flatMap(([name, value]) => [`--${name}`, `${value}`]);
			const { code, stdout } = await cli(['layout', VALID, ...args]);
			expect(code).toBe(0);
			const expected = layoutDebate(graph, options);
			expect(JSON.parse(stdout).nodes).toEqual(
				expected.nodes.map(({ id, x, y, width, height }) => ({ id, x, y, width, height }))
			);
		}
		// The options matter: without them passed through, these two would be equal.
		const settled = await cli(['layout', VALID]);
		const unsettled = await cli(['layout', VALID, '--ticks', '0']);
		expect(unsettled.stdout).not.toBe(settled.stdout);
	});

	it('prints the errors of an invalid file and no JSON, exit 1', async () => {
		const { code, stdout, stderr } = await cli(['layout', NOT_JSON]);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toContain('not valid JSON at line 6, column 2');
	});

	it('rejects a --ticks that is not a whole number, exit 2', async () => {
		const { code, stderr } = await cli(['layout', VALID, '--ticks', 'many']);
		expect(code).toBe(2);
		expect(stderr).toContain('--ticks takes a whole number, not "many"');
	});
});

describe('dispatch', () => {
	it('lists every command for help, --help and no arguments, exit 0', async () => {
		for (const argv of [[], ['help'], ['--help'], ['-h']]) {
			const { code, stdout, stderr } = await cli(argv);
			expect(code).toBe(0);
			expect(stderr).toBe('');
			expect(stdout).toBe(`${USAGE}\n`);
		}
		for (const command of ['validate FILE', 'layout FILE', 'stats FILE', 'help']) {
			expect(USAGE).toMatch(new RegExp(`^ {2}${command}`, 'm'));
		}
	});

	it('rejects an unknown command with the usage on stderr, exit 2', async () => {
		for (const name of ['frobnicate', 'toString', '__proto__']) {
			const { code, stdout, stderr } = await cli([name]);
			expect(code).toBe(2);
			expect(stdout).toBe('');
			expect(stderr).toBe(`crux: unknown command "${name}"\n\n${USAGE}\n`);
		}
	});

	it('shows one command’s usage for COMMAND --help', async () => {
		const { code, stdout } = await cli(['stats', '--help']);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^usage: npm run cli -- stats FILE \[--json\]\n/);
	});
});

describe('parseArgs', () => {
	it('separates files, flags and valued options', () => {
		expect(
			parseArgs(['a.json', '--json', '--ticks=5', '--seed', '7', '--', '--odd.json'], {
				flags: ['json'],
				valued: ['ticks', 'seed']
			})
		).toEqual({
			positionals: ['a.json', '--odd.json'],
			options: new Map<string, string | true>([
				['json', true],
				['ticks', '5'],
				['seed', '7']
			])
		});
	});

	it('explains what is wrong', () => {
		expect(parseArgs(['--seed'], { valued: ['seed'] })).toEqual({
			error: 'option "--seed" needs a value'
		});
		expect(parseArgs(['--json=yes'], { flags: ['json'] })).toEqual({
			error: 'option "--json" takes no value'
		});
		expect(parseArgs(['--nope'])).toEqual({ error: 'unknown option "--nope"' });
	});
});

describe('the real command line', () => {
	it('runs through npx tsx and sets the exit code', () => {
		const cliRun = (...args: string[]) =>
			spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
		const valid = cliRun('validate', VALID, ERRORS);
		expect(valid.stdout).toBe(`${VALID}: valid (5 claims, 4 relations)\n`);
		expect(valid.stderr).toContain(`${ERRORS}: $.claims[2].speaker: no speaker has the id "bob"`);
		expect(valid.status).toBe(1);
	}, 60_000);
});
