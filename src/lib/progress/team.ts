import type { ProgressSnapshot } from './queries';

const attemptKeys = (progress: ProgressSnapshot) =>
	progress.attempts.map((attempt) => `${attempt.lessonId}:${attempt.attemptId}`);
const openingKeys = (progress: ProgressSnapshot) =>
	Object.values(progress.lessons).map((lesson) => `${lesson.lessonId}@${lesson.openedAt}`);

/**
 * Whether `later` is a later export of the same learner as `earlier`: it holds every quiz attempt
 * and every lesson opening of it. Attempt ids are random and openings are timed to the
 * millisecond, so two learners never share them, while file names ("k8s-course-progress-….json"
 * by default) often coincide. A file with nothing in it continues nothing.
 */
export function continues(later: ProgressSnapshot, earlier: ProgressSnapshot): boolean {
	const earlierKeys = [...attemptKeys(earlier), ...openingKeys(earlier)];
	if (earlierKeys.length === 0) return false;
	const laterKeys = new Set([...attemptKeys(later), ...openingKeys(later)]);
	return earlierKeys.every((key) => laterKeys.has(key));
}
