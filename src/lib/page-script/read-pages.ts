/**
 * Routes whose pages are read, not operated: lessons and the glossary. They are plain HTML and CSS
 * with the page script (`src/lib/prerender/page-script.ts`), without SvelteKit's client: links to
 * them load the page, and no other page's code is sent for them.
 */
export const readPageRoutes: ReadonlySet<string> = new Set([
	'/[lang=lang]/lessons/[id]',
	'/[lang=lang]/glossary'
]);
