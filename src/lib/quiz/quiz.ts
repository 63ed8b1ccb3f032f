import type { Localized } from '$lib/bilingual';
import type { QuizResult } from '$lib/progress/records';
import { gradeQuestion, type AuthoredQuestion, type Question } from './registry';

/** A lesson's quiz as authored: answer keys once, texts in both languages. */
export interface Quiz {
	passMark: number;
	questions: AuthoredQuestion[];
}

export type LocalizedQuiz = Localized<Quiz> & { questions: Question[] };

/** Grades a whole attempt: every question weighs the same; unanswered ones score 0. */
export function gradeQuiz(
	quiz: { passMark: number; questions: Question[] },
	answers: Record<string, unknown>
): QuizResult {
	const scores: Record<string, number> = {};
	for (const question of quiz.questions) {
		scores[question.id] =
			answers[question.id] === undefined ? 0 : gradeQuestion(question, answers[question.id]).score;
	}
	const total = Object.values(scores).reduce((sum, score) => sum + score, 0);
	const score = quiz.questions.length === 0 ? 0 : total / quiz.questions.length;
	// Rounding guards against 0.8 * 5 landing a hair below the mark in floating point.
	const passed = Math.round(score * 1e9) >= Math.round(quiz.passMark * 1e9);
	return { questionIds: quiz.questions.map((question) => question.id), scores, score, passed };
}
