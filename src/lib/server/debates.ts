import { formatIssue, parseDebate, type Debate } from '$lib/model';
import { buildGraph } from '$lib/model/graph';
import { layoutDebate, type Placement } from '$lib/layout';

/** The debate the root URL opens. */
export const DEFAULT_DEBATE = 'sta-renewal';

const files = import.meta.glob<unknown>('/data/debates/*.json', { eager: true, import: 'default' });

export interface BundledDebate {
	debate: Debate;
	/**
	 * Computed at build time so the first paint is final: no layout runs in the browser. Only the
	 * placement: the page inlines it, and the edges would repeat the debate's relations.
	 */
	layout: Placement;
}

let cache: Map<string, BundledDebate> | undefined;

/** Every bundled debate, validated: an invalid file fails the build with every error it has. */
export function bundledDebates(): Map<string, BundledDebate> {
	cache ??= loadAll();
	return cache;
}

function loadAll(): Map<string, BundledDebate> {
	const debates = new Map<string, BundledDebate>();
	for (const [path, data] of Object.entries(files)) {
		const file = path.slice(1);
		const parsed = parseDebate(data);
		if (!parsed.ok) {
			throw new Error(
				`${file} is not a valid debate:\n${parsed.errors.map((e) => `  ${formatIssue(e, file)}`).join('\n')}`
			);
		}
		const { debate } = parsed;
		if (debates.has(debate.id))
			throw new Error(`${file}: a second debate has the id "${debate.id}"`);
		const { nodes, bounds } = layoutDebate(buildGraph(debate));
		debates.set(debate.id, { debate, layout: { nodes, bounds } });
	}
	return debates;
}

export function bundledDebate(id: string): BundledDebate {
	const found = bundledDebates().get(id);
	if (!found) throw new Error(`no bundled debate has the id "${id}" (looked in data/debates/)`);
	return found;
}
