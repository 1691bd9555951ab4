import { buildGraph } from '../model/graph';
import { formatPath, type Issue } from '../model/issues';
import { checkChanged } from '../model/parse';
import type { Debate } from '../model/schema';
import { refuse, type FieldNames, type Refusal } from './commands';
import type { Patch } from './patch';

/** The claim a debate is measured against: named, or the one the model infers. */
export const resolutionOf = (debate: Debate): string =>
	debate.resolution ?? buildGraph(debate).resolution;

/**
 * Refuses an edited document that the model would refuse as a file (schema, duplicate and dangling
 * ids, self relations, undercuts aimed at claims, supports aimed at relations), or that would
 * quietly put another claim in the resolution's place. What the model only warns about (a claim
 * cut off from the resolution, a claim on both sides) is allowed: a map in the making has those.
 */
export function check(
	before: Debate,
	after: Debate,
	patch: Patch,
	subject: string,
	names: FieldNames = {}
): Refusal | null {
	const put = new Set<unknown>();
	for (const section of [patch.claims, patch.relations, patch.events])
		for (const splice of section ?? []) for (const item of splice.insert) put.add(item);
	const parsed = checkChanged(after, put);
	if (!parsed.ok) return atField(parsed.errors[0]!, after, patch, subject, names);
	if (before.resolution === undefined) {
		const was = resolutionOf(before);
		const now = resolutionOf(after);
		if (was !== now) {
			return refuse(
				subject,
				`this edit would make "${now}" the resolution in place of "${was}": name the resolution of the map first`
			);
		}
	}
	return null;
}

function atField(
	issue: Issue,
	after: Debate,
	patch: Patch,
	subject: string,
	names: FieldNames
): Refusal {
	const [section, index, key] = issue.path;
	if (issue.path.length === 1 && typeof section === 'string') return refuse(section, issue.message);
	if (
		(section === 'claims' || section === 'relations' || section === 'events') &&
		typeof index === 'number' &&
		typeof key === 'string'
	) {
		const item = after[section][index];
		const written = patch[section]?.some((splice) =>
			(splice.insert as readonly unknown[]).includes(item)
		);
		if (written) return refuse(names[`${section}.${key}`] ?? key, issue.message);
	}
	// An item the edit did not write broke because of it: say which, at the command's subject.
	return refuse(subject, `${formatPath(issue.path)}: ${issue.message}`);
}
