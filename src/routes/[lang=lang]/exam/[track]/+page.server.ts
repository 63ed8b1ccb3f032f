import { courseVersion, getTracks, trackAt } from '$lib/content/index.server';
import { langs } from '$lib/i18n/langs';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	langs.flatMap((lang) => getTracks().map((track) => ({ lang, track: track.id })));

export const load: PageServerLoad = ({ params }) => {
	const track = trackAt(params.track);
	return {
		track: {
			id: track.id,
			title: track.title[params.lang],
			timeLimitMinutes: track.time_limit_minutes
		},
		// The questions are read from /{lang}/quiz-data/{id}.json.
		lessonIds: track.lessons,
		courseVersion
	};
};
