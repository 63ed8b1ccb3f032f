import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { quizKey, started, teamFiles } from './helpers';
import { answerByKeyboard } from './keyboard';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function audit(page: Page, what: string) {
	const results = await new AxeBuilder({ page }).withTags(tags).analyze();
	const found = results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 5)
				.join('\n    ')}`
	);
	expect(found, `${what}:\n${found.join('\n')}`).toEqual([]);
}

for (const lang of ['zh', 'en'] as const) {
	for (const scheme of ['light', 'dark'] as const) {
		test.describe(`${lang}, ${scheme} theme`, () => {
			test.use({ colorScheme: scheme });

			test('home, lesson and glossary pages', async ({ page }) => {
				test.setTimeout(90_000);
				for (const path of [
					`/${lang}/`,
					`/${lang}/lessons/vms-and-containers/`,
					`/${lang}/lessons/global-cloud-services/`,
					`/${lang}/lessons/china-cloud-services/`,
					`/${lang}/glossary/`
				]) {
					await page.goto(path);
					await expect(page.locator('main h1')).toBeVisible();
					await page.waitForLoadState('networkidle');
					await audit(page, path);
				}
				// The root sends the learner on to a language; the choice it shows is what a browser
				// without the script sees.
				await page.goto('/');
				await page.waitForURL(/\/(zh|en)\/$/);
				await page.waitForLoadState('networkidle');
				await audit(page, 'root, after choosing a language');
			});

			test("the team page, with learners' files open and one refused", async ({ page }) => {
				await page.goto(`/${lang}/team/`);
				await page.waitForLoadState('networkidle');
				await audit(page, 'team, empty');
				await started(page);
				await page.locator('input[type="file"]').setInputFiles(teamFiles());
				await expect(page.locator('tbody tr')).toHaveCount(2);
				await audit(page, 'team, with learners');
			});

			test('a quiz at every stage: intro, every question type, result, review', async ({
				page
			}) => {
				test.setTimeout(150_000);
				const key = quizKey('kubernetes');
				await page.goto(`/${lang}/lessons/kubernetes/quiz/`);
				await page.locator('.quiz-intro button.primary').waitFor();
				await audit(page, 'quiz intro');
				await page.locator('.quiz-intro button.primary').click();
				const audited = new Set<string>();
				for (const [index, question] of key.questions.entries()) {
					await expect(page.locator('.quiz-question')).toHaveAttribute(
						'data-question',
						question.id
					);
					if (!audited.has(question.type)) {
						audited.add(question.type);
						await audit(page, `question ${question.id} (${question.type})`);
					}
					await answerByKeyboard(page, question, index % 2 === 0, lang);
					await page.locator('.quiz-question .actions button.primary').click();
					await expect(page.locator('.verdict')).toBeVisible();
					if (index === 0) await audit(page, `question ${question.id} checked`);
					await page.locator('.quiz-question .actions button.primary').click();
				}
				await expect(page.locator('.quiz-result')).toBeVisible();
				await audit(page, 'quiz result');
				// The review shows every question checked, with right and wrong answers marked.
				await page.locator('.quiz-result button.review').click();
				await expect(page.locator('.quiz-review')).toBeVisible();
				await audit(page, 'quiz review');
			});

			test('code-lines and fill-blanks questions, open and checked, and their review', async ({
				page
			}) => {
				test.setTimeout(150_000);
				const key = quizKey('containers');
				const types = ['code-lines', 'fill-blanks'];
				expect(key.questions.map((question) => question.type)).toEqual(
					expect.arrayContaining(types)
				);
				await page.goto(`/${lang}/lessons/containers/quiz/`);
				await page.locator('.quiz-intro button.primary').click();
				for (const question of key.questions) {
					await expect(page.locator('.quiz-question')).toHaveAttribute(
						'data-question',
						question.id
					);
					const audited = types.includes(question.type);
					if (audited) await audit(page, `question ${question.id} (${question.type})`);
					// Wrongly, so that the checked view shows every kind of mark.
					await answerByKeyboard(page, question, !audited, lang);
					await page.locator('.quiz-question .actions button.primary').click();
					await expect(page.locator('.verdict')).toBeVisible();
					if (audited) await audit(page, `question ${question.id} (${question.type}) checked`);
					await page.locator('.quiz-question .actions button.primary').click();
				}
				await page.locator('.quiz-result button.review').click();
				await expect(page.locator('.quiz-review')).toBeVisible();
				await audit(page, 'quiz review');
			});
		});
	}
}
