// The offline copy: which files the service worker keeps, and the pack that brings them all in one
// download (issue 13). The build (svelte.config.js) writes the pack, the service worker reads it.
// JavaScript with types in comments, so that svelte.config.js, which Node runs as is, imports it.
//
// Layout, before compression: a first line naming the format, a line of JSON naming the build's
// version and each file (path below the base, content type, length in bytes), then the files'
// bytes one after another. The build gzips it whole: the pages share most of their markup, and
// one stream compresses that once where a file apiece compresses it every time.

/**
 * Whether the service worker keeps a file of the site (a path from the site's root, base path
 * included or not). Not the 512-pixel icons (two thirds of the static files' weight): the browser
 * fetches them only to install the course as an app, which it does online, and pages link only the
 * 192-pixel one. Of the pages' `__data.json`, only the team page's: every other link is a page load
 * (app.html), and a page carries its data; the team page switches language in place, to keep the
 * files a lead opened.
 * @param {string} path
 */
export function keptOffline(path) {
	if (/\/icons\/icon(-maskable)?-512\.png$/.test(path)) return false;
	return !path.endsWith('/__data.json') || path.endsWith('/team/__data.json');
}

/** Where the pack is, below the site's base path. */
export const packPath = '/_app/offline.pack';

const magic = 'k8s-course offline pack 1\n';

/** @typedef {{ path: string, type: string, body: Uint8Array<ArrayBuffer> }} PackedFile */

/**
 * @param {string} version
 * @param {readonly PackedFile[]} files
 * @returns {Uint8Array<ArrayBuffer>}
 */
export function encodePack(version, files) {
	const header = JSON.stringify({
		version,
		files: files.map((file) => [file.path, file.type, file.body.length])
	});
	const encoder = new TextEncoder();
	const parts = [encoder.encode(magic), encoder.encode(`${header}\n`), ...files.map((f) => f.body)];
	const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

/**
 * The pack's files, or an error that says what is wrong with it: a pack that is cut short or
 * was changed on the way is refused whole, never read in part.
 * @param {Uint8Array<ArrayBuffer>} bytes
 * @returns {{ version: string, files: PackedFile[] }}
 */
export function decodePack(bytes) {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	const start = new TextEncoder().encode(magic);
	if (bytes.length < start.length || start.some((byte, i) => bytes[i] !== byte)) {
		throw new Error('offline pack: not a pack of this format');
	}
	const headerEnd = bytes.indexOf(0x0a, start.length);
	if (headerEnd < 0) throw new Error('offline pack: no header');
	/** @type {unknown} */
	let header;
	try {
		header = JSON.parse(decoder.decode(bytes.subarray(start.length, headerEnd)));
	} catch {
		throw new Error('offline pack: header: not JSON');
	}
	if (!isHeader(header)) throw new Error('offline pack: header: not a version and a file list');
	let at = headerEnd + 1;
	const files = header.files.map(([path, type, length]) => {
		const body = bytes.slice(at, at + length);
		if (body.length !== length) throw new Error(`offline pack: ${path}: cut short`);
		at += length;
		return { path, type, body };
	});
	if (at !== bytes.length) throw new Error('offline pack: bytes after the last file');
	return { version: header.version, files };
}

/**
 * @param {unknown} value
 * @returns {value is { version: string, files: [string, string, number][] }}
 */
function isHeader(value) {
	if (typeof value !== 'object' || value === null) return false;
	const { version, files } = /** @type {{ version?: unknown, files?: unknown }} */ (value);
	return (
		typeof version === 'string' &&
		Array.isArray(files) &&
		files.every(
			(file) =>
				Array.isArray(file) &&
				file.length === 3 &&
				typeof file[0] === 'string' &&
				file[0].startsWith('/') &&
				typeof file[1] === 'string' &&
				Number.isSafeInteger(file[2]) &&
				file[2] >= 0
		)
	);
}

/** Content types by file name ending: what a static host sends, and what the browser checks. */
const types = /** @type {const} */ ([
	['.html', 'text/html; charset=utf-8'],
	['.js', 'text/javascript; charset=utf-8'],
	['.css', 'text/css; charset=utf-8'],
	['.json', 'application/json; charset=utf-8'],
	['.webmanifest', 'application/manifest+json; charset=utf-8'],
	['.svg', 'image/svg+xml'],
	['.png', 'image/png'],
	['.txt', 'text/plain; charset=utf-8']
]);

/**
 * The content type of a file in the pack; undefined for a kind of file it does not know.
 * @param {string} path
 * @returns {string | undefined}
 */
export function contentTypeOf(path) {
	return types.find(([ending]) => path.endsWith(ending))?.[1];
}
