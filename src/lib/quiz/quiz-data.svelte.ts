import { browser } from '$app/environment';
import { resolve } from '$app/paths';
import type { Lang } from '$lib/i18n/langs';
import type { Question } from './registry';

/** A lesson's quiz in one language, as /{lang}/quiz-data/{id}.json serves it. */
export interface LessonQuiz {
	id: string;
	number: number;
	title: string;
	passMark: number;
	questions: Question[];
}

export const quizDataUrl = (lang: Lang, lessonId: string): string =>
	resolve('/[lang=lang]/quiz-data/[id].json', { lang, id: lessonId });

function isLessonQuiz(value: unknown, lessonId: string): value is LessonQuiz {
	const quiz = value as Partial<LessonQuiz> | null;
	return (
		typeof quiz === 'object' &&
		quiz !== null &&
		quiz.id === lessonId &&
		typeof quiz.passMark === 'number' &&
		Array.isArray(quiz.questions)
	);
}

/**
 * The quizzes of some lessons, loaded when the page starts: `value` in the order asked, or
 * `failed` when one could not be had (offline before the course was saved, say). The page links
 * the files from its head (`<link rel="preload">`), so they load beside its scripts.
 */
export class LoadedQuizzes {
	value = $state.raw<LessonQuiz[] | undefined>();
	failed = $state(false);

	constructor(lang: Lang, lessonIds: readonly string[]) {
		if (!browser) return;
		Promise.all(
			lessonIds.map(async (id) => {
				const response = await fetch(quizDataUrl(lang, id));
				if (!response.ok) throw new Error(`${quizDataUrl(lang, id)}: ${response.status}`);
				const quiz: unknown = await response.json();
				if (!isLessonQuiz(quiz, id)) throw new Error(`${quizDataUrl(lang, id)}: not a quiz`);
				return quiz;
			})
		).then(
			(quizzes) => (this.value = quizzes),
			(error: unknown) => {
				console.error(error);
				this.failed = true;
			}
		);
	}
}
