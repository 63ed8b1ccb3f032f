// The HTML-and-CSS floor: a copy of the build whose pages carry no script at all, compressed as the
// build compresses its own files, so that the same server sends both the same way. What a page
// costs beyond this floor is the cost of its JavaScript.
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Every script element, and every link that makes the browser fetch a script ahead of time. */
export function withoutScripts(/** @type {string} */ html) {
	return html
		.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
		.replace(/<link\b[^>]*>/gi, (link) => {
			const rel = /\brel\s*=\s*["']?([^"'\s>]+)/i.exec(link)?.[1]?.toLowerCase();
			const as = /\bas\s*=\s*["']?([^"'\s>]+)/i.exec(link)?.[1]?.toLowerCase();
			return rel === 'modulepreload' || (rel === 'preload' && as === 'script') ? '' : link;
		});
}

/** @param {string} folder @returns {string[]} */
const allFiles = (folder) =>
	readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? allFiles(join(folder, entry.name)) : [join(folder, entry.name)]
	);

/**
 * Copies `buildDir` to `floorDir` with the scripts taken out of every page.
 * @param {string} buildDir @param {string} floorDir
 */
export function buildFloor(buildDir, floorDir) {
	rmSync(floorDir, { recursive: true, force: true });
	cpSync(buildDir, floorDir, { recursive: true });
	let pages = 0;
	for (const file of allFiles(floorDir).filter((name) => name.endsWith('.html'))) {
		const html = Buffer.from(withoutScripts(readFileSync(file, 'utf8')));
		writeFileSync(file, html);
		writeFileSync(
			`${file}.br`,
			brotliCompressSync(html, {
				params: {
					[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
					[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
					[constants.BROTLI_PARAM_SIZE_HINT]: statSync(file).size
				}
			})
		);
		writeFileSync(`${file}.gz`, gzipSync(html, { level: constants.Z_BEST_COMPRESSION }));
		pages++;
	}
	return pages;
}
