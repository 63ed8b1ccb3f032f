/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, build, files, prerendered, version } from '$service-worker';
import { offlinePage as enOffline } from '$lib/i18n/locales/en.json';
import { offlinePage as zhOffline } from '$lib/i18n/locales/zh.json';
import { isPageMessage, type StatusReply } from '$lib/offline/messages';
import { decodePack, keptOffline, packPath } from '$lib/offline/offline-copy.js';
import {
	cacheName,
	isStaleCache,
	offlinePage,
	precacheKey,
	slashRedirect
} from '$lib/offline/precache';

const sw = self as unknown as ServiceWorkerGlobalScope;

const cache = cacheName(base, version);
/** The app's code, the static files and every prerendered page, but what `keptOffline` leaves out. */
const precached = new Set([...build, ...files, ...prerendered].filter(keptOffline));
/** Named by their content: a copy in an older cache is the same file. */
const immutable = new Set(build);
/** How updates are found: never answered from a cache. */
const versionFile = `${base}/_app/version.json`;

sw.addEventListener('install', (event) => {
	event.waitUntil(precache());
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const names = await caches.keys();
			await Promise.all(
				names.filter((name) => isStaleCache(name, base, version)).map((name) => caches.delete(name))
			);
			// On a first visit, the page already open works offline without a reload. After an update
			// this runs only once the learner has asked for the new version (skip-waiting).
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	const data: unknown = event.data;
	if (!isPageMessage(data)) return;
	if (data.type === 'skip-waiting') {
		void sw.skipWaiting();
	} else {
		const port = event.ports[0];
		if (port) event.waitUntil(status().then((reply) => port.postMessage(reply)));
	}
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== location.origin || url.pathname === versionFile) return;

	const key = precacheKey(url.pathname, precached);
	if (key) {
		event.respondWith(fromCache(key, request, url));
		return;
	}
	if (request.mode === 'navigate') {
		const slashed = slashRedirect(url.pathname, precached);
		event.respondWith(
			slashed ? Response.redirect(slashed + url.search, 301) : fromNetwork(request, url)
		);
	}
});

/**
 * Fills this version's cache: from the offline pack, one download, and file by file for anything
 * the pack did not bring (a host without the pack, a browser without DecompressionStream). All or
 * nothing: any failure fails the install, and the browser tries again later, keeping what was
 * already fetched. Pages are fetched past the HTTP cache, so that no page of the previous version
 * ends up in this version's cache.
 */
async function precache(): Promise<void> {
	await assertCurrent();
	const store = await caches.open(cache);
	await unpack(store);
	const queue = [...precached];
	const worker = async () => {
		for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
			if (await store.match(url)) continue;
			const copy = immutable.has(url) ? await caches.match(url) : undefined;
			const response =
				copy ?? (await fetch(url, { cache: immutable.has(url) ? 'default' : 'no-cache' }));
			if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
			await store.put(url, response.redirected ? await unredirected(response) : response);
		}
	};
	// A few at a time: browsers open about six connections per host anyway.
	await Promise.all(Array.from({ length: 6 }, worker));
	await assertCurrent();
}

/**
 * Puts the offline pack's files in the cache. A pack that cannot be had or read is not an error:
 * the files come one by one instead. A pack of another version is: the site serves a newer build.
 */
async function unpack(store: Cache): Promise<void> {
	let bytes: Uint8Array<ArrayBuffer>;
	try {
		const response = await fetch(`${base}${packPath}`, { cache: 'no-cache' });
		if (!response.ok) return;
		bytes = new Uint8Array(await response.arrayBuffer());
		// Gzipped by the build; a host that sent it with Content-Encoding: gzip has already unzipped it.
		if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
			const unzipped = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
			bytes = new Uint8Array(await new Response(unzipped).arrayBuffer());
		}
	} catch {
		return;
	}
	let pack: ReturnType<typeof decodePack>;
	try {
		pack = decodePack(bytes);
	} catch {
		return;
	}
	if (pack.version !== version) {
		throw new Error(`the offline pack is of version ${pack.version}, not ${version}`);
	}
	await Promise.all(
		pack.files
			.filter((file) => precached.has(base + file.path))
			.map((file) =>
				store.put(
					base + file.path,
					new Response(file.body, { headers: { 'content-type': file.type } })
				)
			)
	);
}

/**
 * Fails the install when the site already serves another version than this worker's: its pages
 * would not match this worker's list of code files. The worker of that version installs instead.
 */
async function assertCurrent(): Promise<void> {
	const response = await fetch(versionFile, { cache: 'no-store' });
	if (!response.ok) return;
	const served = ((await response.json()) as { version?: unknown }).version;
	if (typeof served === 'string' && served !== version) {
		throw new Error(`the site now serves version ${served}, not ${version}`);
	}
}

/** A redirected response cannot answer a navigation; the same body without the redirect can. */
async function unredirected(response: Response): Promise<Response> {
	return new Response(await response.blob(), {
		status: response.status,
		statusText: response.statusText,
		headers: response.headers
	});
}

async function fromCache(key: string, request: Request, url: URL): Promise<Response> {
	const cached = await caches.match(key, { cacheName: cache });
	return cached ?? fromNetwork(request, url);
}

async function fromNetwork(request: Request, url: URL): Promise<Response> {
	try {
		return await fetch(request);
	} catch (error) {
		if (request.mode !== 'navigate') throw error;
		const html = offlinePage(base, url.pathname, { zh: zhOffline, en: enOffline });
		return new Response(html, {
			status: 503,
			headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }
		});
	}
}

async function status(): Promise<StatusReply> {
	const store = await caches.open(cache);
	const present = new Set((await store.keys()).map((request) => new URL(request.url).pathname));
	let cached = 0;
	for (const url of precached) if (present.has(url)) cached++;
	return { type: 'status', version, total: precached.size, cached };
}
