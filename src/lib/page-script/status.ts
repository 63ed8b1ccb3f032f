import { mount } from 'svelte';
import { loadTranslator, type Translate } from '$lib/i18n';
import type { Lang } from '$lib/i18n/langs';
import { startLms } from '$lib/lms/start';
import { nextTask } from '$lib/next-task';
import { siteBase } from '$lib/route-url.browser';
import { OfflineStatus } from '$lib/offline/status.svelte';
import HeaderStatus from './HeaderStatus.svelte';
import { pageSession } from './page';
import { VersionFile } from './version-file.svelte';

/**
 * The header's live parts (offline status, update notice, progress notices), the service worker
 * and an LMS, as the layouts start them on the other pages. Loaded after the page.
 */
export async function startStatus(lang: Lang): Promise<void> {
	const session = await pageSession();
	// Each step in a task of its own: Svelte's runtime has just been run, and each mount is Svelte's
	// first work on the page.
	await nextTask();
	const base = siteBase();
	const offline = new OfflineStatus(new VersionFile(`${base}/_app/version.json`));
	startLms(session);
	// A SCORM package registers no worker: it runs where the LMS serves it, online.
	offline.start(`${base}/service-worker.js`, `${base}/`, !__COURSE_PACKAGE__);
	void offline.checkForUpdate();

	// Without its strings the header keeps what the build rendered; the worker and an LMS run all
	// the same.
	let t: Translate;
	try {
		t = await loadTranslator(lang);
	} catch (error) {
		console.error(error);
		return;
	}
	const props = { i18n: { lang, t }, offline, session };
	// The build rendered these parts as they are before any script: they are replaced, in place.
	await nextTask();
	const statusLine = document.querySelector('.site-header .status-line');
	if (statusLine) {
		statusLine.replaceChildren();
		mount(HeaderStatus, { target: statusLine, props: { ...props, part: 'status' } });
	}
	await nextTask();
	const header = document.querySelector('.site-header');
	if (header) {
		header.querySelector(':scope > .update-region')?.remove();
		mount(HeaderStatus, { target: header, props: { ...props, part: 'notices' } });
	}
}
