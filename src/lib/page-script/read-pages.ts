/** The home: a read page whose script needs its UI strings at once, for its live part. */
export const homeRoute = '/[lang=lang]';

/**
 * Routes whose pages are read, not operated: lessons, the glossary and the home. They are plain HTML
 * and CSS with the page script (`src/lib/prerender/page-script.ts`), without SvelteKit's client:
 * links to them load the page, and no other page's code is sent for them. The home's live part is
 * a Svelte component the page script hydrates (src/lib/home/HomeIsland.svelte).
 */
export const readPageRoutes: ReadonlySet<string> = new Set([
	'/[lang=lang]/lessons/[id]',
	'/[lang=lang]/glossary',
	homeRoute
]);
