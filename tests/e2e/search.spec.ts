import { expect, test, type Page } from '@playwright/test';
import { words } from '../../src/lib/search/words';
import { storedRecords } from './helpers';

/** The sections that teach the terms (tests/search.test.ts checks the same in Node). */
const teaching = {
	名字空间: 'lessons/containers/#what-operating-system-level-virtualization-is',
	镜像仓库: 'lessons/vms-and-containers/#1-images-more-agile-software-delivery',
	控制组: 'lessons/containers/#what-operating-system-level-virtualization-is',
	无服务器: 'lessons/cloud-native/#what-cloud-native-means',
	namespace: 'lessons/containers/#what-operating-system-level-virtualization-is',
	cgroups: 'lessons/containers/#what-operating-system-level-virtualization-is'
};

const empty = {
	zh: '没有找到与“量子纠缠咖啡机”相关的内容。',
	en: 'Nothing matches “zebra quasar”.'
};
const noResult = { zh: '量子纠缠咖啡机', en: 'zebra quasar' };

const dialog = (page: Page) => page.locator('dialog.search-dialog');
const input = (page: Page) => dialog(page).locator('input[type="search"]');
const results = (page: Page) => dialog(page).locator('.search-results a');

/** Searches in the open dialog; the links of the results, once shown. */
async function search(page: Page, query: string): Promise<string[]> {
	await input(page).fill(query);
	await expect(results(page).first()).toBeVisible({ timeout: 15_000 });
	return results(page).evaluateAll((links) =>
		links.map((link) => (link as HTMLAnchorElement).href)
	);
}

for (const lang of ['zh', 'en'] as const) {
	test(`search finds the teaching sections, names and phrases, or says it found nothing (${lang})`, async ({
		page,
		baseURL
	}) => {
		test.setTimeout(90_000);
		await page.goto(`/${lang}/`);
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await page.locator('.search-button').click();
		await expect(input(page)).toBeFocused();

		for (const [query, path] of Object.entries(teaching)) {
			const links = await search(page, query);
			expect(links.slice(0, 3), query).toContain(`${baseURL}/${lang}/${path}`);
			await expect(dialog(page).locator('.search-results mark').first()).toBeVisible();
		}
		// Read once search was opened: the manifest, the pages, the quiz data.
		for (const path of ['search.json', 'lessons/containers/', 'glossary/', 'quiz-data/cncf.json']) {
			expect(requested).toContain(`/${lang}/${path}`);
		}
		expect((await search(page, 'Fargate'))[0]).toMatch(/global-cloud-services|glossary\/#fargate/);
		await expect(dialog(page).locator('mark', { hasText: 'Fargate' }).first()).toBeVisible();
		expect(await search(page, 'Seven of Nine')).toContain(
			`${baseURL}/${lang}/lessons/kubernetes/#the-name-the-founders-and-borg`
		);
		await expect(dialog(page).locator('mark', { hasText: 'Seven of Nine' })).toHaveCount(1);
		// Highlighted as text: markup in a query is shown, never run.
		await input(page).fill('<img src=x onerror=alert(1)>');
		await expect(dialog(page).locator('img')).toHaveCount(0);

		await input(page).fill(noResult[lang]);
		await expect(dialog(page).locator('.search-none')).toHaveText(empty[lang]);
		await expect(results(page)).toHaveCount(0);
		await expect(dialog(page).getByRole('link')).toHaveAttribute('href', `/${lang}/glossary/`);

		// The browser splits words as the build did (Node's Intl.Segmenter and Chromium's).
		const samples = [
			...Object.keys(teaching),
			'Linux 内核用名字空间（namespaces）划分进程能看到什么，用控制组（cgroups）限制资源。',
			'镜像仓库存储和分发容器镜像；无服务器容器按实际用量计费。',
			'Kubernetes 的代号 Project Seven 取自 Seven of Nine（九之七）。'
		];
		const inBrowser = await page.evaluate((texts) => {
			const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
			return texts.map((text) =>
				[...segmenter.segment(text.normalize('NFKC').toLowerCase())]
					.filter((part) => part.isWordLike)
					.map((part) => part.segment)
			);
		}, samples);
		expect(inBrowser).toEqual(samples.map(words));
	});
}

test('search by keyboard: the / key, arrows, Enter and Esc', async ({ page, baseURL }) => {
	test.setTimeout(90_000);
	await page.goto('/zh/glossary/');
	// The page's script has run (the theme choice is enabled once it has).
	await expect(page.locator('.theme-choice')).toBeEnabled();
	// Typed into a field, / is a character.
	const filter = page.locator('#glossary-filter');
	await filter.click();
	await page.keyboard.press('/');
	await expect(filter).toHaveValue('/');
	await expect(dialog(page)).toBeHidden();
	await filter.fill('');
	await page.locator('h1').click();

	await page.keyboard.press('/');
	await expect(input(page)).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog(page)).toBeHidden();

	await page.keyboard.press('/');
	await page.keyboard.type('名字空间');
	const links = await search(page, '名字空间');
	expect(links.length).toBeGreaterThan(2);
	await page.keyboard.press('ArrowDown');
	await expect(results(page).nth(0)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(results(page).nth(2)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await expect(results(page).nth(1)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(input(page)).toBeFocused();
	// Enter in the field opens the first result; on a result, that result.
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(links[1]!);
	expect(links[1]!.startsWith(`${baseURL}/zh/`)).toBe(true);
	await page.keyboard.press('/');
	await input(page).fill('控制组');
	await expect(results(page).first()).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(`${baseURL}/zh/${teaching['控制组']}`);
});

test('while the index is built the dialog says so, then answers what was typed; a page that cannot be read is left out, and said', async ({
	page,
	baseURL
}) => {
	test.setTimeout(60_000);
	let releaseGlossary = () => {};
	const glossaryHeld = new Promise<void>((resolve) => (releaseGlossary = resolve));
	await page.route('**/en/glossary/', async (route) => {
		if (route.request().resourceType() === 'document') return route.continue();
		await glossaryHeld;
		await route.continue();
	});
	await page.route('**/en/lessons/cncf/', (route) =>
		route.request().resourceType() === 'document'
			? route.continue()
			: route.fulfill({ status: 404, body: 'Not found' })
	);
	await page.goto('/en/');
	await page.locator('.search-button').click();
	await input(page).fill('kubelet');
	await expect(dialog(page).getByRole('status')).toContainText('Building the search index');
	await expect(results(page)).toHaveCount(0);
	releaseGlossary();
	await expect(results(page).first()).toBeVisible({ timeout: 15_000 });
	await expect(dialog(page).locator('.search-skipped')).toHaveText(
		'1 file could not be read and is left out of search: lessons/cncf/.'
	);
	await expect(dialog(page).locator('.search-building')).toHaveCount(0);
	// What the other files say is still found (the lesson's quiz too); the left-out page is not.
	const links = await search(page, 'CNCF graduated');
	expect(links).toContain(`${baseURL}/en/lessons/cncf/quiz/`);
	expect(links.filter((link) => /\/en\/lessons\/cncf\/(#|$)/.test(link))).toEqual([]);
});

test("the next page's search reads the index kept in IndexedDB, not the pages", async ({
	page
}) => {
	test.setTimeout(60_000);
	await page.goto('/en/');
	await page.locator('.search-button').click();
	expect((await search(page, 'kubelet')).length).toBeGreaterThan(0);
	// Kept once the first queries are answered.
	await expect
		.poll(() =>
			page.evaluate(
				() =>
					new Promise<number>((resolve) => {
						const request = indexedDB.open('k8s-course-search');
						request.onsuccess = () => {
							const db = request.result;
							if (!db.objectStoreNames.contains('indexes')) {
								db.close();
								return resolve(0);
							}
							const count = db.transaction('indexes').objectStore('indexes').count();
							count.onsuccess = () => {
								db.close();
								resolve(count.result);
							};
						};
					})
			)
		)
		.toBe(1);
	await page.goto('/en/glossary/');
	const requested: string[] = [];
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
	await page.locator('.search-button').click();
	expect((await search(page, 'kubelet')).length).toBeGreaterThan(0);
	expect(requested.filter((path) => /search\.json|\/lessons\/|quiz-data/.test(path))).toEqual([]);
});

test('search works offline, in both languages', async ({ browser, baseURL }) => {
	test.setTimeout(90_000);
	const context = await browser.newContext({ baseURL, serviceWorkers: 'allow' });
	const page = await context.newPage();
	await page.goto('/en/lessons/cncf/');
	const status = page.locator('.offline-status');
	await expect(status).toHaveAttribute('data-cache', 'ready', { timeout: 30_000 });
	await context.setOffline(true);
	for (const lang of ['en', 'zh'] as const) {
		await page.goto(`/${lang}/glossary/`);
		await page.locator('.search-button').click();
		const links = await search(page, lang === 'zh' ? '无服务器' : 'serverless');
		expect(links.length).toBeGreaterThan(0);
	}
	await context.close();
});

for (const lang of ['zh', 'en'] as const) {
	test(`side by side: every block beside its translation, remembered, reading counted (${lang})`, async ({
		page
	}) => {
		test.setTimeout(90_000);
		const switchName = { zh: '中英对照', en: 'Side by side with Chinese' };
		const backName = { zh: '只看中文', en: 'English only' };
		await page.goto(`/${lang}/lessons/containers/`);
		// A plain link: it works before the page's script has started.
		await page.getByRole('link', { name: switchName[lang] }).click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/lessons/containers/\\?view=both$`));

		const pairs = page.locator('.prose .pair');
		await expect(pairs.first()).toBeVisible();
		const count = await pairs.count();
		expect(count).toBeGreaterThan(20);
		// Every block of the page, none left unpaired.
		await expect(page.locator('.prose > :not(.pair)')).toHaveCount(0);
		const otherLang = { zh: 'en', en: 'zh' }[lang];
		await expect(page.locator('.pair-other').first()).toHaveAttribute(
			'lang',
			otherLang === 'zh' ? 'zh-CN' : 'en'
		);
		// No id twice on the page; the translation's glossary links lead to its own glossary.
		const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
		expect(ids.length - new Set(ids).size).toBe(0);
		const glossaryLink = page.locator('.pair-other-body a.glossary-popover-link').first();
		expect(
			await glossaryLink.evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname)
		).toBe(`/${otherLang}/glossary/`);
		await expect(page.locator('.pair > .pair-main')).toHaveCount(count);
		await expect(page.locator('.pair > .pair-other > .pair-other-body')).toHaveCount(count);
		const filled = await pairs.evaluateAll((all) =>
			all.filter(
				(pair) =>
					pair.querySelector('.pair-main')!.textContent!.trim() !== '' &&
					pair.querySelector('.pair-other-body')!.textContent!.trim() !== ''
			)
		);
		expect(filled.length).toBe(count);
		// Two aligned columns on a wide screen: each pair's columns start at the same height.
		const tops = await pairs
			.nth(3)
			.evaluate((pair) =>
				[...pair.children].map((column) => Math.round(column.getBoundingClientRect().top))
			);
		expect(tops[0]).toBe(tops[1]);
		await expect(page.locator('.pair-other summary').first()).toBeHidden();
		// On a phone, the translation is under each block, and folds.
		await page.setViewportSize({ width: 360, height: 800 });
		const other = page.locator('.pair-other').nth(2);
		await other.locator('summary').click();
		await expect(other).not.toHaveAttribute('open');
		await expect(other.locator('.pair-other-body')).toBeHidden();

		// Reading counts as on the lesson's own page.
		await page.mouse.wheel(0, 800);
		await expect
			.poll(() => storedRecords(page), { timeout: 15_000 })
			.toContain('lesson:containers');

		// Remembered: the next lesson opens side by side, until the learner goes back.
		await page.goto(`/${lang}/lessons/kubernetes/`);
		await expect(page.locator('.pair').first()).toBeVisible();
		await page.getByRole('link', { name: backName[lang] }).click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/lessons/kubernetes/\\?view=one$`));
		await expect(page.locator('.prose h2').first()).toBeVisible();
		await expect(page.locator('.pair')).toHaveCount(0);
		await page.goto(`/${lang}/lessons/cncf/`);
		await expect(page.locator('.pair')).toHaveCount(0);
		await expect(page).toHaveURL(new RegExp(`/${lang}/lessons/cncf/$`));
	});
}
