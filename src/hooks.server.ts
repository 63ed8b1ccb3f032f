import type { Handle } from '@sveltejs/kit';
import { building, dev } from '$app/environment';
import { base } from '$app/paths';
import { htmlLang, isLang } from '$lib/i18n/langs';
import {
	readPageScriptFiles,
	withDevPageScript,
	withPageScript,
	type PageScriptFiles
} from '$lib/prerender/page-script';

/** Pages read rather than operated: without SvelteKit's client, with the page script instead. */
const readPages = new Set(['/[lang=lang]/lessons/[id]', '/[lang=lang]/glossary']);

let pageScriptFiles: PageScriptFiles | undefined;

// Runs only while prerendering (and under `vite dev`): the built site has no server.
export const handle: Handle = ({ event, resolve }) => {
	const lang = event.params.lang;
	const value = isLang(lang) ? htmlLang[lang] : 'en';
	const read = readPages.has(event.route.id ?? '');
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', value);
			if (!read) return page;
			if (dev) return withDevPageScript(page, base);
			if (!building) return page;
			pageScriptFiles ??= readPageScriptFiles(__COURSE_CLIENT_DIR__);
			return withPageScript(page, pageScriptFiles, event.url.pathname);
		}
	});
};
