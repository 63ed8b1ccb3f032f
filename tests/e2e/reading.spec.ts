import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { lessonIds } from './helpers';

/** The colour the browser paints its own bars with: the theme-color meta that applies. */
const browserBarColour = (page: Page) =>
	page.evaluate(
		() =>
			[...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].find(
				(meta) => matchMedia(meta.media || 'all').matches
			)?.content
	);
const background = (page: Page) =>
	page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const started = (page: Page) => expect(page.locator('html')).toHaveAttribute('data-started', '');

test.describe('theme', () => {
	test.use({ colorScheme: 'dark' });

	test('three states: follow the system, light, dark; remembered; and back to the system', async ({
		page
	}) => {
		await page.goto('/en/lessons/containers/');
		await started(page);
		const system = page.getByRole('radio', { name: 'System' });
		await expect(system).toBeChecked();
		await expect(page.locator('html')).not.toHaveAttribute('data-theme');
		const darkBackground = await background(page);
		const darkBar = await browserBarColour(page);

		await page.locator('[data-theme-choice="light"]').click();
		await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		expect(await background(page)).not.toBe(darkBackground);
		const lightBar = await browserBarColour(page);
		expect(lightBar).not.toBe(darkBar);

		await page.reload();
		await started(page);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
		await expect.poll(() => browserBarColour(page)).toBe(lightBar);

		await page.locator('[data-theme-choice="dark"]').click();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		expect(await background(page)).toBe(darkBackground);

		// Back to the system's setting: nothing is stored, and the page follows the system again.
		await page.locator('[data-theme-choice="system"]').click();
		await expect(page.locator('html')).not.toHaveAttribute('data-theme');
		expect(await page.evaluate(() => localStorage.getItem('k8s-course.theme'))).toBeNull();
		await page.emulateMedia({ colorScheme: 'light' });
		await expect.poll(() => background(page)).not.toBe(darkBackground);
		await expect.poll(() => browserBarColour(page)).toBe(lightBar);
		await page.reload();
		await started(page);
		await expect(page.getByRole('radio', { name: 'System' })).toBeChecked();
	});

	test('says what it does in Chinese too', async ({ page }) => {
		await page.goto('/zh/');
		await started(page);
		const group = page.getByRole('group', { name: '主题' });
		for (const name of ['跟随系统', '浅色', '深色']) {
			await expect(group.getByRole('radio', { name })).toBeVisible();
		}
	});
});

test.describe('on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

	for (const lang of ['zh', 'en'] as const) {
		test(`the header is one row of at most 64 px, with a menu (${lang})`, async ({ page }) => {
			for (const path of [`/${lang}/`, `/${lang}/lessons/containers/`, `/${lang}/glossary/`]) {
				await page.goto(path);
				const bar = await page.locator('.site-header .bar').boundingBox();
				expect(bar!.height, path).toBeLessThanOrEqual(64);
				// No page scrolls sideways.
				expect(
					await page.evaluate(() => document.documentElement.scrollWidth),
					path
				).toBeLessThanOrEqual(360);
			}
			await page.locator('.menu-button').click();
			const menu = page.locator('#site-menu');
			await expect(
				menu.getByRole('link', { name: lang === 'zh' ? '术语表' : 'Glossary' })
			).toBeVisible();
			await expect(menu.getByRole('radiogroup').or(menu.getByRole('group'))).toBeVisible();
			await page.keyboard.press('Escape');
			await expect(menu).toBeHidden();
		});
	}
});

test.describe('a page that does not exist', () => {
	for (const lang of ['zh', 'en'] as const) {
		test(`is a styled 404 in both languages with a link home (${lang})`, async ({ page }) => {
			const response = await page.goto(`/${lang}/no-such-page/`);
			expect(response?.status()).toBe(404);
			await expect(page.getByRole('heading', { name: '找不到这个页面' })).toBeVisible();
			await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
			await page
				.getByRole('link', { name: lang === 'zh' ? '前往课程首页' : 'Go to the course home' })
				.click();
			await expect(page).toHaveURL(new RegExp(`/${lang}/$`));
			await expect(page.locator('.lesson-list')).toBeVisible();
		});
	}

	test('inside the app, the error page is bilingual and links home', async ({ page }) => {
		// The team page runs the app (the home, like lessons, is a page without it).
		await page.goto('/en/team/');
		await started(page);
		await page.evaluate(() => {
			const link = document.createElement('a');
			link.href = '../exam/no-such-track/';
			// Links are page loads (the static 404 page, tested above); this one is routed by the
			// app, as a lead's in-place language switch is, to reach the app's own error page. Not a
			// lesson: links to lessons always load the page (they are pages without the app).
			link.dataset.sveltekitReload = 'off';
			link.textContent = 'broken';
			document.querySelector('main')!.append(link);
		});
		await page.getByRole('link', { name: 'broken' }).click();
		await expect(page.locator('.error-page')).toHaveAttribute('data-status', '404');
		await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText('Page not found');
		await expect(page.getByRole('link', { name: '前往课程首页' })).toBeVisible();
	});
});

// Svelte's runtime is a fifth of a read page's script and only its later parts need it (the header's
// offline status, progress once reading): the page's own script must not wait for it.
test('a lesson and the glossary work while Svelte has not loaded', async ({ page }) => {
	// Svelte's chunk, found in the build the tests serve by what only Svelte's runtime says.
	const chunks = 'build/_app/immutable/chunks';
	const svelteChunks = readdirSync(chunks).filter(
		(name) =>
			name.endsWith('.js') && readFileSync(join(chunks, name), 'utf8').includes('svelte.dev/e/')
	);
	expect(svelteChunks).toHaveLength(1);
	const held: string[] = [];
	await page.route(`**/_app/immutable/chunks/${svelteChunks[0]}`, (route) => {
		held.push(route.request().url());
		return route.abort();
	});
	await page.goto('/zh/lessons/global-cloud-services/');
	await started(page);
	await expect(page.locator('button.search-button')).toBeEnabled();
	await expect(page.locator('fieldset.theme-choice')).toBeEnabled();
	const id = (await page.locator('.prose h2[id]').nth(2).getAttribute('id'))!;
	await page.evaluate((target) => document.getElementById(target)!.scrollIntoView(), id);
	await expect(page.locator('a.lang-switch')).toHaveAttribute('href', new RegExp(`#${id}$`));
	await expect(page.locator(`nav.toc a[href="#${id}"]`).first()).toHaveAttribute(
		'aria-current',
		'location'
	);

	await page.goto('/en/glossary/');
	await started(page);
	await expect(page.locator('button.search-button')).toBeEnabled();
	// The route saw Svelte asked for (by the parts that need it), so it was held for a reason.
	await expect.poll(() => held.length).toBeGreaterThan(0);
});

// The home's live part is hydrated: what the build wrote stays, and only what progress changes is
// written, so nothing is replaced under the learner's eyes (or the page's largest paint).
test('the home keeps the HTML it was built with, and shows progress in it', async ({ page }) => {
	await page.addInitScript(() => {
		addEventListener('DOMContentLoaded', () => {
			const built = document.querySelectorAll('.home-live .lesson-card, .home-live section');
			(window as unknown as { built: Element[] }).built = [...built];
		});
	});
	await page.goto('/zh/');
	await started(page);
	await expect(page.locator('.lesson-card[data-state="not-started"]')).toHaveCount(
		lessonIds().length
	);
	const built = await page.evaluate(() => {
		const elements = (window as unknown as { built: Element[] }).built;
		return { count: elements.length, connected: elements.filter((e) => e.isConnected).length };
	});
	expect(built.count).toBeGreaterThan(lessonIds().length);
	expect(built.connected).toBe(built.count);
	await expect(page.getByRole('button', { name: /导出/ })).toBeEnabled();
});

test.describe('the language switch', () => {
	for (const [from, to] of [
		['zh', 'en'],
		['en', 'zh']
	] as const) {
		test(`keeps the section being read (${from} → ${to})`, async ({ page }) => {
			await page.goto(`/${from}/lessons/global-cloud-services/`);
			await started(page);
			const heading = page.locator('.prose h2[id]').nth(2);
			const id = (await heading.getAttribute('id'))!;
			await heading.scrollIntoViewIfNeeded();
			await page.evaluate((target) => document.getElementById(target)!.scrollIntoView(), id);
			const switcher = page.locator('a.lang-switch');
			await expect(switcher).toHaveAttribute('href', new RegExp(`#${id}$`));
			await switcher.click();
			await expect(page).toHaveURL(new RegExp(`/${to}/lessons/global-cloud-services/#${id}$`));
			await expect
				.poll(() =>
					page.evaluate(
						(target) => document.getElementById(target)!.getBoundingClientRect().top,
						id
					)
				)
				.toBeLessThan(150);
		});
	}

	test('without the script, still opens the same page', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/zh/lessons/containers/');
		await page.locator('a.lang-switch').click();
		await expect(page).toHaveURL(/\/en\/lessons\/containers\/$/);
		await context.close();
	});

	test('the table of contents lists the same sections in both languages', async ({ request }) => {
		const anchors = async (path: string) => {
			const html = await (await request.get(path)).text();
			const side = /<nav class="toc toc-side[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
			return [...side.matchAll(/href="(#[^"]+)"/g)].map((match) => match[1]);
		};
		for (const id of lessonIds()) {
			const [zh, en] = [await anchors(`/zh/lessons/${id}/`), await anchors(`/en/lessons/${id}/`)];
			expect(zh.length, id).toBeGreaterThan(1);
			expect(zh, id).toEqual(en);
		}
	});
});

test.describe('lessons on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	for (const lang of ['zh', 'en'] as const) {
		test(`no diagram text is smaller than 11 px, and wide tables scroll in their box (${lang})`, async ({
			page
		}) => {
			test.setTimeout(90_000);
			for (const id of lessonIds()) {
				await page.goto(`/${lang}/lessons/${id}/`);
				const smallest = await page.evaluate(() => {
					let min = Infinity;
					for (const figure of document.querySelectorAll('figure.diagram')) {
						for (const text of figure.querySelectorAll<SVGTextContentElement>('text, tspan')) {
							if (!text.textContent?.trim()) continue;
							const scale = text.ownerSVGElement?.getScreenCTM()?.a ?? 1;
							min = Math.min(min, parseFloat(getComputedStyle(text).fontSize) * scale);
						}
						const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
						for (let node = walker.nextNode(); node; node = walker.nextNode()) {
							const parent = node.parentElement!;
							if (!node.textContent?.trim() || parent.closest('svg')) continue;
							if (parent.closest('.visually-hidden')) continue;
							min = Math.min(min, parseFloat(getComputedStyle(parent).fontSize));
						}
					}
					return min;
				});
				expect(smallest, `${lang} ${id}`).toBeGreaterThanOrEqual(11);

				const overflow = await page.evaluate(() => ({
					page: document.documentElement.scrollWidth,
					tables: [...document.querySelectorAll('.prose table')].map((table) => {
						const box = table.parentElement!;
						return {
							inBox: box.classList.contains('table-scroll'),
							scrolls: getComputedStyle(box).overflowX === 'auto',
							boxRight: box.getBoundingClientRect().right
						};
					})
				}));
				expect(overflow.page, `${lang} ${id}: the page scrolls sideways`).toBeLessThanOrEqual(360);
				for (const table of overflow.tables) {
					expect(table, `${lang} ${id}`).toMatchObject({ inBox: true, scrolls: true });
					expect(table.boxRight).toBeLessThanOrEqual(360);
				}
			}
		});
	}

	test('a wide table keeps its first column in view while it scrolls', async ({ page }) => {
		await page.goto('/en/lessons/china-cloud-services/');
		const box = page.locator('.table-scroll').filter({ has: page.locator('th:nth-child(5)') });
		await expect(page.locator('.scroll-hint').first()).toBeVisible();
		const first = box.locator('tbody tr:first-child > :first-child');
		const before = (await first.boundingBox())!.x;
		await box.evaluate((element) => element.scrollBy({ left: 300 }));
		await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(100);
		expect((await first.boundingBox())!.x).toBeCloseTo(before, 0);
	});
});
