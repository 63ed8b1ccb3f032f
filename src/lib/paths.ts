import { browser } from '$app/environment';
import type { Lang } from '$lib/i18n/langs';
// Not `$app/paths`: in the browser it imports SvelteKit's client, which read pages do without.
import { routeUrl } from '#route-url';

/**
 * How a page URL ends: in a slash, since static hosts serve index.html; in a SCORM package (built
 * by `npm run package`), in index.html itself, since an LMS serves files, not folders. Prerendering
 * follows the slashed links to find the pages; the package's HTML is then rewritten to match.
 */
const end = __COURSE_PACKAGE__ && browser ? '/index.html' : '/';

/** Page URLs, base path included. */
export const paths = {
	home: (lang: Lang) => routeUrl('/[lang=lang]', { lang }) + end,
	lesson: (lang: Lang, id: string) => routeUrl('/[lang=lang]/lessons/[id]', { lang, id }) + end,
	quiz: (lang: Lang, id: string) => routeUrl('/[lang=lang]/lessons/[id]/quiz', { lang, id }) + end,
	glossary: (lang: Lang) => routeUrl('/[lang=lang]/glossary', { lang }) + end,
	team: (lang: Lang) => routeUrl('/[lang=lang]/team', { lang }) + end,
	review: (lang: Lang) => routeUrl('/[lang=lang]/review', { lang }) + end,
	exam: (lang: Lang, track: string) => routeUrl('/[lang=lang]/exam/[track]', { lang, track }) + end,
	certificate: (lang: Lang, track: string) =>
		routeUrl('/[lang=lang]/exam/[track]/certificate', { lang, track }) + end
};

/** The same page in another language: the route and its parameters stay, only `lang` changes. */
export function samePageIn(
	lang: Lang,
	routeId: string | null,
	params: Record<string, string>
): string {
	if (!routeId?.startsWith('/[lang=lang]')) return paths.home(lang);
	return routeUrl(routeId, { ...params, lang }).replace(/\/?$/, end);
}
