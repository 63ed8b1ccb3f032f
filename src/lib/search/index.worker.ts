/// <reference lib="webworker" />
import { createStore, get, set } from 'idb-keyval';
import { indexOf, searcherOf, type Searcher, type SearchManifest } from './engine';
import { collectDocuments } from './extract';
import type { FromWorker, ToWorker } from './messages';

/*
 * Builds the search index from the pages the course keeps offline, off the page's thread, and
 * answers the dialog's queries. The index is kept in IndexedDB for the build's version: the next
 * page's search opens without building it again.
 */

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => scope.postMessage(message);

/** A database of its own: never the progress database (`k8s-course`). */
const kept = createStore('k8s-course-search', 'indexes');

interface KeptIndex {
	version: string;
	index: string;
	names: SearchManifest['names'];
}

let searcher: Promise<Searcher> | undefined;

async function start({
	home,
	pageFile,
	version
}: Extract<ToWorker, { type: 'start' }>): Promise<Searcher> {
	const key = new URL(home).pathname;
	const found = await get<KeptIndex>(key, kept).catch(() => undefined);
	if (found?.version === version && typeof found.index === 'string') {
		try {
			const ready = searcherOf(found.index, found.names);
			post({ type: 'ready', skipped: [], cached: true });
			return ready;
		} catch (error) {
			console.warn('search: the kept index could not be read, building it again:', error);
		}
	}
	const read = async (path: string) => {
		const url = new URL(path.endsWith('/') ? path + pageFile : path, home);
		const response = await fetch(url);
		if (!response.ok) throw new Error(`HTTP ${response.status}`);
		return response.text();
	};
	const manifest = JSON.parse(await read('search.json')) as SearchManifest;
	const { documents, skipped } = await collectDocuments(manifest, read);
	const index = indexOf(documents);
	post({ type: 'ready', skipped, cached: false });
	// Once the queries waiting for the index are answered. Not with pages left out: the next page
	// tries them again.
	if (skipped.length === 0) {
		setTimeout(() => {
			const value: KeptIndex = { version, index: JSON.stringify(index), names: manifest.names };
			set(key, value, kept).catch((error: unknown) => {
				console.warn('search: the index could not be kept:', error);
			});
		});
	}
	return searcherOf(index, manifest.names);
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
	const message = event.data;
	if (message.type === 'start') {
		searcher ??= start(message);
		searcher.catch((error: unknown) => {
			post({ type: 'failed', reason: error instanceof Error ? error.message : String(error) });
		});
	} else if (message.type === 'search') {
		void searcher?.then(
			(ready) => post({ type: 'hits', id: message.id, hits: ready.search(message.query) }),
			() => undefined
		);
	}
};
