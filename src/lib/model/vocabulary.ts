/**
 * The words of the argumentation vocabulary, kept apart from the zod schemas so that views can use
 * them without shipping zod to the browser.
 */
export const RELATION_KINDS = ['supports', 'rebuts', 'undercuts'] as const;
export const CLAIM_KINDS = ['resolution', 'position', 'claim', 'evidence'] as const;
export const SIDES = ['affirmative', 'negative'] as const;

export type RelationKind = (typeof RELATION_KINDS)[number];
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export type Side = (typeof SIDES)[number];
