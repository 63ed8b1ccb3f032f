import { error } from '@sveltejs/kit';
import { getCourse } from '$lib/content/index.server';
import { localizeQuiz } from '$lib/content/course.server';
import { langs } from '$lib/i18n/langs';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	langs.flatMap((lang) => getCourse().lessons.map((lesson) => ({ lang, id: lesson.id })));

export const load: PageServerLoad = ({ params }) => {
	const { lessons } = getCourse();
	const index = lessons.findIndex((lesson) => lesson.id === params.id);
	const lesson = lessons[index];
	if (!lesson) error(404, 'Not found');
	const next = lessons[index + 1];
	return {
		lesson: { id: lesson.id, title: lesson.text[params.lang].title },
		next: next ? { id: next.id, title: next.text[params.lang].title } : null,
		quiz: localizeQuiz(lesson.quiz, params.lang)
	};
};
