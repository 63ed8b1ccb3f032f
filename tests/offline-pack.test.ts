import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
	contentTypeOf,
	decodePack,
	encodePack,
	keptOffline,
	packPath
} from '../src/lib/offline/offline-copy.js';
import { packOrder, writeOfflinePack } from '../scripts/offline-pack.js';

const bytes = (text: string) => new Uint8Array(new TextEncoder().encode(text));

describe('the offline pack', () => {
	it('gives back every file as it was packed, whatever its bytes', () => {
		const file = fc.record({
			path: fc.string().map((s) => `/${s}`),
			type: fc.string(),
			body: fc.uint8Array({ maxLength: 300 }).map((b) => new Uint8Array(b))
		});
		fc.assert(
			fc.property(fc.string(), fc.array(file, { maxLength: 8 }), (version, files) => {
				expect(decodePack(encodePack(version, files))).toEqual({ version, files });
			})
		);
	});

	it('is refused whole when it is not a pack, cut short, or has bytes after its files', () => {
		const pack = encodePack('7', [
			{ path: '/zh/', type: 'text/html; charset=utf-8', body: bytes('<h1>容器</h1>') },
			{ path: '/a.js', type: 'text/javascript', body: bytes('1') }
		]);
		expect(decodePack(pack).files.map((f) => f.path)).toEqual(['/zh/', '/a.js']);
		expect(() => decodePack(bytes('<!doctype html>'))).toThrow(/not a pack/);
		expect(() => decodePack(pack.slice(0, pack.length - 1))).toThrow(/\/a\.js: cut short/);
		const longer = new Uint8Array([...pack, 0]);
		expect(() => decodePack(longer)).toThrow(/bytes after the last file/);
		const header = (json: string) =>
			new Uint8Array([...bytes('k8s-course offline pack 1\n'), ...bytes(`${json}\n`)]);
		expect(() => decodePack(header('{"version":'))).toThrow(/header: not JSON/);
		expect(() => decodePack(header('{"version":"7","files":[["zh/","t",0]]}'))).toThrow(
			/header: not a version and a file list/
		);
		expect(() => decodePack(header('{"version":"7","files":[["/zh/","t",-1]]}'))).toThrow(/header/);
		expect(decodePack(header('{"version":"7","files":[["/e","t",0]]}')).files).toHaveLength(1);
	});

	it('holds what the service worker keeps: not the install icons, nor page data but the team’s', () => {
		expect(keptOffline('/icons/icon-192.png')).toBe(true);
		expect(keptOffline('/base/icons/icon-512.png')).toBe(false);
		expect(keptOffline('/icons/icon-maskable-512.png')).toBe(false);
		expect(keptOffline('/en/lessons/cncf/__data.json')).toBe(false);
		expect(keptOffline('/zh/team/__data.json')).toBe(true);
		expect(keptOffline('/zh/quiz-data/cncf.json')).toBe(true);
	});

	it('knows the content type the browser checks for code and styles', () => {
		expect(contentTypeOf('/_app/immutable/entry/start.abc.js')).toMatch(/^text\/javascript/);
		expect(contentTypeOf('/_app/immutable/assets/0.abc.css')).toMatch(/^text\/css/);
		expect(contentTypeOf('/en/index.html')).toMatch(/^text\/html/);
		expect(contentTypeOf('/manifest.webmanifest')).toMatch(/^application\/manifest\+json/);
		expect(contentTypeOf('/file.wasm')).toBeUndefined();
	});
});

describe('the build’s offline pack', () => {
	let dir = '';
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	const site = (files: Record<string, string>) => {
		dir = mkdtempSync(join(tmpdir(), 'pack-'));
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
	};
	const routes = [
		'/',
		'/[lang=lang]',
		'/[lang=lang]/lessons/[id]',
		'/[lang=lang]/lessons/[id]/quiz'
	];

	it('packs each kept file once, pages by their folder, and leaves out the rest', () => {
		site({
			'index.html': 'root',
			'en/index.html': 'home',
			'en/index.html.gz': 'zipped copy',
			'en/index.html.br': 'zipped copy',
			'zh/lessons/cncf/index.html': '<p>云原生</p>',
			'zh/lessons/cncf/__data.json': '{}',
			'zh/team/__data.json': '{"team":1}',
			'_app/immutable/entry/start.js': 'export {}',
			'_app/version.json': '{"version":"9"}',
			'service-worker.js': 'self',
			'icons/icon-512.png': 'png',
			'404.html': 'not found'
		});
		const size = writeOfflinePack(dir, '9', routes);
		const packed = readFileSync(join(dir, packPath));
		expect(packed.length).toBe(size);
		const pack = decodePack(new Uint8Array(gunzipSync(packed)));
		expect(pack.version).toBe('9');
		expect(pack.files.map((f) => f.path).sort()).toEqual([
			'/',
			'/404.html',
			'/_app/immutable/entry/start.js',
			'/en/',
			'/zh/lessons/cncf/',
			'/zh/team/__data.json'
		]);
		const lesson = pack.files.find((f) => f.path === '/zh/lessons/cncf/');
		expect(new TextDecoder().decode(lesson?.body)).toBe('<p>云原生</p>');
		expect(lesson?.type).toBe('text/html; charset=utf-8');
		// Written again, it does not pack itself.
		writeOfflinePack(dir, '9', routes);
		const again = decodePack(new Uint8Array(gunzipSync(readFileSync(join(dir, packPath)))));
		expect(again.files).toHaveLength(6);
	});

	it('stops the build on a kind of file it cannot serve, naming the file', () => {
		site({ 'en/index.html': 'home', 'model.wasm': '\0asm' });
		expect(() => writeOfflinePack(dir, '1', routes)).toThrow(/model\.wasm: .*content type/);
	});

	it('puts the pages of one route side by side, code first', () => {
		const order = packOrder(
			[
				'/zh/lessons/b/quiz/index.html',
				'/en/lessons/a/index.html',
				'/zh/lessons/a/quiz/index.html',
				'/en/lessons/a/quiz/index.html',
				'/_app/immutable/x.css',
				'/zh/lessons/a/index.html',
				'/_app/immutable/y.js'
			],
			routes
		);
		expect(order).toEqual([
			'/_app/immutable/y.js',
			'/_app/immutable/x.css',
			'/en/lessons/a/index.html',
			'/zh/lessons/a/index.html',
			'/en/lessons/a/quiz/index.html',
			'/zh/lessons/a/quiz/index.html',
			'/zh/lessons/b/quiz/index.html'
		]);
	});
});
