import { lastTouched, quizPosition, stateOf, type ProgressSnapshot } from './queries';

/** What the course home offers the learner to do next: there is always one. */
export type NextStep =
	| { kind: 'start'; lessonId: string }
	| { kind: 'continue-reading'; lessonId: string; section?: string }
	| { kind: 'take-quiz'; lessonId: string }
	| { kind: 'continue-quiz'; lessonId: string; n: number; total: number }
	| { kind: 'retry-quiz'; lessonId: string }
	| { kind: 'next-lesson'; lessonId: string }
	| { kind: 'complete' };

/**
 * The next step, from the lesson the learner touched last: carry on with it (its reading, then its
 * quiz, then a retry until passed); once passed, the first lesson after it not passed yet (from
 * the start again if need be); once every quiz is passed, the course is complete.
 */
export function nextStep(progress: ProgressSnapshot, lessonIds: string[]): NextStep {
	const open = lessonIds.filter((id) => stateOf(progress, id) !== 'passed');
	if (open.length === 0) return { kind: 'complete' };
	const touched = lessonIds
		.map((id) => ({ id, at: lastTouched(progress, id) }))
		.filter((lesson): lesson is { id: string; at: string } => lesson.at !== undefined)
		.sort((a, b) => b.at.localeCompare(a.at))[0];
	if (!touched) return { kind: 'start', lessonId: lessonIds[0]! };

	const from = lessonIds.indexOf(touched.id);
	const lessonId =
		stateOf(progress, touched.id) !== 'passed'
			? touched.id
			: [...lessonIds.slice(from + 1), ...lessonIds.slice(0, from)].find((id) =>
					open.includes(id)
				)!;
	switch (stateOf(progress, lessonId)) {
		case 'quiz-in-progress':
			return { kind: 'continue-quiz', lessonId, ...quizPosition(progress, lessonId)! };
		case 'needs-review':
			return { kind: 'retry-quiz', lessonId };
		case 'read':
			return { kind: 'take-quiz', lessonId };
		case 'reading':
			return { kind: 'continue-reading', lessonId, section: progress.lessons[lessonId]?.section };
		default:
			return { kind: 'next-lesson', lessonId };
	}
}
