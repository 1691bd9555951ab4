import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aif, argdown, detectFormat, json, kialo, type IoResult } from '$lib/io';
import { parseDebate } from '$lib/model';

/** Whatever the input, an importer returns a result: a valid debate or errors, never a throw. */
function expectResult(result: IoResult) {
	if (result.ok) expect(parseDebate(result.debate).ok).toBe(true);
	else expect(result.errors.length).toBeGreaterThan(0);
	for (const issue of [...(result.ok ? [] : result.errors), ...result.warnings]) {
		expect(typeof issue.message).toBe('string');
		if (issue.line !== undefined) expect(issue.line).toBeGreaterThanOrEqual(1);
	}
}

const TOKENS = [
	'[A]',
	'[B]: text',
	'<X>',
	'<Y>: desc',
	'\n',
	'\n\n',
	'    ',
	'\t',
	'+ ',
	'- ',
	'_ ',
	'<+ ',
	'<- ',
	'<_ ',
	'+> ',
	'-> ',
	'_> ',
	'>< ',
	'(1) ',
	'(2) ',
	'----',
	'--',
	'\n--\n',
	'# H',
	'===',
	'{',
	'}',
	'{"crux":"relation"}',
	'{"kind":"claim"}',
	'//',
	'/*',
	'*/',
	'<!--',
	'-->',
	'#tag',
	'#(t)',
	'\\',
	'* ',
	'1. ',
	'word',
	':',
	'@[A]',
	'1.1. Pro: ',
	'1.2. Con: -> See 1.1.',
	'Discussion Title: t',
	'\r\n',
	'"',
	'[',
	']',
	'<',
	'>'
];
const soup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((t) => t.join(''));

const anyId = fc.oneof(fc.integer({ min: 0, max: 8 }), fc.constantFrom('1', '2', 'a b', 'x'));
const node = fc.record(
	{
		nodeID: anyId,
		type: fc.constantFrom('I', 'RA', 'CA', 'MA', 'L', 'YA', 'TA', 'PA', 'ZZ'),
		text: fc.oneof(fc.string(), fc.constantFrom('Bob : hi', 'Default Inference', ''))
	},
	{ requiredKeys: [] }
);
const edge = fc.record({ edgeID: fc.nat(), fromID: anyId, toID: anyId }, { requiredKeys: [] });

describe('importers never throw', () => {
	it('on text made of the syntax of every format, or on any string', () => {
		fc.assert(
			fc.property(fc.oneof(soup, fc.string({ maxLength: 200 })), (text) => {
				for (const format of [argdown, kialo, aif, json]) expectResult(format.parse(text));
				detectFormat(text);
			}),
			{ numRuns: 1500 }
		);
	});

	it('on random AIF graphs, flat or OVA3-wrapped', () => {
		fc.assert(
			fc.property(
				fc.array(node, { maxLength: 12 }),
				fc.array(edge, { maxLength: 20 }),
				fc.boolean(),
				(nodes, edges, wrap) => {
					const body = {
						nodes,
						edges,
						locutions: [{ nodeID: 5, personID: 1 }],
						participants: [{ participantID: 1, firstname: 'A' }]
					};
					const text = JSON.stringify(
						wrap ? { AIF: body, OVA: { nodes: [{ nodeID: 1, x: 1, y: 2 }] } } : body
					);
					expectResult(aif.parse(text));
				}
			),
			{ numRuns: 1500 }
		);
	});
});
