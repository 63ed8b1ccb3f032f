import { error } from '@sveltejs/kit';
import { getCourse } from '$lib/content/index.server';
import { langs } from '$lib/i18n/langs';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	langs.flatMap((lang) => getCourse().lessons.map((lesson) => ({ lang, id: lesson.id })));

export const load: PageServerLoad = ({ params }) => {
	const { lessons } = getCourse();
	const index = lessons.findIndex((lesson) => lesson.id === params.id);
	const lesson = lessons[index];
	if (!lesson) error(404, 'Not found');
	const neighbour = (offset: number) => {
		const other = lessons[index + offset];
		return other ? { id: other.id, title: other.text[params.lang].title } : null;
	};
	return {
		lesson: {
			id: lesson.id,
			number: lesson.number,
			questionCount: lesson.quiz.questions.length,
			...lesson.text[params.lang]
		},
		previous: neighbour(-1),
		next: neighbour(1)
	};
};
