import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { measureOfflineCopy } from '../../scripts/precache-size.js';
import { started } from './helpers';

// Size budgets in gzip bytes of what a first visit to the page really loads in Chromium: every
// script (preloaded, imported, or loaded by the page's data loading), every stylesheet, the HTML.
// A budget is raised only with a reason beside it.
const KB = 1024;

// Lessons, the glossary and the home load without SvelteKit's client: their page script (src/lib/page-script/)
// with Svelte's runtime (19 KB, for the header's offline status and notices, mounted after the page
// has loaded). Every other page loads Svelte and SvelteKit's client (32.4 KB in two files), the
// layouts (header, theme, offline status, update notice) and the course's shared modules.
// The UI strings are not script: one JSON file per language (~6 KB), preloaded by the operated
// pages, fetched after the page by the read ones, and counted under `data`. i18next renders them at
// build time and stays out of the browser (issue 13).
// The progress store (~6.8 KB with IndexedDB, records and the journal) is loaded by the pages
// that show progress at once (home, quiz, team); a lesson loads it when the learner starts
// reading, which `lessonReading` measures; the glossary never. So do the glossary terms' buttons
// and popovers (0.8 KB, with the glossary page they read: the lesson HTML has links only).
const budgets = {
	// Issue 13 asks for 40 KB; 25.7 KB measured without SvelteKit's client (42.0 with it); 26.4 once
	// the home is a read page too (the page's own part in a file of its own, the links' module
	// shared); 26.6 with glossary terms as links (their popovers' code loads when reading starts).
	lesson: { path: '/zh/lessons/china-cloud-services/', js: 27 * KB, css: 10 * KB, html: 20 * KB },
	// The lesson's, plus the quiz's intro and result and the progress store at once. The question
	// types (grading, arranging) and the question card load when an attempt starts, resumes or is
	// reviewed; each type's view with the first question of that type.
	// Issue 14: 55.2 KB measured, then 55.9; issue 13: 53.6 KB once the types wait for the start,
	// 54.9 KB with Svelte and SvelteKit's client in two files (lessons load only the first).
	quiz: { path: '/zh/lessons/kubernetes/quiz/', js: 55 * KB, css: 10 * KB, html: 12 * KB },
	// Issue 13: 39.6 KB measured (56.1 before), as a read page without SvelteKit's client: the page
	// script mounts the home's live part (src/lib/home/) with the progress store. A chosen track's
	// path, resetting one lesson, importing and exporting load when they are first needed.
	home: { path: '/en/', js: 40 * KB, css: 10 * KB, html: 8 * KB },
	// Issue 13 asks for 40 KB; 25.7 KB measured without SvelteKit's client, as a lesson.
	glossary: { path: '/zh/glossary/', js: 27 * KB, css: 10 * KB, html: 22 * KB },
	// Issue 14: 52.2 KB measured; the store's schema 4 and the exam columns. Issue 13: 53.9 KB,
	// as the home's.
	team: { path: '/en/team/', js: 55 * KB, css: 10 * KB, html: 8 * KB }
};
// Issue 14: the strings of the review, exam and certificate pages; 6.0 KB measured (zh).
const dataBudget = 7 * KB;
/** A lesson once the learner reads: the progress store and the reading tracker have loaded. */
// 34.4 KB measured (50.5 with SvelteKit's client); 35.1 with the home a read page; 36.2 with the
// glossary terms' buttons and popovers (0.8 KB), which replace 2 KB gz of HTML per lesson.
const lessonReadingJs = 37 * KB;

for (const [type, budget] of Object.entries(budgets)) {
	test(`${type} page stays within its size budget, loads no font and does not shift`, async ({
		page
	}) => {
		const sizes = { js: 0, css: 0, html: 0, data: 0 };
		const fonts: string[] = [];
		page.on('response', async (response) => {
			const kind = response.request().resourceType();
			if (kind === 'font') fonts.push(response.url());
			const key =
				kind === 'script'
					? 'js'
					: kind === 'stylesheet'
						? 'css'
						: kind === 'document'
							? 'html'
							: /\/_app\/immutable\/assets\/.*\.json$/.test(response.url())
								? 'data'
								: undefined;
			if (!key) return;
			// Awaited before the sum is read: `sizes[key] += await …` would lose concurrent adds.
			const size = gzipSync(await response.body()).length;
			sizes[key] += size;
		});
		await page.addInitScript(() => {
			(window as unknown as { shift: number }).shift = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & {
					value: number;
					hadRecentInput: boolean;
				})[]) {
					if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(budget.path);
		// Its script comes after its first paint, which a busy machine can delay past a network
		// idle: what it loads at once is counted from its start.
		await started(page);
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(300);

		const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
		console.log(
			`${type}: js ${kb(sizes.js)}, css ${kb(sizes.css)}, html ${kb(sizes.html)}, data ${kb(sizes.data)}`
		);
		expect(sizes.js, `JavaScript ${kb(sizes.js)}`).toBeLessThanOrEqual(budget.js);
		expect(sizes.css, `CSS ${kb(sizes.css)}`).toBeLessThanOrEqual(budget.css);
		expect(sizes.html, `HTML ${kb(sizes.html)}`).toBeLessThanOrEqual(budget.html);
		expect(sizes.data, `data ${kb(sizes.data)}`).toBeLessThanOrEqual(dataBudget);
		expect(fonts).toEqual([]);
		const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
		expect(shift, 'cumulative layout shift').toBeLessThan(0.01);

		if (type !== 'lesson') return;
		await started(page);
		const before = sizes.js;
		await page.mouse.wheel(0, 600);
		await expect
			.poll(() => sizes.js, { message: 'the progress store loads once the learner reads' })
			.toBeGreaterThan(before + 3 * KB);
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(300);
		console.log(`lesson, once reading: js ${kb(sizes.js)}`);
		expect(sizes.js, `JavaScript once reading ${kb(sizes.js)}`).toBeLessThanOrEqual(
			lessonReadingJs
		);
	});
}

// What the service worker downloads to install the whole course (scripts/precache-size.js runs its
// install step against build/). Issue 13 asks for 450 KB. 668 KB as a file apiece; 486 KB in the
// offline pack, one gzip stream; 478 KB without app.html's comments and, on the pages that never
// hydrate, Svelte's hydration markers; 430 KB with each glossary definition once, in the glossary
// page, not again in every lesson that uses its term.
const offlineCopy = 450 * KB;

test('the offline copy stays within its budget, in one download', async () => {
	const copy = await measureOfflineCopy('build', '');
	console.log(`offline copy: ${(copy.download / KB).toFixed(1)} KB`);
	expect(copy.oneByOne, 'files fetched one by one, not from the offline pack').toEqual([]);
	expect(copy.download).toBe(copy.pack);
	expect(copy.download).toBeLessThanOrEqual(offlineCopy);
	// Everything the pack brings is kept, and nothing the site serves is missed but what should be.
	expect(copy.notCached.filter((path) => !path.endsWith('__data.json')).sort()).toEqual([
		'_app/offline.pack',
		'_app/version.json',
		'icons/icon-512.png',
		'icons/icon-maskable-512.png',
		'service-worker.js'
	]);
});
