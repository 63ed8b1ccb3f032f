import { watchFollowedLinks } from '$lib/lms/links';
import type { PagePart } from './page';

/**
 * The script of the pages read rather than operated (lessons, the glossary, the home): see
 * `src/lib/prerender/page-script.ts`. It sets SvelteKit's base path first, as SvelteKit's own
 * start script does on the other pages, because the shared modules (`$app/paths`) read it when
 * they are first run; so everything else is imported after (what is imported above reads no path).
 */
if (!import.meta.env.DEV) {
	// This file is `_app/immutable/entry/…`, three folders below the site's base.
	__SVELTEKIT_PAYLOAD__ = { base: new URL('../../..', import.meta.url).pathname.slice(0, -1) };
}

// Links followed before an LMS connection is made count all the same (src/lib/lms/links.ts).
watchFollowedLinks();

/** The page's own part, by what its HTML holds: loaded with the header's, each page only its own. */
function pagePart(): Promise<PagePart | undefined> {
	const lesson = document.querySelector<HTMLElement>('article.lesson');
	if (lesson) return import('./lesson').then((part) => (lang) => part.startLesson(lesson, lang));
	const glossary = document.querySelector<HTMLElement>('.page.glossary');
	if (glossary)
		return import('./glossary').then((part) => (lang) => part.startGlossary(glossary, lang));
	const home = document.querySelector<HTMLElement>('.page.home');
	if (home) {
		return import('$lib/home/HomeIsland.svelte').then(
			(part) => (lang) => part.startHome(home, lang)
		);
	}
	return Promise.resolve(undefined);
}

// The page's HTML loads this script once the page has painted (`withPageScript`, with
// `afterFirstPaint`), so what it needs is loaded at once: the header's and the page's own.
void Promise.all([import('./page'), pagePart()]).then(([{ startPage }, part]) => startPage(part));
