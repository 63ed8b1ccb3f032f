import { resolve } from '$app/paths';
import type { Lang } from '$lib/i18n/langs';

const resolveRoute = resolve as (routeId: string, params: Record<string, string>) => string;

/** Page URLs, base path included; every page URL ends in a slash (static hosts serve index.html). */
export const paths = {
	home: (lang: Lang) => resolve('/[lang=lang]', { lang }) + '/',
	lesson: (lang: Lang, id: string) => resolve('/[lang=lang]/lessons/[id]', { lang, id }) + '/',
	quiz: (lang: Lang, id: string) => resolve('/[lang=lang]/lessons/[id]/quiz', { lang, id }) + '/',
	glossary: (lang: Lang) => resolve('/[lang=lang]/glossary', { lang }) + '/',
	team: (lang: Lang) => resolve('/[lang=lang]/team', { lang }) + '/',
	review: (lang: Lang) => resolve('/[lang=lang]/review', { lang }) + '/',
	exam: (lang: Lang, track: string) => resolve('/[lang=lang]/exam/[track]', { lang, track }) + '/',
	certificate: (lang: Lang, track: string) =>
		resolve('/[lang=lang]/exam/[track]/certificate', { lang, track }) + '/'
};

/** The same page in another language: the route and its parameters stay, only `lang` changes. */
export function samePageIn(
	lang: Lang,
	routeId: string | null,
	params: Record<string, string>
): string {
	if (!routeId?.startsWith('/[lang=lang]')) return paths.home(lang);
	return resolveRoute(routeId, { ...params, lang }).replace(/\/?$/, '/');
}
