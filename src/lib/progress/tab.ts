/**
 * Which tab this is, and whether another tab is still open: a journaled change is replayed only
 * by the tab that made it, or once that tab is gone (docs/PROGRESS-FORMAT.md, "Two tabs").
 */
export interface TabPresence {
	/** Kept across reloads of the same tab. */
	readonly id: string;
	/** True only when it is known that no open tab has this id. */
	isGone(id: string): Promise<boolean>;
}

const sessionKey = 'k8s-course.tab';
const lockName = (id: string) => `k8s-course.tab.${id}`;

const newTabId = () =>
	Array.from(crypto.getRandomValues(new Uint8Array(8)), (byte) =>
		byte.toString(16).padStart(2, '0')
	).join('');

/**
 * The browser's tab: its id lives in sessionStorage (which survives a reload), and while the
 * tab is open it holds a Web Lock of that name, which the browser releases when the tab goes.
 * Where Web Locks are missing (plain-HTTP hosts), no other tab is ever taken for gone.
 */
export function browserTab(): TabPresence {
	let id: string;
	try {
		id = sessionStorage.getItem(sessionKey) ?? newTabId();
		if (!/^[a-z0-9-]{1,64}$/.test(id)) id = newTabId();
		sessionStorage.setItem(sessionKey, id);
	} catch {
		id = newTabId();
	}
	const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
	const hold = (name: string) =>
		locks?.request(name, { ifAvailable: true }, (lock) =>
			lock ? new Promise<void>(() => {}) : undefined
		);
	// A duplicated tab starts with a copy of the other's sessionStorage, id included: the
	// lock is then taken, and this tab becomes a tab of its own.
	void locks
		?.request(lockName(id), { ifAvailable: true }, (lock) => {
			if (lock) return new Promise<void>(() => {});
			id = newTabId();
			try {
				sessionStorage.setItem(sessionKey, id);
			} catch {
				// The id lives for this page only.
			}
			void hold(lockName(id))?.catch(() => undefined);
			return undefined;
		})
		.catch(() => undefined);
	return {
		get id() {
			return id;
		},
		async isGone(other) {
			if (!locks) return false;
			try {
				const { held = [] } = await locks.query();
				return !held.some((lock) => lock.name === lockName(other));
			} catch {
				return false;
			}
		}
	};
}
