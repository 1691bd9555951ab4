import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { argdown, aif as aifFormat } from '../../src/lib/io';
import { parseDebateJson } from '../../src/lib/model';
import { USAGE } from '../../src/cli/main';
import { cli } from '../support/cli';

const FIXTURES = 'tests/fixtures/io';
const KIALO = `${FIXTURES}/kialo/school-uniforms.txt`;
const AIF = `${FIXTURES}/aif/aifdb-dialogue.json`;
const ARGDOWN = `${FIXTURES}/argdown/sketch.argdown`;
const CRUX = `${FIXTURES}/json/bike-lanes.json`;

const lines = (text: string) => text.split('\n').filter(Boolean);

const scratch = mkdtempSync(join(tmpdir(), 'crux-io-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('help', () => {
	it('lists import and export', () => {
		expect(USAGE).toMatch(/^ {2}import FILE \[--from F\] \[--out FILE\] +\S/m);
		expect(USAGE).toMatch(/^ {2}export FILE --to F \[--out FILE\] +\S/m);
	});
});

describe('import', () => {
	it('writes the debate as Crux JSON on stdout, warnings on stderr', async () => {
		const { code, stdout, stderr } = await cli(['import', KIALO, '--from', 'kialo']);
		expect(code).toBe(0);
		const parsed = parseDebateJson(stdout);
		expect(parsed.ok && parsed.debate.claims).toHaveLength(9);
		expect(stdout.startsWith('{\n\t"id": "should-schools-require-uniforms",')).toBe(true);
		expect(lines(stderr)[0]).toBe(
			`warning: ${KIALO}:14: the link to 1.1.1 says neither Pro nor Con: it is taken as Con, like the claim it names`
		);
	});

	it('recognises the format when --from is not given', async () => {
		for (const [file, claims] of [
			[KIALO, 9],
			[AIF, 7],
			[ARGDOWN, 9],
			[CRUX, 5]
		] as const) {
			const { code, stdout } = await cli(['import', file]);
			expect(code, file).toBe(0);
			const parsed = parseDebateJson(stdout);
			expect(parsed.ok && parsed.debate.claims, file).toHaveLength(claims);
		}
	});

	it('writes to --out and says what it wrote', async () => {
		const out = join(scratch, 'bypass.json');
		const { code, stdout } = await cli(['import', AIF, '--out', out]);
		expect(code).toBe(0);
		expect(stdout).toBe(`${out}: 7 claims, 7 relations from ${AIF} (AIF JSON)\n`);
		const parsed = parseDebateJson(readFileSync(out, 'utf8'));
		expect(parsed.ok && parsed.debate.title).toBe('Aifdb dialogue');
	});

	it('prints every error with its line or field and exits 1', async () => {
		const dangling = `${FIXTURES}/aif/dangling-edges.json`;
		expect(await cli(['import', dangling])).toEqual({
			code: 1,
			stdout: '',
			stderr: [
				`${dangling}:9:36: $.edges[1].toID: edge "e2" goes to "ghost", which is no node`,
				`${dangling}:10:21: $.edges[2].fromID: edge "e3" comes from "nobody", which is no node`,
				`${dangling}: invalid AIF JSON (2 errors)`,
				''
			].join('\n')
		});
		const broken = `${FIXTURES}/aif/broken.json`;
		const { code, stderr } = await cli(['import', broken, '--from', 'aif']);
		expect(code).toBe(1);
		expect(lines(stderr)).toEqual([
			`${broken}:9:1: not valid JSON: Unexpected token '}'`,
			`${broken}: invalid AIF JSON (1 error)`
		]);
	});

	it('reads a file in the format it is told, even against its content', async () => {
		const { code, stderr } = await cli(['import', ARGDOWN, '--from', 'aif']);
		expect(code).toBe(1);
		expect(lines(stderr)[0]).toMatch(
			/^tests\/fixtures\/io\/argdown\/sketch\.argdown:1:1: not valid JSON/
		);
	});

	it('says when it cannot tell the format, or read the file', async () => {
		const plain = join(scratch, 'notes.txt');
		writeFileSync(plain, 'Just a sentence.\n');
		expect(await cli(['import', plain])).toEqual({
			code: 1,
			stdout: '',
			stderr: `${plain}: cannot tell the format (Crux JSON, AIF JSON, Argdown or a Kialo export): name it with --from\n`
		});
		expect((await cli(['import', plain, '--from', 'argdown'])).code).toBe(0);
		const missing = join(scratch, 'missing.aif.json');
		expect(await cli(['import', missing])).toEqual({
			code: 1,
			stdout: '',
			stderr: `${missing}: cannot read the file: no such file or directory\n`
		});
	});

	it('treats command-line mistakes as usage errors, exit 2', async () => {
		for (const args of [
			['import'],
			['import', KIALO, AIF],
			['import', KIALO, '--from', 'word'],
			['import', KIALO, '--from'],
			['import', KIALO, '--to', 'aif']
		]) {
			const { code, stdout, stderr } = await cli(args);
			expect(code, args.join(' ')).toBe(2);
			expect(stdout).toBe('');
			expect(stderr).toMatch(
				/^crux: .*\nusage: npm run cli -- import FILE \[--from F\] \[--out FILE\]\n$/
			);
		}
	});

	it('says it cannot write the output file, exit 1', async () => {
		const { code, stderr } = await cli([
			'import',
			KIALO,
			'--out',
			join(scratch, 'no', 'such', 'dir.json')
		]);
		expect(code).toBe(1);
		expect(stderr).toMatch(/cannot write the file: no such file or directory\n$/);
	});
});

describe('export', () => {
	it('writes Argdown that reads back into the same debate', async () => {
		const { code, stdout, stderr } = await cli(['export', CRUX, '--to', 'argdown']);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		expect(stdout.startsWith('===\ntitle: "Protected bike lanes on Main Street"\n')).toBe(true);
		const back = argdown.parse(stdout);
		expect(back.ok && back.debate.claims.map((c) => c.id)).toEqual([
			'build',
			'safety',
			'parking',
			'footfall',
			'other-streets'
		]);
	});

	it('writes AIF and Crux JSON, to stdout or --out', async () => {
		const aif = await cli(['export', CRUX, '--to', 'aif']);
		expect(aif.code).toBe(0);
		const back = aifFormat.parse(aif.stdout);
		expect(back.ok && back.debate.relations).toHaveLength(4);
		const out = join(scratch, 'copy.json');
		expect(await cli(['export', CRUX, '--to=json', '--out', out])).toEqual({
			code: 0,
			stdout: '',
			stderr: ''
		});
		expect(readFileSync(out, 'utf8')).toBe((await cli(['export', CRUX, '--to', 'json'])).stdout);
	});

	it('converts any format it can import', async () => {
		const { code, stdout } = await cli(['export', KIALO, '--to', 'argdown']);
		expect(code).toBe(0);
		expect(stdout).toContain('[1.1]: Uniforms reduce bullying over clothes.\n    +> [1]\n');
	});

	it('exits 1 with the errors of a bad debate', async () => {
		const bad = `${FIXTURES}/json/schema-errors.json`;
		const { code, stdout, stderr } = await cli(['export', bad, '--to', 'aif']);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(lines(stderr)).toEqual([
			`${bad}:6:37: $.claims[1].qoute: unknown field "qoute"`,
			`${bad}:7:3: $.claims[2].text: missing required field (expected string)`,
			`${bad}: invalid Crux JSON (2 errors)`
		]);
	});

	it('treats a missing or unknown --to as a usage error, exit 2', async () => {
		for (const args of [
			['export', CRUX],
			['export', CRUX, '--to', 'kialo'],
			['export', CRUX, '--to'],
			['export', '--to', 'aif'],
			['export', CRUX, CRUX, '--to', 'aif'],
			['export', CRUX, '--to', 'aif', '--from', 'pdf']
		]) {
			const { code, stderr } = await cli(args);
			expect(code, args.join(' ')).toBe(2);
			expect(stderr).toMatch(
				/^crux: .*\nusage: npm run cli -- export FILE --to F \[--out FILE\]\n$/
			);
		}
	});
});
