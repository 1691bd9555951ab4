/**
 * Debate briefs: pure functions over the model's graph and the analysis, for the brief page, its
 * practice mode, its print stylesheet and its exports. No DOM, no Node, no zod: runs in the
 * browser.
 *
 * - `buildBrief(graph, { side, position, scenario, maxSupport, maxDepth })`: our case, what we
 *   must answer, our attacks, as plain data with every claim cited.
 * - `briefAsText(brief)`, `briefSummary(brief)`: Markdown for copy and paste; the summary line.
 * - `briefTarget(graph, wanted)`, `briefTargets(...)`: whose brief a link asks for; the choices offered.
 * - `practiceItems(brief)`, `choices(item, graph, seed)`: practice questions and seeded
 *   multiple-choice candidates.
 */
export { buildBrief, sidePositions } from './build';
export { briefTarget, briefTargets } from './target';
export { briefAsText, briefSummary, citation, sourceEntry, standing, STANDING_WORDS } from './text';
export { choices, practiceItems, type PracticeChoice, type PracticeItem } from './practice';
export type * from './types';
