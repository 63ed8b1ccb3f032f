import type { Handle } from '@sveltejs/kit';
import { htmlLang, isLang } from '$lib/i18n/langs';

// Runs only while prerendering: the built site has no server.
export const handle: Handle = ({ event, resolve }) => {
	const lang = event.params.lang;
	const value = isLang(lang) ? htmlLang[lang] : 'en';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', value) });
};
