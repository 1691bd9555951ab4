import type { IoIssue } from '../types';

/** Adds a warning at a line (and column) of the Argdown text. */
export type Warn = (message: string, line?: number, column?: number) => void;

export function warner(warnings: IoIssue[]): Warn {
	return (message, line, column) => {
		const issue: IoIssue = { message };
		if (line !== undefined) issue.line = line;
		if (column !== undefined) issue.column = column;
		warnings.push(issue);
	};
}

export interface SourceLine {
	number: number;
	text: string;
	indent: number;
}

export type RelationSymbol = '+' | '-' | '_' | '><';

export interface Item {
	type: 'root' | 'relation' | 'pcs' | 'inference' | 'heading';
	indent: number;
	line: number;
	column: number;
	parts: string[];
	symbol?: RelationSymbol;
	/** For relations: whether the relation goes from the child to the parent. */
	fromChild?: boolean;
	rules?: string;
}

export interface Element {
	type: 'statement' | 'argument';
	title?: string;
	definition: boolean;
	text: string;
	tags: string[];
	data?: { value: unknown; json: boolean };
}

export type Named = { kind: 'statement'; key: string } | { kind: 'argument'; key: string };

export type Member =
	| Named
	| { kind: 'argument'; key: string }
	| { kind: 'premise' | 'conclusion'; key: string; arg: string; step: number }
	| { kind: 'inference'; arg: string; step: number };

export interface Entry {
	kind: 'statement' | 'argument';
	key: string;
	title?: string;
	texts: { text: string; line: number }[];
	tags: string[];
	data: { value: unknown; json: boolean; line: number }[];
	topic?: string;
	topicFromDefinition: boolean;
	line: number;
	pcs?: Pcs;
}

export interface Pcs {
	line: number;
	steps: { premises: string[]; conclusion: string; rules?: string; line: number }[];
}

export interface RawRelation {
	from: Member;
	to: Member;
	type: 'support' | 'attack' | 'undercut' | 'contradiction';
	line: number;
}
