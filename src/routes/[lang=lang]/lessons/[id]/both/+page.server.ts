import { lessonEntries, lessonPage } from '$lib/content/index.server';
import type { EntryGenerator, PageServerLoad } from './$types';

// The lesson with each block beside its translation: a page of its own, so that the other
// language's text weighs nothing on the lesson's own page.
export const entries: EntryGenerator = lessonEntries;

export const load: PageServerLoad = ({ params }) => lessonPage(params.id, params.lang, true);
