// How much a learner's browser stores to have the whole course offline: runs the built service
// worker's own install step against build/ and adds up what it puts in its cache.
// Usage: node scripts/precache-size.js [dir]   (BASE_PATH as for the build; default dir: build)
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'build';
const base = (process.env.BASE_PATH ?? '').trim().replace(/\/+$/, '');
const origin = 'http://localhost';
const workerFile = join(dir, 'service-worker.js');
if (!existsSync(workerFile)) {
	console.error(`No service worker in ${dir}/: run "npm run build" first.`);
	process.exit(1);
}

/** The file a static host serves for a path: `/en/` is `en/index.html`. */
function fileFor(pathname) {
	const path = decodeURIComponent(pathname).slice(base.length).replace(/^\//, '');
	return join(dir, path === '' || path.endsWith('/') ? `${path}index.html` : path);
}

/** @type {Map<string, string>} cached path → file in build/ */
const cached = new Map();
/** @type {Record<string, (event: unknown) => void>} */
const handlers = {};
const store = {
	match: async () => undefined,
	keys: async () => [],
	put: async (/** @type {string} */ url) => {
		const { pathname } = new URL(url, origin);
		cached.set(pathname, fileFor(pathname));
	}
};
const worker = vm.createContext({
	location: new URL(`${base}/service-worker.js`, origin),
	addEventListener: (/** @type {string} */ type, /** @type {any} */ handler) => {
		handlers[type] = handler;
	},
	caches: { open: async () => store, match: async () => undefined, keys: async () => [] },
	fetch: async (/** @type {string} */ url) => {
		const file = fileFor(new URL(url, origin).pathname);
		return existsSync(file) && statSync(file).isFile()
			? new Response(readFileSync(file), { status: 200 })
			: new Response('Not found', { status: 404 });
	},
	Response,
	Request,
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
/** @type {Record<string, { files: number, bytes: number, gzip: number }>} */
const kinds = {};
const total = { files: 0, bytes: 0, gzip: 0 };
for (const [path, file] of cached) {
	const body = readFileSync(file);
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
const cachedFiles = new Set(cached.values());
const files = allFiles(dir);
const present = new Set(files);
// file.br and file.gz are the host's compressed copies of file, not files of their own.
const compressedCopy = (/** @type {string} */ file) =>
	/\.(br|gz)$/.test(file) && present.has(file.replace(/\.(br|gz)$/, ''));
const notCached = files
	.filter((file) => !cachedFiles.has(file) && !compressedCopy(file))
	.map((file) => relative(dir, file));

const kib = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`Precache of ${dir}/ (what the service worker stores for offline use)\n`);
console.log('| what | files | bytes | gzip |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, sum] of Object.entries(kinds).sort()) {
	console.log(`| ${name} | ${sum.files} | ${sum.bytes} (${kib(sum.bytes)}) | ${kib(sum.gzip)} |`);
}
console.log(
	`| **total** | **${total.files}** | **${total.bytes} (${kib(total.bytes)})** | **${kib(total.gzip)}** |`
);
const pageData = notCached.filter((path) => path.endsWith('__data.json'));
const others = notCached.filter((path) => !path.endsWith('__data.json'));
console.log(
	`\nIn ${dir}/ but not precached: ${others.join(', ') || 'nothing else'}` +
		(pageData.length ? `, and ${pageData.length} __data.json files (never fetched)` : '')
);

mkdirSync('bench-results', { recursive: true });
writeFileSync(
	'bench-results/precache-size.json',
	JSON.stringify({ date: new Date().toISOString(), dir, base, total, kinds, notCached }, null, '\t')
);
