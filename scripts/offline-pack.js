// Writes the offline pack (src/lib/offline/offline-copy.js) once the adapter has written the site:
// every file the service worker keeps, gzipped as one stream, at _app/offline.pack.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
	contentTypeOf,
	encodePack,
	keptOffline,
	packPath
} from '../src/lib/offline/offline-copy.js';

/** Files of the site that are never kept offline: the worker itself, and how it finds updates. */
const notKept = new Set(['/service-worker.js', '/_app/version.json', packPath]);

/**
 * The adapter, and then the pack in the directory it wrote.
 * @param {import('@sveltejs/kit').Adapter} adapter
 * @param {string} dir where `adapter` writes the site
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function withOfflinePack(adapter, dir) {
	return {
		...adapter,
		async adapt(builder) {
			await adapter.adapt(builder);
			const routes = builder.routes.map((route) => route.id);
			const bytes = writeOfflinePack(dir, builder.config.kit.version.name, routes);
			builder.log.minor(`Wrote the offline pack: ${(bytes / 1024).toFixed(1)} KiB`);
		}
	};
}

/**
 * Packs the files of `dir` that the service worker keeps. Returns the pack's size.
 * @param {string} dir
 * @param {string} version
 * @param {readonly string[]} routeIds
 */
export function writeOfflinePack(dir, version, routeIds) {
	const all = filesUnder(dir);
	const present = new Set(all);
	// file.gz and file.br are the host's compressed copies of file.
	const copy = (/** @type {string} */ path) =>
		/\.(br|gz)$/.test(path) && present.has(path.replace(/\.(br|gz)$/, ''));
	const kept = all.filter((path) => !notKept.has(path) && !copy(path) && keptOffline(path));
	const files = packOrder(kept, routeIds).map((path) => {
		const type = contentTypeOf(path);
		if (!type) {
			throw new Error(
				`${join(dir, path)}: the offline pack knows no content type for this kind of file; add it to contentTypeOf() in src/lib/offline/offline-copy.js`
			);
		}
		// A page is asked for, and cached, by its folder: `/en/index.html` is `/en/`.
		const url = path.replace(/\/index\.html$/, '/');
		return { path: url, type, body: readFileSync(join(dir, path)) };
	});
	const packed = gzipSync(encodePack(version, files), { level: 9 });
	writeFileSync(join(dir, packPath), packed);
	return packed.length;
}

/**
 * The order that compresses best in one gzip stream, whose window is 32 KB: the pages of one route
 * (a quiz page in each language and for each lesson) next to each other, and code by kind.
 * @param {string[]} paths
 * @param {readonly string[]} routeIds
 */
export function packOrder(paths, routeIds) {
	const escape = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|\\]/g, '\\$&');
	const patterns = routeIds.map((id) => {
		// `/[lang=lang]/lessons/[id]` matches `/zh/lessons/cncf/index.html`; groups like (app) vanish.
		const parts = id.replace(/\/\([^/]*\)/g, '').split(/(\[[^\]]+\])/);
		const path = parts.map((part, i) => (i % 2 ? '[^/]+' : escape(part))).join('');
		return { id, pattern: new RegExp(`^${path}(/index\\.html|/__data\\.json)?$`) };
	});
	const routeOf = (/** @type {string} */ path) =>
		patterns.find(({ pattern }) => pattern.test(path))?.id ?? path;
	const kinds = ['.js', '.css', '.json', '.html'];
	const kindOf = (/** @type {string} */ path) => {
		const kind = kinds.findIndex((ending) => path.endsWith(ending));
		return kind < 0 ? kinds.length : kind;
	};
	return [...paths].sort(
		(a, b) => kindOf(a) - kindOf(b) || routeOf(a).localeCompare(routeOf(b)) || a.localeCompare(b)
	);
}

/** @param {string} dir @returns {string[]} paths from the site's root, with "/" */
function filesUnder(dir) {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => `/${relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/')}`);
}
