import { courseQuestions, getCourse, quizzesOf } from '$lib/content/index.server';
import type { PageServerLoad } from './$types';

// Every quiz of the course, in the page's language: which cards are due is known only in the browser.
export const load: PageServerLoad = ({ params }) => ({
	lessons: quizzesOf(
		getCourse().lessons.map((lesson) => lesson.id),
		params.lang
	),
	questions: courseQuestions()
});
