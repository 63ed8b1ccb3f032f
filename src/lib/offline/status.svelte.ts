import { version } from '$app/environment';
import { isStatusReply, type PageMessage, type StatusReply } from './messages';

/**
 * - `none`: nothing is saved for offline use (no service worker here, or its cache is gone)
 * - `saving`: the service worker is filling its cache
 * - `ready`: every page, in both languages, and everything they need is in the cache
 */
export type CacheState = 'none' | 'saving' | 'ready';

/** Whether the server has a newer build than this page: SvelteKit's `updated` has this shape. */
export interface UpdateCheck {
	readonly current: boolean;
	check(): Promise<boolean>;
}

/**
 * The course's offline state for the header: the network, the offline cache, and whether a new
 * version is out. Service workers exist only in secure contexts (HTTPS, localhost): on a
 * plain-HTTP intranet host the cache stays at `none` and the site works online as before.
 */
export class OfflineStatus {
	online = $state(true);
	cache = $state<CacheState>('none');
	/** A new version is installed and waits for the learner to reload. */
	waiting = $state(false);
	/** The version of the worker that serves this tab; another than this page's after an update. */
	controllerVersion = $state<string | undefined>();
	reloading = $state(false);

	#updates: UpdateCheck;
	#registration: ServiceWorkerRegistration | undefined;
	/** Refreshes overlap (events come in bursts): only the latest one's answers count. */
	#refreshes = 0;
	/** Set by the tab that asked for the new version; other tabs never reload by themselves. */
	#reloadOnControllerChange = false;

	constructor(updates: UpdateCheck) {
		this.#updates = updates;
	}

	/**
	 * This tab runs an older version than the worker serving it: the learner updated in another
	 * tab. Its old code files are gone from the cache, so links load whole pages from now on.
	 */
	get stale(): boolean {
		return this.controllerVersion !== undefined && this.controllerVersion !== version;
	}

	/** Reloading brings a new version: a waiting worker's, or a new build on a host without one. */
	get updateAvailable(): boolean {
		return this.waiting || this.stale || (this.#updates.current && !controlled());
	}

	/** Starts watching; returns what stops it. Call once per visit, in the browser. */
	start(scriptUrl: string, scope: string, register = true): () => void {
		const stops: (() => void)[] = [];
		const listen = (target: EventTarget, type: string, handler: () => void) => {
			target.addEventListener(type, handler);
			stops.push(() => target.removeEventListener(type, handler));
		};

		this.online = navigator.onLine;
		listen(window, 'online', () => {
			this.online = true;
			void this.checkForUpdate();
		});
		listen(window, 'offline', () => (this.online = false));
		listen(document, 'visibilitychange', () => {
			if (document.visibilityState === 'visible') void this.checkForUpdate();
		});

		if (register && 'serviceWorker' in navigator) {
			listen(navigator.serviceWorker, 'controllerchange', () => {
				if (this.#reloadOnControllerChange) location.reload();
				else void this.#refresh();
			});
			// After the page has loaded: the worker's precache (the whole course) must not compete
			// with the first visit's own requests.
			if (document.readyState === 'complete') void this.#register(scriptUrl, scope, listen);
			else listen(window, 'load', () => void this.#register(scriptUrl, scope, listen));
		}
		return () => stops.forEach((stop) => stop());
	}

	async #register(
		scriptUrl: string,
		scope: string,
		listen: (target: EventTarget, type: string, handler: () => void) => void
	): Promise<void> {
		let registration: ServiceWorkerRegistration | undefined;
		try {
			registration = await navigator.serviceWorker.register(scriptUrl, { scope });
		} catch {
			// Blocked (some private modes) or unreachable: the course still works online.
			return;
		}
		// Blocked by a stand-in that registers nothing (browser automation does this).
		if (!registration) return;
		this.#registration = registration;
		const follow = (worker: ServiceWorker | null) => {
			if (worker) listen(worker, 'statechange', () => void this.#refresh());
		};
		follow(registration.installing);
		listen(registration, 'updatefound', () => {
			follow(registration.installing);
			void this.#refresh();
		});
		await this.#refresh();
	}

	/** Asks the server whether a new version is out; if so the worker fetches it and waits. */
	async checkForUpdate(): Promise<void> {
		if (!navigator.onLine || !(await this.#updates.check())) return;
		try {
			await this.#registration?.update();
		} catch {
			// The server went away meanwhile: the next check tries again.
		}
	}

	/** Loads the new version: lets the waiting worker take over, then reloads this tab. */
	reload(beforeReload: () => Promise<void>): void {
		this.reloading = true;
		void (async () => {
			await beforeReload();
			const waiting = this.#registration?.waiting;
			if (!waiting) {
				location.reload();
				return;
			}
			this.#reloadOnControllerChange = true;
			waiting.postMessage({ type: 'skip-waiting' } satisfies PageMessage);
			// Should the new worker fail to take over, reload all the same rather than hang.
			setTimeout(() => location.reload(), 10_000);
		})();
	}

	async #refresh(): Promise<void> {
		const registration = this.#registration;
		if (!registration) return;
		const run = ++this.#refreshes;
		const { active, installing, waiting } = registration;
		const controller = navigator.serviceWorker.controller;
		const [activeStatus, controllerStatus] = await Promise.all([
			active ? askStatus(active) : undefined,
			controller && controller !== active ? askStatus(controller) : undefined
		]);
		if (run !== this.#refreshes) return;

		this.waiting = !!waiting && !!active && !!controller;
		this.controllerVersion = controller
			? (controller === active ? activeStatus : controllerStatus)?.version
			: undefined;
		const complete = !!activeStatus && activeStatus.cached === activeStatus.total;
		this.cache = complete ? 'ready' : installing || waiting ? 'saving' : 'none';
		if (this.stale) document.body.dataset.sveltekitReload = '';
	}
}

function controlled(): boolean {
	return 'serviceWorker' in navigator && !!navigator.serviceWorker.controller;
}

/** The worker's count of cached files, or undefined if it does not answer in time. */
function askStatus(worker: ServiceWorker): Promise<StatusReply | undefined> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		const timer = setTimeout(() => resolve(undefined), 5000);
		channel.port1.onmessage = (event: MessageEvent<unknown>) => {
			clearTimeout(timer);
			resolve(isStatusReply(event.data) ? event.data : undefined);
		};
		worker.postMessage({ type: 'status' } satisfies PageMessage, [channel.port2]);
	});
}
