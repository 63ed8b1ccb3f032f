import type { ProgressSession } from '$lib/progress/session.svelte';

let session: Promise<ProgressSession> | undefined;

/**
 * The page's progress session, shared by what reads and writes progress (the reading tracker,
 * the header's notices, an LMS): made when the first of them needs it, with Svelte's runtime.
 */
export function pageSession(): Promise<ProgressSession> {
	return (session ??= import('$lib/progress/session.svelte').then(
		({ ProgressSession }) => new ProgressSession()
	));
}
