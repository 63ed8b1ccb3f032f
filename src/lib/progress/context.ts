import { browser } from '$app/environment';
import { nextTask } from '$lib/next-task';
import { getProgressSession, type ProgressSession } from './session.svelte';
import {
	forgetTabProgress,
	localJournal,
	openStorage,
	memoryStorage,
	tabStorage,
	withTabProgress,
	type ProgressStorage
} from './storage';
import { ProgressStore } from './store.svelte';
import { browserTab } from './tab';

/** The page's store, opened on first use: IndexedDB, its journal, its channel to other tabs. */
export function openProgress(session: ProgressSession): ProgressStore {
	if (session.current) return session.current;
	// Progress kept in the tab moves into IndexedDB as soon as it answers, on this page or a later one.
	const moveTo = (durable: ProgressStorage) =>
		void progress.adopt(durable).then((moved) => moved && forgetTabProgress());
	const progress: ProgressStore = new ProgressStore(
		browser
			? // Opened in a task of its own: the component asking is usually being hydrated.
				nextTask()
					.then(() => openStorage({ fallback: tabStorage, late: moveTo }))
					.then((opened) => withTabProgress(opened, moveTo))
			: memoryStorage(),
		{
			channel: browser ? ProgressStore.channel() : undefined,
			journal: browser ? localJournal() : undefined,
			tab: browser ? browserTab() : undefined
		}
	);
	session.current = progress;
	if (browser) {
		void progress.load();
		// Asks the browser not to evict progress under storage pressure; it may say no.
		void navigator.storage?.persist?.().catch(() => false);
	}
	return progress;
}

/** For components: the page's store, opened if nothing has opened it yet. */
export function getProgress(): ProgressStore {
	return openProgress(getProgressSession());
}
