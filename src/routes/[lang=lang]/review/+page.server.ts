import { courseQuestions } from '$lib/content/index.server';
import type { PageServerLoad } from './$types';

// Which cards are due is known only in the browser; the questions are read from
// /{lang}/quiz-data/{id}.json.
export const load: PageServerLoad = () => ({ questions: courseQuestions() });
