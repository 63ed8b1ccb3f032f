import { lessonAt, lessonEntries } from '$lib/content/index.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = lessonEntries;

// The questions are not here: the page reads them from /{lang}/quiz-data/{id}.json.
export const load: PageServerLoad = ({ params }) => {
	const { lesson, next } = lessonAt(params.id, params.lang);
	return { lesson: { id: lesson.id, title: lesson.text[params.lang].title }, next };
};
