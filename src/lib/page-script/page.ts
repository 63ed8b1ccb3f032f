import { isLang, type Lang } from '$lib/i18n/langs';
import type { ProgressSession } from '$lib/progress/session.svelte';
import { startHeader } from './header';

/** What a page of one kind does besides its header: a lesson's, the glossary's, the home's. */
export type PagePart = (lang: Lang) => void | Promise<void>;

export async function startPage(part?: PagePart): Promise<void> {
	const root = document.documentElement;
	const lang = root.lang.slice(0, 2);
	const pageLang: Lang = isLang(lang) ? lang : 'en';
	startHeader(pageLang);
	try {
		await part?.(pageLang);
	} catch (error) {
		// The page stays as the build wrote it: readable, its links working.
		console.error(error);
	}
	// Browser tests wait for this rather than guess, as on the other pages: on the home, once its
	// live part is there.
	root.dataset.started = '';

	// The offline status, the update notice and an LMS come after the page has loaded: the worker's
	// download of the course must not compete with the page's own requests.
	const later = () => void import('./status').then(({ startStatus }) => startStatus(pageLang));
	if (document.readyState === 'complete') later();
	else addEventListener('load', later, { once: true });
}

let session: Promise<ProgressSession> | undefined;

/**
 * The page's progress session, shared by what reads and writes progress (the reading tracker,
 * the header's notices, an LMS): made when the first of them needs it, with Svelte's runtime. Here
 * rather than in a module of its own: every read page loads this one first.
 */
export function pageSession(): Promise<ProgressSession> {
	return (session ??= import('$lib/progress/session.svelte').then(
		({ ProgressSession }) => new ProgressSession()
	));
}
