import type { Label, Scenario } from '$lib/analysis';
import type { ClaimKind, RelationKind, Side } from '$lib/model/schema';

/**
 * A brief is plain data: JSON-serialisable, no maps, no functions, so a page can render and print
 * it (and a test can read it) without the graph. Every claim it mentions is a `BriefClaim` that
 * carries its id (for `data-claim-id`) and everything needed to cite it.
 */

export interface BriefSpeaker {
	id: string;
	name: string;
	role: string | null;
	affiliation: string | null;
}

export interface BriefSource {
	id: string;
	title: string;
	outlet: string | null;
	author: string | null;
	published: string | null;
	url: string | null;
}

/** A claim as a brief cites it, with how it stands in the evaluation the brief was built on. */
export interface BriefClaim {
	id: string;
	text: string;
	/** The claim's kind; `claim` when the file gives none. */
	kind: ClaimKind;
	side: Side | null;
	/** Steps from the resolution; `null` when disconnected. */
	depth: number | null;
	/** Grounded label: `in` stands, `out` falls, `undec` open. */
	label: Label;
	/** DF-QuAD strength in [0, 1]. */
	strength: number;
	/** Reports what happened after the source article. */
	later: boolean;
	speaker: BriefSpeaker | null;
	/** Verbatim words from the source. */
	quote: string | null;
	source: BriefSource | null;
	/** 1-based paragraph of the source that holds the quote. */
	paragraph: number | null;
}

/** A support under a line of our case (or under another support), strongest first. */
export interface SupportNode {
	/** The id of the `supports` relation. */
	relation: string;
	claim: BriefClaim;
	/** What the support passes on: its source's strength times what its undercuts leave. */
	weight: number;
	/** Whether the support is in effect (the relation's label). */
	effect: Label;
	/** The strongest supports of this claim, to the brief's depth. */
	supports: SupportNode[];
	/** Supports of this claim not shown (beyond `maxSupport`, or below the depth limit). */
	more: number;
	/** Ids of the `toAnswer` attacks aimed at this claim. */
	attackedBy: string[];
}

/** The resolution, when the brief argues for it: the line every position serves. */
export interface BriefThesis {
	claim: BriefClaim;
	/** `explainLabel` of the resolution: why it stands or falls. */
	why: string;
	attackedBy: string[];
}

/** One line of our case: a position (or a claim answering the resolution directly). */
export interface CaseLine {
	/** `position` for a claim of kind position, `ground` for any other line. */
	role: 'position' | 'ground';
	claim: BriefClaim;
	/** `explainLabel` of the claim: why it stands or falls, in plain words. */
	why: string;
	supports: SupportNode[];
	/** Supports of the line not shown. */
	more: number;
	/** Ids of the `toAnswer` attacks aimed at this claim. */
	attackedBy: string[];
}

/** A reply to an attack the map holds: a rebuttal of the attacker or an undercut of the attack. */
export interface BriefAnswer {
	relation: string;
	kind: 'rebuts' | 'undercuts';
	claim: BriefClaim;
	/** Whether the reply is in effect (its relation's label), and how much it weighs. */
	effect: Label;
	weight: number;
	stands: boolean;
}

/** A rebut or undercut from one side at a claim of the other. */
export interface BriefAttack {
	/** The id of the `rebuts` or `undercuts` relation. */
	relation: string;
	kind: 'rebuts' | 'undercuts';
	attacker: BriefClaim;
	/** The claim attacked: a rebut's target, or the source of the relation an undercut attacks. */
	target: BriefClaim;
	/**
	 * For an undercut: the relation it attacks ("even if `target` is true, it does not support
	 * `to`"), with the claim that relation ends at (`null` when it ends at another relation).
	 */
	targetRelation: { id: string; kind: RelationKind; to: string; toClaim: BriefClaim | null } | null;
	/** Whether the attack is in effect (its relation's label), and how much it weighs. */
	effect: Label;
	weight: number;
	/** `effect === 'in'`: the attack currently stands. */
	stands: boolean;
	/** What the map holds against the attack, standing replies first. */
	answers: BriefAnswer[];
	/** Whether some reply exists whose author the what-if does not reject. */
	answered: boolean;
}

export interface BriefFocus {
	side: Side;
	/** The chosen position, when the brief is for one position. */
	position: BriefClaim | null;
	/** The motion, whichever side the brief argues. */
	resolution: BriefClaim;
}

export interface BriefCounts {
	/** Lines of our case, and how many of them are positions. */
	lines: number;
	positions: number;
	/** Support entries shown under the lines. */
	supports: number;
	toAnswer: number;
	unanswered: number;
	/** Attacks on us that currently stand. */
	standingAgainstUs: number;
	ourAttacks: number;
	ourAttacksStanding: number;
	/** Distinct claims the brief mentions. */
	claims: number;
}

export interface Brief {
	title: string;
	focus: BriefFocus;
	/** The resolution as our thesis: the affirmative brief of a whole side only. */
	thesis: BriefThesis | null;
	/** Positions first, then other grounds; standing before open before falling, strongest first. */
	ourCase: CaseLine[];
	/** The other side's attacks on our claims: unanswered first, then standing first. */
	toAnswer: BriefAttack[];
	/** Our attacks on the other side's claims: nearest the resolution first. */
	ourAttacks: BriefAttack[];
	counts: BriefCounts;
	/** Every claim the brief mentions, once, in file order. */
	claims: BriefClaim[];
	/** The sources those claims cite, in the debate's order (for a bibliography). */
	sources: BriefSource[];
	/** The what-if the brief was evaluated under (unknown ids dropped). */
	scenario: Required<Scenario>;
	/** The limits the brief was built with. */
	limits: { maxSupport: number; maxDepth: number };
}

export interface BriefOptions {
	/** The side to brief (default affirmative); ignored when `position` is given. */
	side?: Side;
	/** A claim id: brief that one position (and its support chain), on its own side. */
	position?: string;
	scenario?: Scenario;
	/** Supports shown per claim, strongest first (default 3, 1 to 10). */
	maxSupport?: number;
	/** Levels of support shown below each line (default 3, 1 to 6). */
	maxDepth?: number;
}
