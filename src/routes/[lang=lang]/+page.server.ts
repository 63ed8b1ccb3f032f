import { courseQuestions, lessonSummaries, trackSummaries } from '$lib/content/index.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => ({
	lessons: lessonSummaries(params.lang),
	tracks: trackSummaries(params.lang),
	questions: courseQuestions()
});
