import { base } from '$app/paths';
import { notFound as enNotFound } from '$lib/i18n/locales/en.json';
import { notFound as zhNotFound } from '$lib/i18n/locales/zh.json';
import { standalonePage } from '$lib/offline/precache';

// The page a static host sends for an address that is not in the course (build/404.html: the
// local server, nginx `error_page 404 /404.html;`, most object stores). It is served at any
// address, so it is self-contained, with absolute links; a page's script may not load there.
export const prerender = true;

export function GET(): Response {
	return new Response(standalonePage(base, `${base}/`, { zh: zhNotFound, en: enNotFound }), {
		headers: { 'content-type': 'text/html; charset=utf-8' }
	});
}
