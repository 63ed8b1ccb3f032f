import { getTracks, trackAt } from '$lib/content/index.server';
import { langs } from '$lib/i18n/langs';
import { certificate as en } from '$lib/i18n/locales/en.json';
import { certificate as zh } from '$lib/i18n/locales/zh.json';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	langs.flatMap((lang) => getTracks().map((track) => ({ lang, track: track.id })));

// The certificate is in both languages whatever the page's: it carries the words of both.
export const load: PageServerLoad = ({ params }) => {
	const track = trackAt(params.track);
	return { track: { id: track.id, title: track.title }, words: { zh, en } };
};
