import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../src/lib/i18n/locales/en.json';
import zh from '../src/lib/i18n/locales/zh.json';
import { isPageMessage, isStatusReply } from '../src/lib/offline/messages';
import { memoryStorage, type ProgressStorage } from '../src/lib/progress/storage';
import { ProgressStore } from '../src/lib/progress/store.svelte';
import {
	cacheName,
	isStaleCache,
	offlinePage,
	precacheKey,
	slashRedirect
} from '../src/lib/offline/precache';
import { keptOffline } from '../src/lib/offline/offline-copy.js';

describe('offline caches', () => {
	it('are named by base path and version, and only this course’s other versions are stale', () => {
		const base = '/onboarding/k8s';
		expect(cacheName(base, '2')).toBe('k8s-course:/onboarding/k8s:2');
		expect(isStaleCache(cacheName(base, '1'), base, '2')).toBe(true);
		expect(isStaleCache(cacheName(base, '2'), base, '2')).toBe(false);
		// Another course on the same host, or another app's cache: never ours to delete.
		expect(isStaleCache(cacheName('/onboarding/k8s-advanced', '1'), base, '2')).toBe(false);
		expect(isStaleCache(cacheName('', '1'), base, '2')).toBe(false);
		expect(isStaleCache('workbox-precache-v2', base, '2')).toBe(false);
	});

	// That the query never matters is proven offline in the browser (tests/e2e/offline.spec.ts):
	// the worker passes these the request's path alone.
	it('answer a request by its precached path, and slash a page asked for without one', () => {
		const precached = new Set(['/en/', '/en/__data.json', '/en/lessons/cncf/']);
		expect(precacheKey('/en/__data.json', precached)).toBe('/en/__data.json');
		expect(precacheKey('/en/missing/', precached)).toBeUndefined();
		expect(slashRedirect('/en/lessons/cncf', precached)).toBe('/en/lessons/cncf/');
		expect(slashRedirect('/en/', precached)).toBeUndefined();
		expect(slashRedirect('/en/missing', precached)).toBeUndefined();
	});
});

describe('the offline page', () => {
	const text = { zh: zh.offlinePage, en: en.offlinePage };

	it('is in both languages, the address’s own first, with links home under the base path', () => {
		const english = offlinePage('/onboarding/k8s', '/onboarding/k8s/en/lessons/x/', text);
		expect(english.indexOf(en.offlinePage.title)).toBeLessThan(
			english.indexOf(zh.offlinePage.title)
		);
		expect(english).toContain('<html lang="en">');
		expect(english).toContain('href="/onboarding/k8s/zh/"');
		expect(english).toContain('href="/onboarding/k8s/en/"');

		const chinese = offlinePage('', '/zh/new-lesson/', text);
		expect(chinese.indexOf(zh.offlinePage.title)).toBeLessThan(
			chinese.indexOf(en.offlinePage.title)
		);
		expect(chinese).toContain('<html lang="zh-CN">');
	});

	it('loads nothing from anywhere', () => {
		const html = offlinePage('', '/', text);
		expect(html).not.toMatch(/<script|<link|src=|url\(/);
	});

	it('escapes its text', () => {
		const html = offlinePage('', '/', {
			zh: { title: '<b>', body: 'a & b', home: '"' },
			en: text.en
		});
		expect(html).toContain('&#60;b&#62;');
		expect(html).toContain('a &#38; b');
		expect(html).not.toContain('<b>');
	});
});

describe('messages between pages and the service worker', () => {
	it('are told apart from anything else posted', () => {
		expect(isPageMessage({ type: 'skip-waiting' })).toBe(true);
		expect(isPageMessage({ type: 'status' })).toBe(true);
		expect(isPageMessage({ type: 'other' })).toBe(false);
		expect(isPageMessage(null)).toBe(false);
		expect(isStatusReply({ type: 'status', version: '1', total: 3, cached: 3 })).toBe(true);
		expect(isStatusReply({ type: 'status', version: '1', total: 3 })).toBe(false);
	});
});

describe('the web app manifest', () => {
	const manifest = JSON.parse(readFileSync('static/manifest.webmanifest', 'utf8')) as {
		name: string;
		short_name: string;
		start_url: string;
		scope: string;
		display: string;
		icons: { src: string; sizes: string; type: string; purpose: string }[];
	};

	it('starts at the site root relative to itself, so that a base path works', () => {
		expect(manifest.start_url).toBe('./');
		expect(manifest.scope).toBe('./');
		expect(manifest.display).toBe('standalone');
		expect(manifest.name).toContain(zh.meta.courseTitle);
		expect(manifest.name).toContain(en.meta.courseTitle);
		expect(manifest.short_name.length).toBeLessThanOrEqual(12);
	});

	it('has PNG icons of 192 and 512 pixels, and a maskable one, of the sizes it says', () => {
		for (const icon of manifest.icons) {
			const png = readFileSync(`static/${icon.src}`);
			expect(png.subarray(1, 4).toString('latin1'), icon.src).toBe('PNG');
			const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
			expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
			expect(icon.type).toBe('image/png');
		}
		const sizes = (purpose: string) =>
			manifest.icons.filter((icon) => icon.purpose === purpose).map((icon) => icon.sizes);
		expect(sizes('any')).toEqual(['192x192', '512x512']);
		expect(sizes('maskable')).toEqual(['512x512']);
	});

	it('keeps offline the icon pages link to, not the ones only installing fetches', () => {
		const html = readFileSync('src/app.html', 'utf8');
		const linked = /<link rel="apple-touch-icon" href="%sveltekit.assets%\/([^"]+)"/.exec(
			html
		)?.[1];
		const files = [
			'/favicon.svg',
			'/manifest.webmanifest',
			...manifest.icons.map((i) => `/${i.src}`)
		];
		const kept = files.filter(keptOffline);
		expect(kept).toEqual(['/favicon.svg', '/manifest.webmanifest', `/${linked}`]);
		// Under a base path too.
		expect(files.map((file) => `/onboarding/k8s${file}`).filter(keptOffline)).toHaveLength(3);
	});

	it('is linked from every page, with theme colours for light and dark', () => {
		const html = readFileSync('src/app.html', 'utf8');
		expect(html).toContain('<link rel="manifest" href="%sveltekit.assets%/manifest.webmanifest"');
		expect(html).toMatch(/<meta name="theme-color" media="\(prefers-color-scheme: light\)"/);
		expect(html).toMatch(/<meta name="theme-color" media="\(prefers-color-scheme: dark\)"/);
	});
});

describe('reloading for a new version', () => {
	it('waits until every answer begun is saved', async () => {
		const stored = memoryStorage();
		// A slow disk: each write lands a little later.
		const slow: ProgressStorage = {
			...stored,
			transact: async (read, decide) => {
				await new Promise((resolve) => setTimeout(resolve, 20));
				return stored.transact(read, decide);
			}
		};
		const store = new ProgressStore(slow);
		await store.load();
		await store.startQuiz('containers', ['q1', 'q2']);
		void store.saveAnswer('containers', 'q1', 'a');
		void store.checkAnswer('containers', 'q1', 'a');
		await store.settled();
		expect(await stored.get('draft:containers')).toMatchObject({
			answers: { q1: 'a' },
			checked: ['q1']
		});
	});
});
