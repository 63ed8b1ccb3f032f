import { mount } from 'svelte';
import HomeIsland from '$lib/home/HomeIsland.svelte';
import { readHomeData } from '$lib/home/data';
import { loadTranslator } from '$lib/i18n';
import type { Lang } from '$lib/i18n/langs';
import { pageSession } from './session';

/**
 * The home's live part (dashboard, tracks, lessons' states, progress tools), mounted in place of
 * its prerendered HTML, which is what it renders before progress loads: nothing moves. Not
 * hydrated: `{@html}` carries no hydration markers, and the links must be written for where the
 * page is served (a SCORM package), as the browser sees it. Without its strings or its data the
 * page stays as the build wrote it: every link works.
 */
export async function startHome(page: HTMLElement, lang: Lang): Promise<void> {
	const data = readHomeData(document);
	const first = page.querySelector(':scope > .page-header');
	const end = page.querySelector(':scope > .team-link');
	if (!data || !first || !end) return;
	const [t, session] = await Promise.all([loadTranslator(lang), pageSession()]);
	while (first.nextSibling && first.nextSibling !== end) first.nextSibling.remove();
	mount(HomeIsland, { target: page, anchor: end, props: { i18n: { lang, t }, session, data } });
}
