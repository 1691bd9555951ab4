/**
 * The analysis stage: which claims stand. Pure functions over the model's graph; no DOM, no
 * Svelte, no Node: the same code runs in the browser, the CLI, the tests and the benchmark.
 *
 * - `evaluate(graph, { scenario })`: the grounded label (`in` / `out` / `undec`) and the DF-QuAD
 *   strength of every claim, and the effect of every relation, under an optional what-if.
 * - `preferredExtensions(graph, { budgetMs })`: the preferred extensions, within a time budget.
 * - `diffEvaluations(before, after)`: what a what-if changed.
 * - `explainLabel(graph, evaluation, id)`: why a claim has its label, in plain words.
 * - `debateReport(graph)`, `findCruxes(graph)`: unanswered attacks, unsupported and contested
 *   claims, and cruxes, per side.
 * - Underneath, on integer frameworks: `attackFramework`, `groundedLabelling`,
 *   `preferredLabellings`, `indexGraph` and `dfquad`.
 */
export {
	attackFramework,
	frameworkFromPairs,
	IN,
	OUT,
	UNDEC,
	LABEL_NAMES,
	type AttackFramework,
	type Label,
	type LabelCode
} from './framework';
export {
	groundedLabelling,
	preferredLabellings,
	type PreferredSearchOptions,
	type PreferredSearchResult
} from './dung';
export { buildIndex, indexGraph, type AnalysisIndex } from './graph-index';
export { dfquad, type StrengthOptions, type StrengthResult } from './strength';
export {
	diffEvaluations,
	evaluate,
	evaluateRaw,
	preferredExtensions,
	scenarioArrays,
	toEvaluation,
	type ClaimChange,
	type EvaluateOptions,
	type Evaluation,
	type PreferredOptions,
	type PreferredResult,
	type RawEvaluation,
	type Scenario,
	type ScenarioArrays
} from './evaluate';
export { explainLabel, quoteClaim, shorten } from './explain';
export {
	CRUX_MIN_SHIFT,
	debateReport,
	findCruxes,
	type ClaimStanding,
	type ContestedClaim,
	type Crux,
	type DebateReport,
	type LabelFlip,
	type SideReport,
	type UnansweredAttack,
	type UnsupportedClaim
} from './reports';
