import { resolve } from '$app/paths';
import type { Lang } from '$lib/i18n/langs';

/** Page URLs, base path included; every page URL ends in a slash (static hosts serve index.html). */
export const paths = {
	home: (lang: Lang) => resolve('/[lang=lang]', { lang }) + '/',
	lesson: (lang: Lang, id: string) => resolve('/[lang=lang]/lessons/[id]', { lang, id }) + '/',
	quiz: (lang: Lang, id: string) => resolve('/[lang=lang]/lessons/[id]/quiz', { lang, id }) + '/'
};

/** The same page in another language: the route stays, only `lang` changes. */
export function samePageIn(
	lang: Lang,
	routeId: string | null,
	params: Record<string, string>
): string {
	if (routeId === '/[lang=lang]/lessons/[id]' && params.id) return paths.lesson(lang, params.id);
	if (routeId === '/[lang=lang]/lessons/[id]/quiz' && params.id) return paths.quiz(lang, params.id);
	return paths.home(lang);
}
