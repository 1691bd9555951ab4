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
	}
} as const;
