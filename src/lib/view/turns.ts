/**
 * The first load's work in turns: each job runs in a task of its own, the most urgent first, so
 * that no task keeps the reader waiting long. The browser may paint and answer input between two.
 */
interface Job {
	run: () => void;
	rank: number;
	order: number;
}

/**
 * Ranks of the first load's jobs: the map first, then what reads and answers beside it; `last`
 * runs once all the others have.
 */
export const RANK = { map: 0, panel: 1, header: 2, tools: 3, last: 4 } as const;

const queue: Job[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
let order = 0;

/** Runs `run` in a later task, after the jobs of a lower or equal rank; returns its cancel. */
export function inTurn(run: () => void, rank: number = RANK.map): () => void {
	const job = { run, rank, order: order++ };
	queue.push(job);
	timer ??= setTimeout(turn);
	return () => {
		const at = queue.indexOf(job);
		if (at >= 0) queue.splice(at, 1);
	};
}

function turn() {
	timer = undefined;
	queue.sort((a, b) => a.rank - b.rank || a.order - b.order);
	const job = queue.shift();
	// The next turn is booked first, so that a job that throws does not stop the ones after it.
	if (queue.length) timer = setTimeout(turn);
	job?.run();
}
