import { updated } from '$app/state';
import { isStatusReply, type PageMessage, type StatusReply } from './messages';

/**
 * - `none`: nothing is saved for offline use (no service worker here, or not yet asked)
 * - `saving`: the service worker is filling its cache
 * - `ready`: every page, in both languages, and everything they need is in the cache
 */
export type CacheState = 'none' | 'saving' | 'ready';

/**
 * The course's offline state for the header: the network, the offline cache, and whether a new
 * version is waiting. Service workers exist only in secure contexts (HTTPS, localhost): on a
 * plain-HTTP intranet host this stays at `none` and the site works online as before.
 */
export class OfflineStatus {
	online = $state(true);
	cache = $state<CacheState>('none');
	/** A new version is installed and waiting for the learner to reload. */
	waiting = $state(false);
	reloading = $state(false);

	#registration: ServiceWorkerRegistration | undefined;
	/** Set by the page that asked for the new version; other tabs do not reload by themselves. */
	#reloadOnControllerChange = false;

	/** Shown when reloading brings a new version: a waiting worker, or a new build without one. */
	get updateAvailable(): boolean {
		return this.waiting || (updated.current && !this.#controlled());
	}

	/** Starts watching; returns what stops it. Call once per visit, in the browser. */
	start(scriptUrl: string, scope: string): () => void {
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

		if ('serviceWorker' in navigator) {
			const container = navigator.serviceWorker;
			listen(container, 'controllerchange', () => {
				if (this.#reloadOnControllerChange) location.reload();
				else void this.#refresh();
			});
			void this.#register(container, scriptUrl, scope, listen);
		}
		return () => stops.forEach((stop) => stop());
	}

	async #register(
		container: ServiceWorkerContainer,
		scriptUrl: string,
		scope: string,
		listen: (target: EventTarget, type: string, handler: () => void) => void
	): Promise<void> {
		let registration: ServiceWorkerRegistration;
		try {
			registration = await container.register(scriptUrl, { scope });
		} catch {
			// Blocked (some private modes) or unreachable: the course still works online.
			return;
		}
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

	/** Asks the server whether a new version is out; the service worker then fetches it. */
	async checkForUpdate(): Promise<void> {
		if (!navigator.onLine || !(await updated.check())) return;
		try {
			// The new worker installs in the background and waits: see #refresh.
			await this.#registration?.update();
		} catch {
			// The server went away meanwhile: the next check tries again.
		}
	}

	/** Loads the new version: hands over to the waiting worker first, then reloads this tab. */
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

	#controlled(): boolean {
		return 'serviceWorker' in navigator && !!navigator.serviceWorker.controller;
	}

	async #refresh(): Promise<void> {
		const registration = this.#registration;
		if (!registration) return;
		const { active, installing, waiting } = registration;
		this.waiting = !!waiting && !!active && this.#controlled();
		if (!active) {
			this.cache = installing || waiting ? 'saving' : 'none';
			return;
		}
		const reply = await askStatus(active);
		this.cache = reply && reply.cached === reply.total ? 'ready' : installing ? 'saving' : 'none';
	}
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
