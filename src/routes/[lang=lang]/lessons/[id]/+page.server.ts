import { lessonAt, lessonEntries } from '$lib/content/index.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = lessonEntries;

export const load: PageServerLoad = ({ params }) => {
	const { lesson, previous, next } = lessonAt(params.id, params.lang);
	// The body is not page data: the page holds it once, as HTML (see course-plugin.ts).
	const { html, ...text } = lesson.text[params.lang];
	void html;
	return {
		lesson: {
			id: lesson.id,
			number: lesson.number,
			questionCount: lesson.quiz.questions.length,
			...text
		},
		previous,
		next
	};
};
