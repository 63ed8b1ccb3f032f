import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { createCourseServer } from '../../scripts/course-server.js';
import {
	answerAndGoOn,
	choose,
	expectQuestion,
	lessonIds,
	lessonTitle,
	quizKey,
	started,
	teamFiles,
	watchPolicy,
	windowBeside
} from './helpers';
import { updateBuilds, updateBuildsReady } from './update-builds';

// What the service worker does is part of what these tests prove (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

const langs = ['zh', 'en'] as const;
type Lang = (typeof langs)[number];
const text = {
	zh: {
		glossary: '术语表',
		team: '团队学习进度',
		quiz: (title: string) => `测验：${title}`,
		offline: '离线：整个课程仍可使用',
		start: '开始测验',
		home: '容器、Kubernetes 与云原生'
	},
	en: {
		glossary: 'Glossary',
		team: 'Team progress',
		quiz: (title: string) => `Quiz: ${title}`,
		offline: 'Offline: the whole course still works',
		start: 'Start the quiz',
		home: 'Containers, Kubernetes and cloud native'
	}
};

/** Waits until a service worker controls the page and has every file of the course cached. */
async function waitUntilOfflineReady(page: Page) {
	const status = page.locator('.offline-status');
	await expect(status).toHaveAttribute('data-cache', 'ready', { timeout: 30_000 });
	await expect(status).toHaveText(/^(Available offline|可离线使用)$/);
	expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
}

/** Every URL in the course's caches, as paths. */
function cachedPaths(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const paths: string[] = [];
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) paths.push(new URL(request.url).pathname);
		}
		return paths;
	});
}

/** A mark on the window that only a full page load removes. */
const markWindow = (page: Page) =>
	page.evaluate(() => ((window as unknown as { mark: boolean }).mark = true));
const windowMarked = (page: Page) =>
	page.evaluate(() => (window as unknown as { mark?: boolean }).mark === true);

/** Every page of the course in one language: home, glossary, team, each lesson and its quiz. */
function pagesIn(lang: Lang): string[] {
	return [
		`/${lang}/`,
		`/${lang}/glossary/`,
		`/${lang}/team/`,
		...lessonIds().flatMap((id) => [`/${lang}/lessons/${id}/`, `/${lang}/lessons/${id}/quiz/`])
	];
}

/** The first, and only, online visit: any one page. Then the network goes off. */
async function visitOnceThenGoOffline(page: Page, context: BrowserContext, path: string) {
	// What the service worker downloads to install: the offline pack, and nothing one by one.
	const installFetches: string[] = [];
	context.on('request', (request) => {
		if (request.serviceWorker()) installFetches.push(new URL(request.url()).pathname);
	});
	await page.goto(path);
	await waitUntilOfflineReady(page);
	const worker = ['/service-worker.js', '/_app/version.json'];
	expect(installFetches.filter((url) => !worker.includes(url))).toEqual(['/_app/offline.pack']);
	const cached = await cachedPaths(page);
	for (const url of langs.flatMap(pagesIn)) {
		expect(cached, url).toContain(url);
		// Every link is a page load: page data is never fetched, so it is not kept twice. The team
		// page alone switches language in place.
		if (url.endsWith('/team/')) expect(cached, url).toContain(`${url}__data.json`);
		else expect(cached, url).not.toContain(`${url}__data.json`);
	}
	await context.setOffline(true);
	// Chromium (150) tells a page loaded after that it is online, which a device without a network
	// never does: each page of this context learns it as it would there.
	await context.addInitScript(() =>
		Object.defineProperty(Navigator.prototype, 'onLine', { get: () => false })
	);
	const lang = path.startsWith('/zh/') ? 'zh' : 'en';
	await expect(page.locator('.offline-status')).toHaveText(text[lang].offline);
}

test.describe('offline', () => {
	test('after one online visit, every kind of page opens by following links offline, in both languages, and keeps to its policy', async ({
		page,
		context,
		baseURL
	}) => {
		// Every link is a page load, each from the cache: about forty of them.
		test.setTimeout(240_000);
		// The pages' Content-Security-Policy holds on every page: served from the cache, they are
		// the same HTML as online (csp.spec.ts checks what this walk does not load).
		const keepsPolicy = await watchPolicy(page, new URL(baseURL!).origin);
		// Every page of both languages is cached (visitOnceThenGoOffline checks the list). The walk
		// opens pages of every kind in both languages, each lesson and its quiz in one, taking turns:
		// half the page loads of a walk per language.
		await visitOnceThenGoOffline(page, context, '/en/lessons/cncf/');
		await keepsPolicy('/en/lessons/cncf/');
		await page.goto('/zh/glossary/');
		await expect(page.locator('h1')).toHaveText(text.zh.glossary);
		await keepsPolicy('/zh/glossary/');
		await page.locator('a.brand').click();
		await expect(page).toHaveURL(/\/zh\/$/);
		let lang: Lang = 'zh';
		for (const [index, id] of lessonIds().entries()) {
			const turn: Lang = index % 2 === 0 ? 'zh' : 'en';
			if (turn !== lang) {
				// The home's language switch leads to the other language's home.
				lang = turn;
				await page.locator('a.lang-switch').click();
				await expect(page).toHaveURL(new RegExp(`/${lang}/$`));
			}
			await expect(page.locator('h1')).toHaveText(text[lang].home);
			await expect(page.locator('.lesson-card')).toHaveCount(lessonIds().length);
			await keepsPolicy(`/${lang}/`);
			await page.locator(`.lesson-card[data-lesson="${id}"] h3 a`).click();
			await expect(page).toHaveURL(new RegExp(`/${lang}/lessons/${id}/$`));
			await expect(page.locator('h1')).toHaveText(lessonTitle(id, lang));
			if (index < 2) {
				// A term's definition comes from the glossary page, from the cache too. Before the
				// page's script has started, a term is the link it is without script.
				await started(page);
				await page.locator('.prose .glossary-term').first().click();
				const open = page.locator('.glossary-popover:popover-open');
				await expect(open.locator('.glossary-popover-definition')).not.toBeEmpty();
				await page.keyboard.press('Escape');
			}
			await keepsPolicy(`/${lang}/lessons/${id}/`);
			await page.locator('.to-quiz a').click();
			await expect(page).toHaveURL(new RegExp(`/${lang}/lessons/${id}/quiz/$`));
			await expect(page.locator('h1')).toHaveText(text[lang].quiz(lessonTitle(id, lang)));
			// The page's code runs too: the quiz can start.
			await expect(page.getByRole('button', { name: text[lang].start })).toBeEnabled();
			await keepsPolicy(`/${lang}/lessons/${id}/quiz/`);
			await page.locator('a.brand').click();
			await expect(page).toHaveURL(new RegExp(`/${lang}/$`));
		}
		// The team page's file checks are loaded only when files are opened: offline too.
		const other = lang === 'zh' ? 'en' : 'zh';
		await page.locator('.team-link a').click();
		await expect(page.locator('h1')).toHaveText(text[lang].team);
		await started(page);
		await page.locator('input[type="file"]').setInputFiles(teamFiles());
		await expect(page.locator('tbody tr')).toHaveCount(2);
		await keepsPolicy(`/${lang}/team/`);
		await page.locator('a.nav-link').click();
		await expect(page.locator('h1')).toHaveText(text[lang].glossary);
		await page.locator('a.lang-switch').click();
		await expect(page).toHaveURL(new RegExp(`/${other}/glossary/$`));
		await expect(page.locator('h1')).toHaveText(text[other].glossary);
		await expect(page.locator('.offline-status')).toHaveText(text[other].offline);
	});

	test('a quiz finished offline is saved, and a page never cached says it is offline', async ({
		page,
		context
	}) => {
		test.setTimeout(60_000);
		await visitOnceThenGoOffline(page, context, '/zh/');
		const key = quizKey('kubernetes');
		await page.goto('/zh/lessons/kubernetes/quiz/');
		await page.getByRole('button', { name: text.zh.start }).click();
		for (const question of key.questions) {
			await expectQuestion(page, question.id);
			await answerAndGoOn(page, question);
		}
		await expect(page.locator('.quiz-result .score')).toHaveText('得分：100%');
		await page.reload();
		await expect(page.locator('.last-attempt')).toContainText('上次测验：100%');
		await page.goto('/en/');
		await expect(page.locator('.lesson-card[data-lesson="kubernetes"] .best-score')).toHaveText(
			'Best score 100%'
		);

		// An address typed without its final slash finds the page all the same.
		await page.goto('/en/glossary');
		await expect(page).toHaveURL(/\/en\/glossary\/$/);
		await expect(page.locator('h1')).toHaveText(text.en.glossary);
		// Whatever its query (a link pasted from a chat, SvelteKit's own on page data), a request
		// is answered from the cache by its path.
		await page.goto('/en/glossary?from=chat');
		await expect(page).toHaveURL(/\/en\/glossary\/\?from=chat$/);
		await expect(page.locator('h1')).toHaveText(text.en.glossary);
		await page.goto('/zh/lessons/cncf/?utm_source=mail');
		await expect(page.locator('h1')).toHaveText(lessonTitle('cncf', 'zh'));
		expect(
			await page.evaluate(async () => {
				const response = await fetch('/en/lessons/cncf/?x-sveltekit-invalidated=01');
				return [response.status, (await response.text()).includes('<h1')];
			})
		).toEqual([200, true]);

		// Both languages, the address's own first, and a way back into the course.
		await page.goto('/en/no-such-page/');
		await expect(page.locator('h1')).toHaveText(['You are offline', '当前处于离线状态']);
		await page.getByRole('link', { name: '前往课程首页' }).click();
		await expect(page).toHaveURL(/\/zh\/$/);
		await expect(page.locator('h1')).toHaveText(text.zh.home);
	});

	test('the manifest and its icons are served for installing the course', async ({ page }) => {
		// Linked once the page has painted, not from the HTML: the browser fetches it, and an icon
		// it lists, and they would share a slow network with the stylesheets.
		for (const path of ['/en/', '/zh/lessons/containers/']) {
			const html = await (await page.request.get(path)).text();
			const outsideTemplates = html.replace(/<template[\s\S]*?<\/template>/g, '');
			expect(outsideTemplates, path).toContain('rel="stylesheet"');
			expect(outsideTemplates, path).not.toContain('rel="manifest"');
		}
		await page.goto('/en/');
		const href = await page.locator('head > link[rel="manifest"]').getAttribute('href');
		const manifestUrl = new URL(href!, page.url());
		const manifest = (await (await page.request.get(manifestUrl.href)).json()) as {
			start_url: string;
			icons: { src: string }[];
		};
		expect(new URL(manifest.start_url, manifestUrl).pathname).toBe('/');
		for (const icon of manifest.icons) {
			const response = await page.request.get(new URL(icon.src, manifestUrl).href);
			expect(response.headers()['content-type'], icon.src).toBe('image/png');
		}
	});
});

test.describe('updates', () => {
	test('a new version waits for the learner, and reloading loses no answer', async ({
		page: quiz,
		context
	}) => {
		// Global setup builds the two versions beside the first tests.
		test.setTimeout(420_000);
		const waitedSince = Date.now();
		await updateBuildsReady(300_000);
		test.setTimeout(Date.now() - waitedSince + 120_000);
		const { base, versions } = updateBuilds;
		const [v1, v2] = versions;
		const server = createCourseServer({ dir: updateBuilds.dir(v1), base });
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const { port } = server.address() as { port: number };
		const site = `http://127.0.0.1:${port}${base}`;
		try {
			const key = quizKey('containers');
			const [q1, q2, q3] = key.questions;

			await quiz.goto(`${site}/en/lessons/containers/quiz/`);
			await waitUntilOfflineReady(quiz);
			expect(await quiz.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(
				`${site}/`
			);
			expect(await cachedPaths(quiz)).toContain(`${base}/zh/lessons/containers/quiz/`);
			const manifest = new URL(
				(await quiz.locator('link[rel="manifest"]').getAttribute('href'))!,
				quiz.url()
			);
			const { start_url } = (await (await quiz.request.get(manifest.href)).json()) as {
				start_url: string;
			};
			expect(
				new URL(start_url, manifest).pathname,
				'the installed app starts at the base path'
			).toBe(`${base}/`);
			const status = quiz.locator('.offline-status');
			await expect(status).toHaveAttribute('data-version', v1);

			await quiz.getByRole('button', { name: 'Start the quiz' }).click();
			await answerAndGoOn(quiz, q1!);
			await choose(quiz, q2!);
			// A second window, where the learner reads a lesson meanwhile.
			const reader = await windowBeside(context);
			await reader.goto(`${site}/en/lessons/kubernetes/`);
			await waitUntilOfflineReady(reader);

			let loads = 0;
			quiz.on('framenavigated', (frame) => void (frame === quiz.mainFrame() && loads++));
			let readerLoads = 0;
			reader.on('framenavigated', (frame) => void (frame === reader.mainFrame() && readerLoads++));
			await markWindow(quiz);

			server.serve(updateBuilds.dir(v2));
			// The learner comes back to the tab: the course looks for a new version.
			await quiz.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
			const notice = quiz.getByRole('status').filter({ hasText: 'A new version' });
			await expect(notice).toHaveText(
				'A new version of the course is available. Your progress and any quiz in progress are kept. Reload',
				{ timeout: 30_000 }
			);
			await expect(reader.getByRole('status').filter({ hasText: 'A new version' })).toBeVisible();
			expect(
				await quiz.evaluate(async () => {
					const registration = await navigator.serviceWorker.getRegistration();
					return !!registration?.waiting && !!navigator.serviceWorker.controller;
				}),
				'the new worker waits; the old one still serves the page'
			).toBe(true);

			// Nothing reloads by itself: the question and its chosen answer are still on screen, and
			// the quiz goes on under the old version.
			await quiz.waitForTimeout(1000);
			await expectQuestion(quiz, q2!.id);
			for (const id of [q2!.answer].flat()) {
				await expect(quiz.locator(`.quiz-question input[value="${id}"]`)).toBeChecked();
			}
			await quiz.getByRole('button', { name: 'Check' }).click();
			await quiz.getByRole('button', { name: 'Next question' }).click();
			await expectQuestion(quiz, q3!.id);
			await choose(quiz, q3!);
			expect(loads).toBe(0);
			expect(await windowMarked(quiz)).toBe(true);

			// The learner chooses to reload: the new version, with the quiz where it was.
			await Promise.all([
				quiz.waitForEvent('load'),
				notice.getByRole('button', { name: 'Reload' }).click()
			]);
			await expect(status).toHaveAttribute('data-version', v2);
			await waitUntilOfflineReady(quiz);
			await expect(notice).toHaveCount(0);
			await expectQuestion(quiz, q3!.id);
			for (const id of [q3!.answer].flat()) {
				await expect(quiz.locator(`.quiz-question input[value="${id}"]`)).toBeChecked();
			}
			// Every earlier answer counts: all right means 100%.
			await quiz.getByRole('button', { name: 'Check' }).click();
			for (const question of key.questions.slice(3)) {
				await quiz.getByRole('button', { name: /^(Next question)$/ }).click();
				await expectQuestion(quiz, question.id);
				await choose(quiz, question);
				await quiz.getByRole('button', { name: 'Check' }).click();
			}
			await quiz.getByRole('button', { name: 'See my result' }).click();
			await expect(quiz.locator('.quiz-result .score')).toHaveText('Score: 100%');

			// The other tab did not reload either; it offers the new version, and its links load it.
			expect(readerLoads).toBe(0);
			const readerNotice = reader.getByRole('status').filter({ hasText: 'A new version' });
			await expect(readerNotice).toBeVisible();
			await reader.locator('a[rel="next"]').click();
			const afterKubernetes = lessonIds()[lessonIds().indexOf('kubernetes') + 1]!;
			await expect(reader.getByRole('heading', { level: 1 })).toHaveText(
				lessonTitle(afterKubernetes, 'en')
			);
			await expect(reader.locator('.offline-status')).toHaveAttribute('data-version', v2);
			await expect(readerNotice).toHaveCount(0);

			// Only the new version's cache is left, and it works offline.
			const names = await quiz.evaluate(() => caches.keys());
			expect(names).toEqual([`k8s-course:${base}:${v2}`]);
			await context.setOffline(true);
			await quiz.reload();
			await expect(quiz.locator('.last-attempt')).toContainText('Last attempt: 100%');
			await quiz.goto(`${site}/zh/glossary/`);
			await expect(quiz.getByRole('heading', { level: 1 })).toHaveText(text.zh.glossary);
		} finally {
			server.closeAllConnections();
			server.close();
		}
	});
});

test.describe('without service workers', () => {
	test('on a plain-HTTP intranet host the course works online as before', async ({
		baseURL,
		playwright,
		launchOptions
	}) => {
		// Any host name but localhost is not a secure context over HTTP: no service worker there.
		const port = new URL(baseURL!).port;
		const browser = await playwright.chromium.launch({
			...launchOptions,
			args: [...(launchOptions.args ?? []), '--host-resolver-rules=MAP course.intranet 127.0.0.1']
		});
		try {
			const page = await browser.newPage();
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			await page.goto(`http://course.intranet:${port}/en/lessons/containers/quiz/`);
			expect(
				await page.evaluate(() => [window.isSecureContext, 'serviceWorker' in navigator])
			).toEqual([false, false]);
			await page.getByRole('button', { name: 'Start the quiz' }).click();
			const key = quizKey('containers');
			await answerAndGoOn(page, key.questions[0]!);
			await expectQuestion(page, key.questions[1]!.id);
			await page.reload();
			await expectQuestion(page, key.questions[1]!.id);
			await expect(page.locator('.offline-status')).toHaveText('');
			expect(errors).toEqual([]);
		} finally {
			await browser.close();
		}
	});
});
