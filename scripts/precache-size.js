// How much a learner's browser downloads and stores to have the whole course offline: runs the
// built service worker's own install step against build/, and adds up what it fetches (as a host
// that compresses its responses sends it) and what it puts in its cache.
// Usage: node scripts/precache-size.js [dir]   (BASE_PATH as for the build; default dir: build)
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';

const origin = 'http://localhost';

/**
 * @typedef {{ files: number, bytes: number, gzip: number }} Sum
 * @typedef {{
 *   dir: string, base: string,
 *   download: number, pack: number | undefined, oneByOne: string[],
 *   total: Sum, kinds: Record<string, Sum>, notCached: string[]
 * }} OfflineCopy
 */

/**
 * Installs the built service worker of `dir` against the files in `dir`.
 * @param {string} dir
 * @param {string} base the base path the site was built for, without a trailing slash
 * @returns {Promise<OfflineCopy>}
 */
export async function measureOfflineCopy(dir, base) {
	const workerFile = join(dir, 'service-worker.js');
	if (!existsSync(workerFile)) throw new Error(`No service worker in ${dir}/: build it first.`);

	/** The file a static host serves for a path: `/en/` is `en/index.html`. */
	const fileFor = (/** @type {string} */ pathname) => {
		const path = decodeURIComponent(pathname).slice(base.length).replace(/^\//, '');
		return join(dir, path === '' || path.endsWith('/') ? `${path}index.html` : path);
	};
	/** @type {Map<string, Uint8Array>} cached path → what was cached */
	const cached = new Map();
	/** @type {Map<string, number>} fetched path → bytes on the wire */
	const fetched = new Map();
	/** Gzipped already (the offline pack) or compressed (PNG): a host sends these as they are. */
	const compressed = (/** @type {Uint8Array} */ body) =>
		(body[0] === 0x1f && body[1] === 0x8b) || (body[0] === 0x89 && body[1] === 0x50);
	/** @type {Record<string, (event: unknown) => void>} */
	const handlers = {};
	const store = {
		match: async (/** @type {string} */ url) =>
			cached.has(new URL(url, origin).pathname) ? new Response('') : undefined,
		keys: async () => [],
		put: async (/** @type {string} */ url, /** @type {Response} */ response) => {
			cached.set(new URL(url, origin).pathname, new Uint8Array(await response.arrayBuffer()));
		}
	};
	const worker = vm.createContext({
		location: new URL(`${base}/service-worker.js`, origin),
		addEventListener: (/** @type {string} */ type, /** @type {any} */ handler) => {
			handlers[type] = handler;
		},
		caches: { open: async () => store, match: async () => undefined, keys: async () => [] },
		fetch: async (/** @type {string} */ url) => {
			const { pathname } = new URL(url, origin);
			const file = fileFor(pathname);
			if (!existsSync(file) || !statSync(file).isFile()) {
				return new Response('Not found', { status: 404 });
			}
			const body = readFileSync(file);
			// The version file is how the worker checks for updates, not part of the copy.
			if (!pathname.endsWith('/_app/version.json')) {
				fetched.set(pathname, compressed(body) ? body.length : gzipSync(body).length);
			}
			return new Response(body, { status: 200 });
		},
		Response,
		Request,
		Blob,
		DecompressionStream,
		TextEncoder,
		TextDecoder,
		URL,
		Set,
		Promise,
		console,
		setTimeout,
		clearTimeout
	});
	worker.self = worker;
	vm.runInContext(readFileSync(workerFile, 'utf8'), worker, { filename: workerFile });
	if (!handlers.install) throw new Error(`${workerFile} has no install handler`);
	/** @type {Promise<unknown> | undefined} */
	let installing;
	handlers.install({ waitUntil: (/** @type {Promise<unknown>} */ work) => (installing = work) });
	await installing;

	const kindOf = (/** @type {string} */ path) =>
		path.includes('/_app/immutable/')
			? 'code and styles'
			: path.endsWith('/__data.json')
				? 'page data (__data.json)'
				: path.endsWith('/')
					? 'pages (HTML)'
					: 'static files';
	/** @type {Record<string, Sum>} */
	const kinds = {};
	const total = { files: 0, bytes: 0, gzip: 0 };
	for (const [path, body] of cached) {
		const gzip = gzipSync(body).length;
		const kind = (kinds[kindOf(path)] ??= { files: 0, bytes: 0, gzip: 0 });
		for (const sum of [kind, total]) {
			sum.files += 1;
			sum.bytes += body.length;
			sum.gzip += gzip;
		}
	}

	/** @param {string} folder @returns {string[]} */
	const allFiles = (folder) =>
		readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
			entry.isDirectory() ? allFiles(join(folder, entry.name)) : [join(folder, entry.name)]
		);
	const cachedFiles = new Set([...cached.keys()].map(fileFor));
	const files = allFiles(dir);
	const present = new Set(files);
	// file.br and file.gz are the host's compressed copies of file, not files of their own.
	const compressedCopy = (/** @type {string} */ file) =>
		/\.(br|gz)$/.test(file) && present.has(file.replace(/\.(br|gz)$/, ''));
	const packUrl = `${base}/_app/offline.pack`;
	return {
		dir,
		base,
		download: [...fetched.values()].reduce((sum, bytes) => sum + bytes, 0),
		pack: fetched.get(packUrl),
		oneByOne: [...fetched.keys()].filter((path) => path !== packUrl),
		total,
		kinds,
		notCached: files
			.filter((file) => !cachedFiles.has(file) && !compressedCopy(file))
			.map((file) => relative(dir, file))
	};
}

/** @param {OfflineCopy} copy @returns {string} Markdown */
export function describeOfflineCopy(copy) {
	const kib = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
	const lines = [
		`Offline copy of ${copy.dir}/`,
		'',
		`**Downloaded to install it: ${kib(copy.download)}** (` +
			(copy.pack === undefined ? 'no offline pack' : `the offline pack`) +
			(copy.oneByOne.length
				? `, and ${copy.oneByOne.length} files one by one: ${copy.oneByOne.join(', ')}`
				: '') +
			')',
		'',
		'Stored, and what each file would weigh downloaded on its own:',
		'',
		'| what | files | bytes | gzip |',
		'| --- | ---: | ---: | ---: |'
	];
	for (const [name, sum] of Object.entries(copy.kinds).sort()) {
		lines.push(`| ${name} | ${sum.files} | ${sum.bytes} (${kib(sum.bytes)}) | ${kib(sum.gzip)} |`);
	}
	const { total } = copy;
	lines.push(
		`| **total** | **${total.files}** | **${total.bytes} (${kib(total.bytes)})** | **${kib(total.gzip)}** |`
	);
	const pageData = copy.notCached.filter((path) => path.endsWith('__data.json'));
	const others = copy.notCached.filter((path) => !path.endsWith('__data.json'));
	lines.push(
		'',
		`In ${copy.dir}/ but not cached: ${others.join(', ') || 'nothing else'}` +
			(pageData.length ? `, and ${pageData.length} __data.json files (never fetched)` : '')
	);
	return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const dir = process.argv[2] ?? 'build';
	const base = (process.env.BASE_PATH ?? '').trim().replace(/\/+$/, '');
	let copy;
	try {
		copy = await measureOfflineCopy(dir, base);
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
	console.log(describeOfflineCopy(copy));
	mkdirSync('bench-results', { recursive: true });
	writeFileSync(
		'bench-results/precache-size.json',
		JSON.stringify({ date: new Date().toISOString(), ...copy }, null, '\t')
	);
}
