import { error, json } from '@sveltejs/kit';
import { lessonEntries, quizzesOf } from '$lib/content/index.server';
import type { EntryGenerator, RequestHandler } from './$types';

// A lesson's questions in one language, once: its quiz page, the review and the exams all read
// this file (quiz-data.svelte.ts), which the service worker keeps, instead of each page carrying
// its own copy.
export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = lessonEntries;

export const GET: RequestHandler = ({ params }) => {
	const [lesson] = quizzesOf([params.id], params.lang);
	if (!lesson) error(404, 'Not found');
	return json(lesson);
};
