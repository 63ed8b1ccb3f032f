import { createStore, entries, get, promisifyRequest, type UseStore } from 'idb-keyval';

/** What one transaction writes, decided from what it read. */
export interface Changes<T> {
	set?: [string, unknown][];
	del?: string[];
	/** Handed back to the caller once the transaction has committed. */
	result: T;
}

/** Which records a transaction reads: these keys, or every key that `all` accepts. */
export type ReadSet = { keys: string[] } | { all: (key: string) => boolean };

/** Where progress records live: IndexedDB in the browser, a fake in tests or when it is blocked. */
export interface ProgressStorage {
	readonly persistent: boolean;
	entries(): Promise<[string, unknown][]>;
	get(key: string): Promise<unknown>;
	/**
	 * Reads, decides and writes in one transaction: all of it is stored, or (on any failure,
	 * a full disk among them) none of it. Two tabs cannot interleave inside one.
	 */
	transact<T>(read: ReadSet, decide: (records: Map<string, unknown>) => Changes<T>): Promise<T>;
}

export const databaseName = 'k8s-course';
export const storeName = 'progress';

function readInTransaction(store: IDBObjectStore, read: ReadSet): Promise<Map<string, unknown>> {
	if ('keys' in read) {
		return Promise.all(read.keys.map((key) => promisifyRequest(store.get(key)))).then(
			(values) => new Map(read.keys.map((key, index) => [key, values[index]]))
		);
	}
	return Promise.all([promisifyRequest(store.getAllKeys()), promisifyRequest(store.getAll())]).then(
		([keys, values]) =>
			new Map(
				keys.flatMap((key, index) =>
					typeof key === 'string' && read.all(key) ? [[key, values[index]] as const] : []
				)
			)
	);
}

export function indexedDbStorage(
	store: UseStore = createStore(databaseName, storeName)
): ProgressStorage {
	return {
		persistent: true,
		entries: () => entries<string, unknown>(store),
		get: (key) => get(key, store),
		transact: (read, decide) =>
			store('readwrite', async (objects) => {
				const transaction = objects.transaction;
				const committed = promisifyRequest(transaction);
				// Keeps an abort (ours, or the browser's on a full disk) from surfacing twice.
				committed.catch(() => undefined);
				let result;
				try {
					// Requests are placed within the same task as the reads' success: the transaction
					// stays active, and nothing else can write in between.
					const records = await readInTransaction(objects, read);
					const changes = decide(records);
					for (const key of changes.del ?? []) objects.delete(key);
					for (const [key, value] of changes.set ?? []) objects.put(value, key);
					result = changes.result;
				} catch (error) {
					try {
						transaction.abort();
					} catch {
						// Already finished or aborted: nothing was committed either way.
					}
					throw error;
				}
				await committed;
				return result;
			})
	};
}

export function memoryStorage(
	initial: Iterable<[string, unknown]> = [],
	/** Told of every committed change. */
	committed?: (records: ReadonlyMap<string, unknown>) => void
): ProgressStorage {
	let map = new Map(initial);
	const copy = <T>(value: T): T => (value === undefined ? value : structuredClone(value));
	return {
		persistent: false,
		entries: async () => [...map].map(([key, value]) => [key, copy(value)]),
		get: async (key) => copy(map.get(key)),
		transact: async (read, decide) => {
			const keys = 'keys' in read ? read.keys : [...map.keys()].filter(read.all);
			const changes = decide(new Map(keys.map((key) => [key, copy(map.get(key))])));
			// Built aside and swapped in whole, as a transaction commits.
			const next = new Map(map);
			for (const key of changes.del ?? []) next.delete(key);
			for (const [key, value] of changes.set ?? []) next.set(key, copy(value));
			map = next;
			committed?.(map);
			return changes.result;
		}
	};
}

const tabKey = 'k8s-course.progress-in-tab';

/**
 * Where progress lives when IndexedDB is not allowed: memory, copied to sessionStorage, so that
 * it lasts from page to page of this tab (every link is a page load) until the tab is closed.
 */
export function tabStorage(): ProgressStorage {
	let initial: [string, unknown][] = [];
	try {
		const saved: unknown = JSON.parse(sessionStorage.getItem(tabKey) ?? '[]');
		if (Array.isArray(saved)) initial = saved as [string, unknown][];
	} catch {
		// Unreadable or blocked: the tab starts empty, as it would in memory.
	}
	return memoryStorage(initial, (records) => {
		try {
			sessionStorage.setItem(tabKey, JSON.stringify([...records]));
		} catch {
			// Blocked or full: progress stays in this page's memory only.
		}
	});
}

function tabProgressKept(): boolean {
	try {
		return (sessionStorage.getItem(tabKey) ?? '[]') !== '[]';
	} catch {
		return false;
	}
}

/** After the tab's progress has been moved into IndexedDB: the next page must not move it again. */
export function forgetTabProgress(): void {
	try {
		sessionStorage.removeItem(tabKey);
	} catch {
		// Blocked: there was nothing kept there either.
	}
}

/**
 * The storage a page's store starts with, once `opened` is known. An earlier page of this tab may
 * have kept progress in the tab (IndexedDB did not answer in time there) while this one has
 * IndexedDB: then the store starts with the tab's progress and `moveTo` is called to move it into
 * IndexedDB (the store's `adopt`), so that nothing the tab did stays behind.
 */
export function withTabProgress(
	opened: ProgressStorage,
	moveTo: (durable: ProgressStorage) => void
): ProgressStorage {
	if (!opened.persistent || !tabProgressKept()) return opened;
	queueMicrotask(() => moveTo(opened));
	return tabStorage();
}

/** Opening IndexedDB can hang (a wedged profile, an upgrade blocked by another tab). */
export const openTimeoutMs = 3000;

/**
 * IndexedDB when the browser allows it; otherwise (private modes, blocked storage, very old
 * browsers) progress is kept in memory and the page says that it will not be saved.
 */
export async function openStorage(
	options: {
		timeoutMs?: number;
		/** Called with IndexedDB if it answers only after the time limit. */
		late?: (storage: ProgressStorage) => void;
		/** Where progress goes instead: memory unless told otherwise. */
		fallback?: () => ProgressStorage;
	} = {}
): Promise<ProgressStorage> {
	const fallback = options.fallback ?? (() => memoryStorage());
	try {
		if (typeof indexedDB === 'undefined') return fallback();
		const storage = indexedDbStorage();
		let timer: ReturnType<typeof setTimeout> | undefined;
		const gaveUp = new Promise<'timeout'>((resolve) => {
			timer = setTimeout(() => resolve('timeout'), options.timeoutMs ?? openTimeoutMs);
		});
		const opened = storage.get('probe').then(() => 'opened' as const);
		const answer = await Promise.race([opened, gaveUp]);
		clearTimeout(timer);
		if (answer === 'opened') return storage;
		// Slow, not necessarily broken: if it answers after all, progress moves there.
		opened.then(() => options.late?.(storage)).catch(() => undefined);
		return fallback();
	} catch {
		return fallback();
	}
}

/**
 * The quiz answer being saved, kept where a write is done at once (localStorage), until IndexedDB
 * has it: an IndexedDB write still in flight when the learner reloads or closes the tab is lost.
 */
export interface DraftJournal {
	entries(): [lessonId: string, text: string][];
	write(lessonId: string, text: string): void;
	/** Forgets the entry, if it is still `text` (a later change may have replaced it). */
	clear(lessonId: string, text?: string): void;
}

const journalPrefix = 'k8s-course.saving.';

export function localJournal(): DraftJournal {
	// Blocked storage (some private modes) throws: the journal is then a best effort that does nothing.
	const attempt = <T>(work: () => T, fallback: T): T => {
		try {
			return work();
		} catch {
			return fallback;
		}
	};
	return {
		entries: () =>
			attempt(
				() =>
					Object.keys(localStorage)
						.filter((key) => key.startsWith(journalPrefix))
						.map((key) => [key.slice(journalPrefix.length), localStorage.getItem(key) ?? '']),
				[]
			),
		write: (lessonId, text) =>
			attempt(() => localStorage.setItem(journalPrefix + lessonId, text), undefined),
		clear: (lessonId, text) =>
			attempt(() => {
				const key = journalPrefix + lessonId;
				if (text === undefined || localStorage.getItem(key) === text) localStorage.removeItem(key);
			}, undefined)
	};
}

export function memoryJournal(): DraftJournal {
	const map = new Map<string, string>();
	return {
		entries: () => [...map],
		write: (lessonId, text) => void map.set(lessonId, text),
		clear: (lessonId, text) => {
			if (text === undefined || map.get(lessonId) === text) map.delete(lessonId);
		}
	};
}
