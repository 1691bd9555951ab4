/**
 * What the views other than the map and the outline derive (and the panel's explanations): the store loads this when
 * one of them is first shown, so that the first load does not carry it.
 */
export { debateReport } from '$lib/analysis/reports';
export { explainLabel } from '$lib/analysis/explain';
export { briefAsText, briefSummary, buildBrief } from '$lib/brief';
export { briefTarget, briefTargets } from '$lib/brief/target';
export { practiceRound, practiceStep } from './practice';
export { speakerRecords } from './speakers';
export { chronology } from './timeline';
