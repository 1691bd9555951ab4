/**
 * The first load's work in turns: each job runs in a task of its own, the most urgent first, so
 * that no task keeps the reader waiting long. The browser may paint and answer input between two.
 */
interface Job {
	name: string;
	run: () => void;
	rank: number;
	order: number;
}

/** Each turn's time is a User Timing measure of this prefix and the job's name (`npm run bench`). */
export const MEASURE = 'crux turn: ';

/**
 * Ranks of the first load's jobs: the page's workspace, then the map, then what reads and answers
 * beside it; `last` runs once all the others have.
 */
export const RANK = { page: 0, map: 1, panel: 2, header: 3, tools: 4, last: 5 } as const;

const queue: Job[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
let order = 0;

/**
 * Runs `run` in a later task, after the jobs of a lower or equal rank; returns its cancel. The
 * name says what it draws, in the measure of its time.
 */
export function inTurn(name: string, run: () => void, rank: number): () => void {
	const job = { name, run, rank, order: order++ };
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
	if (!job) return;
	const start = performance.now();
	try {
		job.run();
	} finally {
		// What the job changed is drawn in a microtask of the same task: the measure comes after.
		queueMicrotask(() => performance.measure(`${MEASURE}${job.name}`, { start }));
	}
}
