import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { currentQuestion, lessonTitle, quizKey } from './helpers';
import { answerByKeyboard, tabTo } from './keyboard';

/** Between them, these quizzes hold every question type. */
const walks = [
	{
		lessonId: 'kubernetes',
		types: ['matching', 'multiple', 'ordering', 'short-answer', 'single', 'true-false']
	},
	{ lessonId: 'containers', types: ['code-lines', 'fill-blanks'] }
];

test('the keyboard walks below cover every question type', () => {
	const walked = walks.flatMap((walk) => walk.types);
	expect(walked.sort()).toEqual(readdirSync('src/lib/quiz/types').sort());
});

for (const walk of walks) {
	test(`from the home through a lesson to a quiz with ${walk.types.join(', ')} questions, by keyboard alone: feedback, retry the wrong ones, review`, async ({
		page
	}) => {
		await walkQuiz(page, walk.lessonId, walk.types);
	});
}

async function walkQuiz(page: Page, lessonId: string, required: string[]) {
	// Some 300 Tab presses, each a round trip to the browser: about 15 s on an idle machine, and
	// over two minutes on a shared one with several builds running.
	test.setTimeout(240_000);
	const key = quizKey(lessonId);
	const types = new Set(key.questions.map((question) => question.type));
	expect([...types]).toEqual(expect.arrayContaining(required));

	// From the home, through the lesson, to its quiz: Tab and Enter only.
	await page.goto('/en/');
	await tabTo(page, `.lesson-card[data-lesson="${lessonId}"] h3 a`);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/en/lessons/${lessonId}/$`));
	await expect(page.locator('main h1')).toHaveText(lessonTitle(lessonId, 'en'));
	// Past every link in the lesson's text (glossary terms among them) to the quiz at its end.
	await tabTo(page, `main a.button.primary[href$="/lessons/${lessonId}/quiz/"]`, 200);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/en/lessons/${lessonId}/quiz/$`));
	await tabTo(page, 'button.primary');
	await expect(page.locator(':focus')).toHaveText('Start the quiz');
	await page.keyboard.press('Enter');

	// The first question of each type is answered wrongly, every other one rightly.
	const wrongOnPurpose = new Set(
		[...types].map((type) => key.questions.find((question) => question.type === type)!.id)
	);
	for (const question of key.questions) {
		await expect.poll(() => currentQuestion(page)).toBe(question.id);
		const right = !wrongOnPurpose.has(question.id);
		await answerByKeyboard(page, question, right, 'en');

		await tabTo(page, '.actions button.primary');
		await expect(page.locator(':focus')).toHaveText('Check');
		await page.keyboard.press('Enter');
		await expect(page.locator('.verdict-title')).toContainText(
			right ? 'Correct' : /Not quite|Partly correct/
		);
		await expect(page.locator('.explanation')).toContainText('Why:');
		// Each wrong line or blank is marked in words, and the right answer shown.
		if (!right && question.type === 'code-lines') {
			await expect(page.locator('.line-marks')).toContainText('but it is not right');
			await expect(page.locator('.line-marks')).toContainText('missed: this line is right');
		}
		if (!right && question.type === 'fill-blanks') {
			await expect(page.locator('.blank-marks')).toContainText('is wrong');
			await expect(page.locator('.blank-marks')).toContainText('Right answer:');
		}
		// Focus moves to the button that goes on.
		await expect(page.locator(':focus')).toHaveText(/Next question|See my result/);
		await page.keyboard.press('Enter');
	}

	const total = key.questions.length;
	// Partial credit may give a wrong answer some points: the score is below 100%, and the
	// questions to review are exactly the ones answered wrongly.
	await expect(page.locator('.quiz-result .score')).not.toHaveText('Score: 100%');
	await expect(page.locator(':focus')).toHaveText('Your result');
	// Every question is listed; those not right link back to the lesson.
	await expect(page.locator('.result-list li')).toHaveCount(total);
	await expect(page.locator('.result-list li:not(.right)')).toHaveCount(wrongOnPurpose.size);
	await expect(page.locator('.result-list li:not(.right) a.to-lesson')).toHaveCount(
		wrongOnPurpose.size
	);
	await expect(page.locator('.result-list li.right a')).toHaveCount(0);
	// One primary action: the others are grouped apart.
	await expect(page.locator('.quiz-result .button.primary')).toHaveCount(1);

	await tabTo(page, '.quiz-result .actions button.primary');
	await expect(page.locator(':focus')).toHaveText(`Retry the ${wrongOnPurpose.size} wrong ones`);
	await page.keyboard.press('Enter');
	for (let n = 1; n <= wrongOnPurpose.size; n++) {
		await expect(page.locator('#question-progress')).toHaveText(
			`Question ${n} of ${wrongOnPurpose.size}`
		);
		const id = await currentQuestion(page);
		expect(wrongOnPurpose.has(id)).toBe(true);
		await answerByKeyboard(
			page,
			key.questions.find((q) => q.id === id)!,
			true,
			'en'
		);
		await tabTo(page, '.actions button.primary');
		await page.keyboard.press('Enter');
		await expect(page.locator('.verdict-title')).toContainText('Correct');
		await page.keyboard.press('Enter');
	}
	await expect(page.locator('.quiz-result .score')).toHaveText('Score: 100%');

	await tabTo(page, '.quiz-result button.review');
	await expect(page.locator(':focus')).toHaveText('Review answers');
	await page.keyboard.press('Enter');
	await expect(page.locator('.review-item')).toHaveCount(total);
	await expect(page.locator('.review-item .verdict.correct')).toHaveCount(total);
	await expect(page.locator(':focus')).toContainText('Review: 100%');
}
