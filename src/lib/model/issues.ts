/** A problem found in a debate, with where it is. `path` is a JSON path into the file. */
export interface Issue {
	code: IssueCode;
	path: (string | number)[];
	message: string;
}

export type IssueCode =
	| 'invalid-json'
	| 'schema'
	| 'duplicate-id'
	| 'dangling-id'
	| 'self-relation'
	| 'undercut-target'
	| 'relation-target'
	| 'no-resolution'
	| 'several-roots'
	| 'disconnected'
	| 'side-conflict';

/** `$.claims[3].speaker`: the form people know from JSONPath and jq. */
export function formatPath(path: readonly (string | number)[]): string {
	return path.reduce<string>(
		(out, key) =>
			typeof key === 'number'
				? `${out}[${key}]`
				: /^[A-Za-z_$][\w$]*$/.test(key)
					? `${out}.${key}`
					: `${out}[${JSON.stringify(key)}]`,
		'$'
	);
}

export function formatIssue(issue: Issue, file?: string): string {
	return `${file ? `${file}: ` : ''}${formatPath(issue.path)}: ${issue.message}`;
}
