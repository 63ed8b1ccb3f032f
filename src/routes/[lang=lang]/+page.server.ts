import { courseQuestions, lessonSummaries, trackSummaries } from '$lib/content/index.server';
import type { HomeData } from '$lib/home/data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }): HomeData => ({
	lessons: lessonSummaries(params.lang),
	tracks: trackSummaries(params.lang),
	questions: courseQuestions()
});

// Read, not operated, but for its live part: plain HTML and CSS with the page script, which
// hydrates that part (src/lib/home/HomeIsland.svelte).
export const csr = false;
