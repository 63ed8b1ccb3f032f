/**
 * The script of the pages read rather than operated (lessons, the glossary): see
 * `src/lib/prerender/page-script.ts`. It sets SvelteKit's base path first, as SvelteKit's own
 * start script does on the other pages, because the shared modules (`$app/paths`) read it when
 * they are first run; so everything else is imported after.
 */
if (!import.meta.env.DEV) {
	// This file is `_app/immutable/entry/…`, three folders below the site's base.
	__SVELTEKIT_PAYLOAD__ = { base: new URL('../../..', import.meta.url).pathname.slice(0, -1) };
}
void import('./page').then(({ startPage }) => startPage());
