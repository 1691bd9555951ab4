import type { Brief } from '$lib/brief';
import type { BriefTargetOption } from '$lib/brief/target';
import type { DebateReport } from '$lib/analysis';
import type { DebateEvent } from '$lib/model/schema';
import type { PracticeRound } from '$lib/view/practice';
import type { SpeakerRecord } from '$lib/view/speakers';
import { asScenario } from '$lib/view/what-if';
import type { Explorer } from './explorer.svelte';

type Derivations = typeof import('$lib/view/pages');

/**
 * What the views other than the map and the outline derive from the explorer (and the panel's
 * explanations). A $derived is worked out when first read, so each waits for its view to be
 * opened, and their code waits for `load`: the first load does not carry it.
 */
export class Pages {
	/** Which claims stand, the cruxes, and each side's open attacks, under the what-if. */
	readonly report: DebateReport;
	/** The brief for `briefFor`, under the what-if. */
	readonly brief: Brief;
	/** The brief's one-line summary. */
	readonly briefSummary: string;
	/** Whose brief or practice the reader can ask for. */
	readonly briefOptions: BriefTargetOption[];
	/** The practice round for `briefFor`, at the selected claim. */
	readonly practice: PracticeRound;
	readonly speakers: SpeakerRecord[];
	/** The debate's events in date order. */
	readonly events: DebateEvent[];

	readonly #explorer: Explorer;
	#loading: Promise<void> | undefined;
	#loaded = $state.raw<Derivations | null>(null);

	constructor(explorer: Explorer) {
		this.#explorer = explorer;
		const scenario = () => ({ scenario: asScenario(explorer.whatIf) });
		this.report = $derived(this.#code().debateReport(explorer.graph, scenario()));
		this.brief = $derived(
			this.#code().buildBrief(explorer.graph, {
				...this.#code().briefTarget(explorer.graph, explorer.briefFor),
				...scenario()
			})
		);
		this.briefSummary = $derived(this.#code().briefSummary(this.brief));
		this.briefOptions = $derived(
			this.#code().briefTargets(explorer.graph, (id) => explorer.speakerName(id))
		);
		this.practice = $derived(
			this.#code().practiceRound(
				explorer.graph,
				explorer.briefFor,
				explorer.selected,
				explorer.focus
			)
		);
		this.speakers = $derived(this.#code().speakerRecords(explorer.graph));
		this.events = $derived(this.#code().chronology(explorer.graph.debate.events));
	}

	/** Loads the derivations' code; await it before showing a view. A plain field, not state: a
	 * view that awaits it does not depend on it. */
	load(): Promise<void> {
		return (this.#loading ??= import('$lib/view/pages').then((code) => {
			this.#loaded = code;
		}));
	}

	#code(): Derivations {
		if (!this.#loaded) throw new Error('The views’ derivations are not loaded: await load()');
		return this.#loaded;
	}

	/** Why a claim stands, falls or is open under the what-if, in words; `null` until the code has
	 * loaded (fetched on the first ask). */
	explanation(claim: string): string | null {
		if (!this.#loaded) {
			void this.load();
			return null;
		}
		const { graph, evaluation } = this.#explorer;
		return this.#loaded.explainLabel(graph, evaluation, claim);
	}

	/** The brief as Markdown, for copy and paste. */
	briefText(): string {
		return this.#code().briefAsText(this.brief);
	}

	/** Selects the claim of the practice question `step` questions on. */
	practise(step: number) {
		const next = this.#code().practiceStep(this.practice, step);
		if (next) this.#explorer.select(next);
	}
}
