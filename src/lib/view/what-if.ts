import type { Scenario } from '$lib/analysis';
import type { ViewState } from '$lib/url/state';

/**
 * The reader's what-if as a link carries it: claims rejected or accepted, and base scores as
 * [claim, score] pairs. The one shape the view state, the store and the views share.
 */
export type WhatIf = ViewState['scenario'];
/** How the reader takes a claim in the what-if. */
export type Verdict = 'argued' | 'rejected' | 'accepted';

export const NO_WHAT_IF: WhatIf = { rejected: [], accepted: [], base: [] };

export const isWhatIf = (whatIf: WhatIf) =>
	whatIf.rejected.length + whatIf.accepted.length + whatIf.base.length > 0;

/** The what-if as the analysis takes it: the one conversion from the view state's shape. */
export function asScenario(whatIf: WhatIf): Scenario {
	return {
		rejected: whatIf.rejected,
		accepted: whatIf.accepted,
		base: Object.fromEntries(whatIf.base)
	};
}

export function verdictOf(whatIf: WhatIf, claim: string): Verdict {
	if (whatIf.rejected.includes(claim)) return 'rejected';
	return whatIf.accepted.includes(claim) ? 'accepted' : 'argued';
}

/** The what-if with `claim` taken as argued, rejected or accepted. */
export function withVerdict(whatIf: WhatIf, claim: string, verdict: Verdict): WhatIf {
	const rejected = whatIf.rejected.filter((id) => id !== claim);
	const accepted = whatIf.accepted.filter((id) => id !== claim);
	if (verdict === 'rejected') rejected.push(claim);
	if (verdict === 'accepted') accepted.push(claim);
	return { ...whatIf, rejected, accepted };
}

/** The base score the what-if gives `claim`; `null` when it keeps the default. */
export function baseOf(whatIf: WhatIf, claim: string): number | null {
	return whatIf.base.find(([id]) => id === claim)?.[1] ?? null;
}

/** The what-if with `claim`'s base score set (to two places, as a link writes it); `null` clears it. */
export function withBase(whatIf: WhatIf, claim: string, score: number | null): WhatIf {
	const base = whatIf.base.filter(([id]) => id !== claim);
	if (score !== null) base.push([claim, Math.round(score * 100) / 100]);
	return { ...whatIf, base };
}

/** What the what-if sets, in words: "2 rejected, 1 base score set". */
export function whatIfParts(whatIf: WhatIf): string[] {
	const { rejected, accepted, base } = whatIf;
	return [
		rejected.length ? `${rejected.length} rejected` : '',
		accepted.length ? `${accepted.length} accepted` : '',
		base.length ? `${base.length} base score${base.length > 1 ? 's' : ''} set` : ''
	].filter(Boolean);
}
