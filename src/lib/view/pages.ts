/**
 * What the views other than the map, the outline and the panel derive: the store loads this when
 * one of them is first shown, so that the first load does not carry it.
 */
export { debateReport } from '$lib/analysis/reports';
export { briefAsText, briefSummary, buildBrief } from '$lib/brief';
export { briefTarget, briefTargets } from '$lib/brief/target';
export { practiceRound, practiceStep } from './practice';
export { speakerRecords } from './speakers';
export { chronology } from './timeline';
