// @ts-nocheck
import { getCourse } from '$lib/content/index.server';
import type { LayoutServerLoad } from './$types';

export const load = ({ params }: Parameters<LayoutServerLoad>[0]) => {
	const lang = params.lang;
	return {
		lang,
		lessons: getCourse().lessons.map((lesson) => ({
			id: lesson.id,
			number: lesson.number,
			title: lesson.text[lang].title,
			summary: lesson.text[lang].summary,
			readingMinutes: lesson.text[lang].readingMinutes,
			questionCount: lesson.quiz.questions.length
		}))
	};
};
