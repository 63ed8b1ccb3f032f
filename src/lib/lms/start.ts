import type { ProgressSession } from '$lib/progress/session.svelte';

/**
 * Every page, once mounted. An LMS runs the course in a frame or a window it opened: only such a
 * page loads the search for the LMS's API (probe.ts). This is all the LMS code a page has before.
 */
export function startLms(session: ProgressSession): void {
	if (window.parent !== window || window.opener) {
		void import('./probe').then((probe) => probe.connectIfFound(session));
	}
}
