import { expect, test } from '@playwright/test';
import { answerAndGoOn, choose, currentQuestion, lessonIds, quizKey } from './helpers';
import { answerByKeyboard } from './keyboard';

test.describe('language', () => {
	test.use({ locale: 'zh-CN' });

	test('a browser set to Chinese lands on the Chinese home', async ({ page }) => {
		await page.goto('/');
		await expect(page).toHaveURL(/\/zh\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('容器');
		await expect(page.locator('.lesson-card')).toHaveCount(lessonIds().length);
	});

	test('switching language keeps the lesson and is remembered', async ({ page }) => {
		await page.goto('/zh/');
		await page.locator('.lesson-card h3 a').first().click();
		await expect(page).toHaveURL(/\/zh\/lessons\/containers\/$/);
		const switcher = page.locator('a.lang-switch');
		await expect(switcher).toHaveAttribute('hreflang', 'en');
		await switcher.click();
		await expect(page).toHaveURL(/\/en\/lessons\/containers\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Containers');

		await page.goto('/');
		await expect(page).toHaveURL(/\/en\/$/);
	});
});

test.describe('language from the browser', () => {
	test.use({ locale: 'en-GB' });

	test('any other browser language lands on English', async ({ page }) => {
		await page.goto('/');
		await expect(page).toHaveURL(/\/en\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the root page offers both languages as links', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('a[hreflang="zh-CN"]')).toHaveAttribute('href', './zh/');
		await expect(page.locator('a[hreflang="en"]')).toHaveAttribute('href', './en/');
		await page.locator('a[hreflang="en"]').click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Containers, Kubernetes and cloud native'
		);
	});
});

test.describe('quiz', () => {
	test.use({ locale: 'zh-CN' });

	test('a reload and a language switch in the middle of a quiz lose nothing', async ({ page }) => {
		const key = quizKey('containers');
		const [first, second] = key.questions;

		await page.goto('/zh/lessons/containers/');
		await page.getByRole('link', { name: '检验一下：参加本课测验' }).click();
		await page.getByRole('button', { name: '开始测验' }).click();

		await expect.poll(() => currentQuestion(page)).toBe(first!.id);
		await answerAndGoOn(page, first!);
		await expect.poll(() => currentQuestion(page)).toBe(second!.id);
		await choose(page, second!);

		await page.reload();
		await expect.poll(() => currentQuestion(page)).toBe(second!.id);
		for (const id of [second!.answer].flat()) {
			await expect(page.locator(`.quiz-question input[value="${id}"]`)).toBeChecked();
		}

		await page.locator('a.lang-switch').click();
		await expect(page).toHaveURL(/\/en\/lessons\/containers\/quiz\/$/);
		await expect.poll(() => currentQuestion(page)).toBe(second!.id);
		for (const id of [second!.answer].flat()) {
			await expect(page.locator(`.quiz-question input[value="${id}"]`)).toBeChecked();
		}
	});

	test('finishing a quiz shows the score, on the home too, after a reload', async ({ page }) => {
		// Every question of lesson 01 answered by keyboard: more than the default 30 s when the
		// machine is shared.
		test.setTimeout(90_000);
		const key = quizKey('containers');
		await page.goto('/en/lessons/containers/quiz/');
		await page.getByRole('button', { name: 'Start the quiz' }).click();

		// The first answer wrong, the rest right: the score is what the quiz's own key says.
		expect(key.questions[0]!.type).toBe('single');
		for (const [index, question] of key.questions.entries()) {
			await expect.poll(() => currentQuestion(page)).toBe(question.id);
			await answerByKeyboard(page, question, index !== 0, 'en');
			await page.getByRole('button', { name: 'Check' }).click();
			await page.getByRole('button', { name: /Next question|See my result/ }).click();
		}
		const expected = Math.round(((key.questions.length - 1) / key.questions.length) * 100);
		await expect(page.locator('.quiz-result .correct-count')).toHaveText(
			`${key.questions.length - 1} of ${key.questions.length} correct`
		);
		await expect(page.locator('.quiz-result .score')).toHaveText(`Score: ${expected}%`);
		await expect(page.locator('.quiz-result .verdict')).toContainText(
			(key.questions.length - 1) / key.questions.length >= key.passMark ? 'Passed' : 'Not passed'
		);

		await page.getByRole('link', { name: 'Back to the course' }).click();
		const card = page.locator('.lesson-card[data-lesson="containers"]');
		await expect(card.locator('.best-score')).toHaveText(`Best score ${expected}%`);

		await page.reload();
		await expect(card.locator('.best-score')).toHaveText(`Best score ${expected}%`);
		await page.goto('/zh/');
		await expect(card.locator('.best-score')).toHaveText(`最高分 ${expected}%`);
	});

	test("a wrong answer shows why, and that option's own feedback", async ({ page }) => {
		const key = quizKey('containers');
		const question = key.questions[0]!;
		await page.goto('/en/lessons/containers/quiz/');
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		await choose(page, question, false);
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.locator('.verdict')).toContainText('Not quite');
		await expect(page.locator('.explanation')).toContainText('Why:');
		// The learner's choice and the right answer they missed are told apart in words, not colour.
		await expect(page.locator('.choice.wrong .mark.wrong')).toHaveText('✗ Your choice: wrong');
		await expect(page.locator('.choice.missed .mark.missed')).toHaveText(
			'○ The right answer, not chosen'
		);
		await expect(page.locator('.choice .mark')).toHaveCount(2);
		await expect(page.getByRole('button', { name: /Next question|See my result/ })).toBeFocused();
	});
});

test('every lesson and quiz page exists in both languages', async ({ request }) => {
	for (const id of lessonIds()) {
		for (const lang of ['zh', 'en']) {
			for (const path of [`/${lang}/lessons/${id}/`, `/${lang}/lessons/${id}/quiz/`]) {
				const response = await request.get(path);
				expect(response.status(), path).toBe(200);
				expect(await response.text(), path).toContain(`lang="${lang === 'zh' ? 'zh-CN' : 'en'}"`);
			}
		}
	}
});
