/**
 * Finds the LMS's SCORM API, as each standard says: up the chain of parent windows, then from the
 * opener up, at most 500 steps for SCORM 2004's `API_1484_11` (its run-time's search) and 7 for
 * SCORM 1.2's `API` (the sample of its run-time environment). Loaded only by a page in a frame or
 * opened by another window (start.ts); the connection only when an API is found.
 */
import type { ProgressSession } from '$lib/progress/session.svelte';

export type LmsVersion = '2004' | '1.2';

export interface FoundLms {
	version: LmsVersion;
	/** The window that holds the API: the API is read from it on each call, to notice it gone. */
	holder: Window;
	name: 'API_1484_11' | 'API';
}

const searches = [
	{ version: '2004', name: 'API_1484_11', steps: 500 },
	{ version: '1.2', name: 'API', steps: 7 }
] as const;

function holderOf(start: Window, name: string, steps: number): Window | undefined {
	let win = start;
	for (let step = 0; ; step++) {
		try {
			if ((win as unknown as Record<string, unknown>)[name]) return win;
			// Another origin's window cannot be read: the search ends there.
			if (win.parent === win || step >= steps) return undefined;
		} catch {
			return undefined;
		}
		win = win.parent;
	}
}

export function findLms(self: Window): FoundLms | undefined {
	if (self.parent === self && !self.opener) return undefined;
	for (const { version, name, steps } of searches) {
		const holder =
			holderOf(self, name, steps) ??
			(self.opener ? holderOf(self.opener as Window, name, steps) : undefined);
		if (holder) return { version, name, holder };
	}
	return undefined;
}

/** Inside an LMS, loads the connection to it (connection.svelte.ts). */
export function connectIfFound(session: ProgressSession): void {
	const lms = findLms(window);
	if (lms) void import('./connection.svelte').then((connection) => connection.start(lms, session));
}
