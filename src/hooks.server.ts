import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { htmlLang, isLang } from '$lib/i18n/langs';
import { deferHydration } from '$lib/prerender/defer-hydration';

/**
 * Pages whose scripts wait for the first paint: pages that are read, not operated, and the quiz,
 * whose HTML has no control to operate (its intro and buttons come with its script and the
 * learner's progress) and whose largest paint, its title, is in the HTML. The others (home,
 * glossary filter, team page) are operated at once, and their scripts start as soon as SvelteKit
 * has them: a control that looks ready should be ready.
 */
const readPages = new Set(['/[lang=lang]/lessons/[id]', '/[lang=lang]/lessons/[id]/quiz']);

// Runs only while prerendering: the built site has no server.
export const handle: Handle = ({ event, resolve }) => {
	const lang = event.params.lang;
	const value = isLang(lang) ? htmlLang[lang] : 'en';
	// Only the build's pages: `vite dev` writes its own start script, and serves no policy.
	const deferred = building && readPages.has(event.route.id ?? '');
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', value);
			return deferred ? deferHydration(page, event.url.pathname) : page;
		}
	});
};
