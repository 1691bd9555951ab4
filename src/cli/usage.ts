/** One line per command: what `help` lists and what a command-line mistake prints. */
export const COMMAND_USAGE = {
	validate: {
		usage: 'validate FILE [FILE...]',
		summary: 'check debate files; print every error with its JSON path'
	},
	layout: {
		usage: 'layout FILE [--ticks N] [--seed N]',
		summary: 'print the map positions the app draws, as JSON'
	},
	stats: {
		usage: 'stats FILE [--json]',
		summary: 'count claims, relations by kind, speakers, sides and depths'
	},
	evaluate: {
		usage: 'evaluate FILE [--semantics S]',
		summary:
			'which claims stand, as JSON (S: grounded|preferred; --strength, --budget, --reject, --accept)'
	},
	import: {
		usage: 'import FILE [--from F] [--out FILE]',
		summary: 'AIF, Argdown or Kialo to Crux JSON (F: aif|argdown|kialo; found when omitted)'
	},
	export: {
		usage: 'export FILE --to F [--out FILE]',
		summary: 'a debate as AIF JSON, Argdown or Crux JSON (F: aif|argdown|json)'
	}
} as const;
