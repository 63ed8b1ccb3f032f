// @ts-nocheck
import { localizeQuiz } from '$lib/content/course.server';
import { lessonAt, lessonEntries } from '$lib/content/index.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = lessonEntries;

export const load = ({ params }: Parameters<PageServerLoad>[0]) => {
	const { lesson, next } = lessonAt(params.id, params.lang);
	return {
		lesson: { id: lesson.id, title: lesson.text[params.lang].title },
		next,
		quiz: localizeQuiz(lesson.quiz, params.lang)
	};
};
