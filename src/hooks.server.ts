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

/**
 * The operated pages start at once, but their scripts must not share a slow network with the
 * stylesheets the first paint waits for: the browser fetches them after (Lighthouse, mobile: the
 * home's first paint 1.42 s -> 0.94 s, its HTML-and-CSS floor 0.92 s).
 */
function withScriptsAfterStyles(html: string): string {
	return html.replaceAll('rel="modulepreload">', 'rel="modulepreload" fetchpriority="low">');
}

let pageScriptFiles: PageScriptFiles | undefined;

// Runs only while prerendering (and under `vite dev`): the built site has no server.
export const handle: Handle = ({ event, resolve }) => {
	const lang = event.params.lang;
	const value = isLang(lang) ? htmlLang[lang] : 'en';
	const read = readPages.has(event.route.id ?? '');
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', value);
			if (!read) return building ? withScriptsAfterStyles(page) : page;
			if (dev) return withDevPageScript(page, base);
			if (!building) return page;
			pageScriptFiles ??= readPageScriptFiles(__COURSE_CLIENT_DIR__);
			return withPageScript(page, pageScriptFiles, event.url.pathname);
		}
	});
};
