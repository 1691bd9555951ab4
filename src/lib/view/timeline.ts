import type { DebateEvent } from '$lib/model/schema';

/** The debate's events in date order. ISO dates sort as text, a year before the days in it; the
 * sort is stable, so events of one date keep the file's order. */
export function chronology(events: readonly DebateEvent[]): DebateEvent[] {
	return [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An ISO date (a year, a month or a day) as a reader writes it: "4 Mar 2025", "Mar 2025", "2025". */
export function dateText(date: string): string {
	const [year, month, day] = date.split('-');
	return [day ? String(Number(day)) : '', month ? MONTHS[Number(month) - 1] : '', year]
		.filter(Boolean)
		.join(' ');
}
