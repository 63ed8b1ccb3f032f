/** The share of a lesson's estimated reading time that must be spent on it to count it read. */
export const readingShare = 0.3;

/**
 * A lesson counts as read once its end (the key takeaways) has been on screen and the time spent
 * with it on screen reaches 30% of its estimated reading time: a quick scroll to the end does not.
 */
export function readLongEnough(timeSpentMs: number, readingMinutes: number): boolean {
	return timeSpentMs >= readingShare * readingMinutes * 60_000;
}
