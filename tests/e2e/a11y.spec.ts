import { expect, test } from '@playwright/test';
import { audit } from './axe';
import { quizKey, started, teamFiles } from './helpers';
import { answerByKeyboard } from './keyboard';

for (const lang of ['zh', 'en'] as const) {
	test.describe(`${lang}`, () => {
		test.use({ colorScheme: 'light' });

		// One page a test: they run side by side, and a slow moment delays one page, not six.
		for (const path of [
			`/${lang}/`,
			`/${lang}/lessons/vms-and-containers/`,
			`/${lang}/lessons/global-cloud-services/`,
			`/${lang}/lessons/china-cloud-services/`,
			`/${lang}/glossary/`,
			`/${lang}/review/`,
			`/${lang}/exam/rnd/`,
			`/${lang}/exam/rnd/certificate/`
		]) {
			test(`the page ${path}`, async ({ page, browser, baseURL }) => {
				// Two audits of a long page take a minute and more on a busy machine.
				test.setTimeout(150_000);
				await page.goto(path);
				await expect(page.locator('main h1')).toBeVisible();
				await page.waitForLoadState('networkidle');
				await audit(page, path);
				if (path !== `/${lang}/`) return;
				// The root page, once: its script sends the learner on to a language at once, so what
				// it shows is what a browser without the course's script sees (axe still runs).
				if (lang === 'zh') {
					const plain = await browser.newContext({ baseURL, serviceWorkers: 'block' });
					const root = await plain.newPage();
					await root.route('**/_app/immutable/**/*.js', (route) => route.abort());
					await root.goto('/');
					await audit(root, 'root');
					await plain.close();
				}
			});
		}

		test('the search dialog, open with results, and a lesson side by side', async ({ page }) => {
			test.setTimeout(150_000);
			await page.goto(`/${lang}/lessons/containers/`);
			await page.locator('.search-button').click();
			await page
				.locator('dialog.search-dialog input')
				.fill(lang === 'zh' ? '名字空间' : 'namespace');
			await expect(page.locator('.search-results mark').first()).toBeVisible({ timeout: 15_000 });
			await audit(page, 'search dialog, with results');
			await page.keyboard.press('Escape');
			await page.goto(`/${lang}/lessons/containers/?view=both`);
			await expect(page.locator('.pair').first()).toBeVisible();
			await page.waitForLoadState('networkidle');
			await audit(page, 'side by side');
		});

		test("the team page, with learners' files open and one refused", async ({ page }) => {
			test.setTimeout(150_000);
			await page.goto(`/${lang}/team/`);
			await page.waitForLoadState('networkidle');
			await audit(page, 'team, empty');
			await started(page);
			await page.locator('input[type="file"]').setInputFiles(teamFiles());
			await expect(page.locator('tbody tr')).toHaveCount(2);
			await audit(page, 'team, with learners');
		});

		test('a quiz at every stage: intro, every question type, checked, result, review', async ({
			page
		}) => {
			test.setTimeout(360_000);
			const key = quizKey('kubernetes');
			// Answered wrongly, so that their checked views show every kind of mark.
			const marked = ['code-lines', 'fill-blanks'];
			expect(key.questions.map((question) => question.type)).toEqual(
				expect.arrayContaining(marked)
			);
			await page.goto(`/${lang}/lessons/kubernetes/quiz/`);
			await page.locator('.quiz-intro button.primary').waitFor();
			await audit(page, 'quiz intro');
			await page.locator('.quiz-intro button.primary').click();
			const audited = new Set<string>();
			for (const [index, question] of key.questions.entries()) {
				await expect(page.locator('.quiz-question')).toHaveAttribute('data-question', question.id);
				if (!audited.has(question.type)) {
					audited.add(question.type);
					await audit(page, `question ${question.id} (${question.type})`);
				}
				const wrongly = marked.includes(question.type);
				await answerByKeyboard(page, question, index % 2 === 0 && !wrongly, lang);
				await page.locator('.quiz-question .actions button.primary').click();
				await expect(page.locator('.verdict')).toBeVisible();
				if (index === 0 || wrongly) await audit(page, `question ${question.id} checked`);
				await page.locator('.quiz-question .actions button.primary').click();
			}
			await expect(page.locator('.quiz-result')).toBeVisible();
			await audit(page, 'quiz result');
			// The review shows every question checked, with right and wrong answers marked.
			await page.locator('.quiz-result button.review').click();
			await expect(page.locator('.quiz-review')).toBeVisible();
			await audit(page, 'quiz review');
		});
	});
}
