import type { Hit } from './engine';

/** What the search dialog asks its worker (index.worker.ts). */
export type ToWorker =
	| {
			type: 'start';
			/** The language's home, as an absolute URL ending in a slash: `…/en/`. */
			home: string;
			/** How a page's URL ends after its folder: '' on a web host, 'index.html' in a SCORM package. */
			pageFile: '' | 'index.html';
			/** The build's version: an index kept from another version is built again. */
			version: string;
	  }
	| { type: 'search'; id: number; query: string };

/** What the worker answers. */
export type FromWorker =
	| {
			type: 'ready';
			/** The files that could not be read, by their path from the language's home. */
			skipped: string[];
			/** Whether the index was read back from IndexedDB rather than built from the pages. */
			cached: boolean;
	  }
	| { type: 'failed'; reason: string }
	| { type: 'hits'; id: number; hits: Hit[] };
