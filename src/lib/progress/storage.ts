import { createStore, del, entries, get, set, update, type UseStore } from 'idb-keyval';

/** Where progress records live: IndexedDB in the browser, a fake in tests or when it is blocked. */
export interface ProgressStorage {
	readonly persistent: boolean;
	entries(): Promise<[string, unknown][]>;
	get(key: string): Promise<unknown>;
	set(key: string, value: unknown): Promise<void>;
	/** Read-modify-write in one transaction, so that two tabs cannot lose each other's writes. */
	update(key: string, updater: (old: unknown) => unknown): Promise<void>;
	del(key: string): Promise<void>;
}

export const databaseName = 'k8s-course';
export const storeName = 'progress';

export function indexedDbStorage(
	store: UseStore = createStore(databaseName, storeName)
): ProgressStorage {
	return {
		persistent: true,
		entries: () => entries<string, unknown>(store),
		get: (key) => get(key, store),
		set: (key, value) => set(key, value, store),
		update: (key, updater) => update(key, updater, store),
		del: (key) => del(key, store)
	};
}

export function memoryStorage(initial: Iterable<[string, unknown]> = []): ProgressStorage {
	const map = new Map(initial);
	const copy = <T>(value: T): T => (value === undefined ? value : structuredClone(value));
	return {
		persistent: false,
		entries: async () => [...map].map(([key, value]) => [key, copy(value)]),
		get: async (key) => copy(map.get(key)),
		set: async (key, value) => void map.set(key, copy(value)),
		update: async (key, updater) => void map.set(key, copy(updater(copy(map.get(key))))),
		del: async (key) => void map.delete(key)
	};
}

/**
 * IndexedDB when the browser allows it; otherwise (private modes, blocked storage, very old
 * browsers) progress is kept in memory and the page says that it will not be saved.
 */
export async function openStorage(): Promise<ProgressStorage> {
	try {
		if (typeof indexedDB === 'undefined') return memoryStorage();
		const storage = indexedDbStorage();
		await storage.get('probe');
		return storage;
	} catch {
		return memoryStorage();
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
