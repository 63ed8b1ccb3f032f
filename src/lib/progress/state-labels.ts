import type { LessonState } from './queries';

/** The UI string key naming each lesson state (home and team pages). */
export const lessonStateLabel = {
	'not-started': 'home.state.notStarted',
	reading: 'home.state.reading',
	read: 'home.state.read',
	'quiz-in-progress': 'home.state.quizInProgress',
	passed: 'home.state.passed',
	'needs-review': 'home.state.needsReview'
} as const satisfies Record<LessonState, string>;
