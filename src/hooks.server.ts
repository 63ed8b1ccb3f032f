import type { Handle } from '@sveltejs/kit';
import { building, dev } from '$app/environment';
import { base } from '$app/paths';
import { htmlLang, isLang } from '$lib/i18n/langs';
import { readPageRoutes } from '$lib/page-script/read-pages';
import {
	compactAppHtml,
	withHydratedParts,
	withoutHydrationMarkers
} from '$lib/prerender/app-html.js';
import { deferHydration } from '$lib/prerender/defer-hydration';
import {
	readPageScriptFiles,
	withDevPageScript,
	withPageScript,
	type PageScriptFiles
} from '$lib/prerender/page-script';

/**
 * The quiz hydrates after its first paint: its HTML has no control to operate (its intro and
 * buttons come with its script and the learner's progress), and its largest paint, its title, is
 * in the HTML (Lighthouse, mobile: LCP 1.6x its HTML-and-CSS floor before, 1.0-1.1x after).
 */
const paintFirstPages = new Set(['/[lang=lang]/lessons/[id]/quiz']);

/**
 * The other operated pages start at once (a control that looks ready should be ready), but their
 * scripts must not share a slow network with the stylesheets the first paint waits for: the
 * browser fetches them after (Lighthouse, mobile: the home's first paint 1.42 s -> 0.94 s, its
 * HTML-and-CSS floor 0.92 s).
 */
function withScriptsAfterStyles(html: string): string {
	return html.replaceAll('rel="modulepreload">', 'rel="modulepreload" fetchpriority="low">');
}

let pageScriptFiles: PageScriptFiles | undefined;

// Runs only while prerendering (and under `vite dev`): the built site has no server.
export const handle: Handle = ({ event, resolve }) => {
	const lang = event.params.lang;
	const value = isLang(lang) ? htmlLang[lang] : 'en';
	const route = event.route.id ?? '';
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', value);
			if (readPageRoutes.has(route)) {
				if (dev) return withDevPageScript(withHydratedParts(compactAppHtml(page)), base);
				if (!building) return page;
				pageScriptFiles ??= readPageScriptFiles(__COURSE_CLIENT_DIR__);
				const script = withPageScript(page, pageScriptFiles, event.url.pathname);
				return withoutHydrationMarkers(compactAppHtml(script));
			}
			// `vite dev` writes its own start script; its policy, sent as a header, allows app.html's
			// script as the build compacts it.
			if (!building) return compactAppHtml(page);
			return compactAppHtml(
				paintFirstPages.has(route)
					? deferHydration(page, event.url.pathname)
					: withScriptsAfterStyles(page)
			);
		}
	});
};
