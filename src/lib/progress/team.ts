import type { CertifiedAttempt } from '$lib/exam/certificate';
import type { ProgressSnapshot } from './queries';
import { isFinishedExam } from './records';

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

export interface LearnerCertificate {
	attempt: CertifiedAttempt;
	/** The code a certificate of this attempt prints. */
	code: string;
}

/**
 * The certificate a learner's file holds: their latest passed exam that carries a name (a code
 * is made of the name), with its code. The certificate module loads only with a file that has one.
 */
export async function learnerCertificate(
	progress: ProgressSnapshot
): Promise<LearnerCertificate | undefined> {
	const exam = progress.exams
		.filter(isFinishedExam)
		.filter((candidate) => candidate.passed && candidate.learnerName)
		.sort((a, b) => a.finishedAt.localeCompare(b.finishedAt))
		.at(-1);
	if (!exam?.learnerName) return undefined;
	const attempt: CertifiedAttempt = {
		learnerName: exam.learnerName,
		trackId: exam.trackId,
		date: exam.finishedAt,
		score: exam.score,
		attemptId: exam.attemptId,
		courseVersion: exam.courseVersion
	};
	const { certificateCode } = await import('$lib/exam/certificate');
	return { attempt, code: await certificateCode(attempt) };
}
