// @ts-nocheck
import { lessonAt, lessonEntries } from '$lib/content/index.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = lessonEntries;

export const load = ({ params }: Parameters<PageServerLoad>[0]) => {
	const { lesson, previous, next } = lessonAt(params.id, params.lang);
	// The body is not page data: the page holds it once, as HTML (see course-plugin.ts).
	const { html: _body, ...text } = lesson.text[params.lang];
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
