// An HTTP server for a built course (build/ by default), under the base path it was built for.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import sirv from 'sirv';

/**
 * @param {{ dir: string, base?: string }} options
 * @returns {import('node:http').Server & { serve(dir: string): void }}
 */
export function createCourseServer({ dir, base = '' }) {
	/** @type {ReturnType<typeof sirv>} */
	let files;
	/** @type {string | Buffer} */
	let notFound;
	const serve = (/** @type {string} */ next) => {
		if (!existsSync(`${next}/index.html`)) {
			throw new Error(`No built course in ${next}/: run "npm run build" first.`);
		}
		files = sirv(next, { etag: true, dev: false, extensions: ['html'], brotli: true, gzip: true });
		notFound = existsSync(`${next}/404.html`) ? readFileSync(`${next}/404.html`) : 'Not found';
	};
	serve(dir);

	const server = createServer((req, res) => {
		const url = req.url ?? '/';
		if (base && !url.startsWith(base)) {
			res.writeHead(302, { location: base + '/' }).end();
			return;
		}
		if (base) req.url = url.slice(base.length) || '/';
		files(req, res, () => {
			res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound);
		});
	});
	// Switches to another build at once, as a deployment does: the browser tests' new version.
	return Object.assign(server, { serve });
}
