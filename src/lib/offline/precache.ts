/**
 * What the service worker caches and how it finds a request in that cache. Kept apart from
 * src/service-worker.ts, which only wires these to the worker's events, so that it can be tested.
 */

/** Caches are per origin: the base path in the name keeps two courses on one host apart. */
export function cacheName(base: string, version: string): string {
	return `${cachePrefix(base)}${version}`;
}

export function cachePrefix(base: string): string {
	return `k8s-course:${base}:`;
}

/** Caches of this course, at this base path, that belong to another build. */
export function isStaleCache(name: string, base: string, version: string): boolean {
	return name.startsWith(cachePrefix(base)) && name !== cacheName(base, version);
}

/**
 * The precached URL that answers a request for `pathname`, if any. The query never matters on a
 * static site: SvelteKit adds one to `__data.json` requests (`?x-sveltekit-invalidated=…`).
 */
export function precacheKey(pathname: string, precached: ReadonlySet<string>): string | undefined {
	return precached.has(pathname) ? pathname : undefined;
}

/** A page asked for without its trailing slash (`/en`), when the slashed one (`/en/`) is cached. */
export function slashRedirect(
	pathname: string,
	precached: ReadonlySet<string>
): string | undefined {
	if (pathname.endsWith('/')) return undefined;
	const slashed = `${pathname}/`;
	return precached.has(slashed) ? slashed : undefined;
}

export interface OfflinePageText {
	title: string;
	body: string;
	home: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A page in both languages, self-contained (no script, no stylesheet) because nothing else may
 * be reachable: the offline page of the service worker, and the 404 page of the static host.
 * The language of the address asked for comes first.
 */
export function standalonePage(
	base: string,
	pathname: string,
	text: { zh: OfflinePageText; en: OfflinePageText }
): string {
	const english = pathname.startsWith(`${base}/en/`);
	const order = english ? (['en', 'zh'] as const) : (['zh', 'en'] as const);
	const htmlLang = { zh: 'zh-CN', en: 'en' };
	const sections = order
		.map(
			(lang) => `<section lang="${htmlLang[lang]}">
<h1>${escapeHtml(text[lang].title)}</h1>
<p>${escapeHtml(text[lang].body)}</p>
<p><a class="home" href="${escapeHtml(`${base}/${lang}/`)}" hreflang="${htmlLang[lang]}">${escapeHtml(text[lang].home)}</a></p>
</section>`
		)
		.join('\n');
	return `<!doctype html>
<html lang="${htmlLang[order[0]]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(text[order[0]].title)} · ${escapeHtml(text[order[1]].title)}</title>
<style>
:root { color-scheme: light dark; }
body { margin: 0; font: 1.0625rem/1.7 system-ui, -apple-system, 'Segoe UI', Roboto, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif; background: light-dark(#fbfaf7, #16171a); color: light-dark(#1d1d1f, #e9e8e4); }
:lang(zh) { font-family: 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', system-ui, sans-serif; }
main { max-width: 40rem; margin: 0 auto; padding: 3rem 1rem; }
section { background: light-dark(#ffffff, #1f2024); border: 1px solid light-dark(#d8d5cc, #3d3f46); border-radius: 12px; padding: 0.5rem 1.25rem 1rem; }
section + section { margin-top: 1.25rem; }
h1 { font-size: 1.5rem; line-height: 1.3; }
p { color: light-dark(#55575d, #a9abb2); }
a.home { display: inline-block; padding: 0.55rem 1.1rem; border-radius: 8px; background: light-dark(#2456c8, #8fb0ff); color: light-dark(#ffffff, #0f1420); font-weight: 600; text-decoration: none; }
a.home:focus-visible { outline: 3px solid light-dark(#b4530a, #ffb86b); outline-offset: 2px; }
</style>
</head>
<body>
<main class="standalone-page">
${sections}
</main>
</body>
</html>
`;
}

/** The page shown, in both languages, for a page that is not cached while there is no network. */
export const offlinePage = standalonePage;
