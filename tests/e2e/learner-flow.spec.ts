import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import {
	answerAndGoOn,
	currentQuestion,
	lessonIds,
	lessonTitle,
	quizKey,
	seedProgress,
	started,
	storedRecords
} from './helpers';

const time = (minute: number) => `2026-11-20T08:${String(minute).padStart(2, '0')}:00.000Z`;
const lessonRecord = (lessonId: string, minute: number, finished: boolean) => ({
	schema: 2,
	lessonId,
	openedAt: time(minute),
	lastVisitedAt: time(minute),
	timeSpentMs: 300_000,
	...(finished ? { finishedAt: time(minute) } : {})
});
const passedAttempt = (lessonId: string, minute: number) => ({
	schema: 2,
	lessonId,
	attemptId: `passed${minute}`,
	startedAt: time(minute),
	finishedAt: time(minute),
	questionIds: ['q1'],
	answers: { q1: 'a' },
	scores: { q1: 1 },
	score: 1,
	passed: true,
	seed: 1,
	carried: []
});

/** Where the prompt of the question on screen is, and whether it has the focus. */
const promptOnScreen = (page: Page) =>
	page.evaluate(() => {
		// Not there yet while the question's view loads: the poll asks again.
		const prompt = document.querySelector<HTMLElement>('.quiz-question .question-prompt');
		if (!prompt) return { focused: false, visible: false };
		const box = prompt.getBoundingClientRect();
		return {
			focused: document.activeElement === prompt,
			visible: box.top >= 0 && box.bottom <= innerHeight
		};
	});

test.describe('after Next, the new question', () => {
	for (const [what, viewport] of [
		// 1280 × 800 at 200% zoom is a 640 × 400 CSS viewport.
		['at 200% zoom', { width: 640, height: 400 }],
		['on a phone', { width: 360, height: 640 }]
	] as const) {
		test(`is focused at its prompt and scrolled into view, ${what}`, async ({ page }) => {
			test.setTimeout(90_000);
			await page.setViewportSize(viewport);
			const key = quizKey('kubernetes');
			await page.goto('/en/lessons/kubernetes/quiz/');
			await page.getByRole('button', { name: 'Start the quiz' }).click();
			await expect.poll(() => promptOnScreen(page)).toEqual({ focused: true, visible: true });
			const singles = key.questions.slice(0, 2);
			expect(singles.map((question) => question.type)).toEqual(['single', 'single']);
			for (const question of singles) {
				expect(await currentQuestion(page)).toBe(question.id);
				const wrong = question.options.find((option) => option.id !== question.answer)!;
				await page.locator(`input[name="q-${question.id}"][value="${wrong.id}"]`).check();
				await page.getByRole('button', { name: 'Check' }).click();
				// The explanation pushes Next down: the learner has scrolled past the prompt.
				await expect(page.getByRole('button', { name: 'Next question' })).toBeFocused();
				expect((await promptOnScreen(page)).visible).toBe(false);
				await page.getByRole('button', { name: 'Next question' }).click();
				await expect(page.locator('.quiz-question')).not.toHaveAttribute(
					'data-question',
					question.id
				);
				await expect.poll(() => promptOnScreen(page)).toEqual({ focused: true, visible: true });
				await expect(page.locator('#question-progress')).toBeInViewport();
			}
		});
	}
});

test.describe("the home's next step", () => {
	test('after reading a lesson: its quiz', async ({ page }) => {
		await page.goto('/en/');
		await seedProgress(page, { 'lesson:containers': lessonRecord('containers', 1, true) });
		const next = page.locator('.next-step a.button.primary');
		await expect(next).toHaveText(`Take the quiz: ${lessonTitle('containers', 'en')}`);
		await next.click();
		await expect(page).toHaveURL(/\/en\/lessons\/containers\/quiz\/$/);
	});

	test('after passing a quiz: the next lesson, and the lesson counts as read', async ({ page }) => {
		test.setTimeout(120_000);
		const key = quizKey('containers');
		await page.goto('/zh/lessons/containers/quiz/');
		await page.getByRole('button', { name: '开始测验' }).click();
		for (const question of key.questions) await answerAndGoOn(page, question);
		await expect(page.locator('.quiz-result .score')).toHaveText('得分：100%');
		// The result's one primary action is the next lesson too.
		const second = lessonTitle('kubernetes', 'zh');
		await expect(page.locator('.quiz-result .button.primary')).toHaveText(`下一课：${second}`);

		await page.goto('/zh/');
		const next = page.locator('.next-step a.button.primary');
		await expect(next).toHaveText(`下一课：${second}`);
		await expect(page.locator('.dashboard')).toContainText(`已读完 1 / ${lessonIds().length} 课`);
		await next.click();
		await expect(page).toHaveURL(/\/zh\/lessons\/kubernetes\/$/);
	});

	test('in the middle of a quiz: the question the learner is at, on its card too', async ({
		page
	}) => {
		const key = quizKey('containers');
		await page.goto('/en/lessons/containers/quiz/');
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		await answerAndGoOn(page, key.questions[0]!);
		await page.goto('/en/');
		const total = key.questions.length;
		await expect(page.locator('.next-step')).toContainText(
			`Continue the quiz: ${lessonTitle('containers', 'en')}`
		);
		await expect(page.locator('.lesson-card[data-lesson="containers"] .status')).toContainText(
			`Quiz in progress Question 2 of ${total}`
		);
	});

	test('at the end: the course complete', async ({ page }) => {
		const ids = lessonIds();
		await page.goto('/en/');
		await seedProgress(
			page,
			Object.fromEntries(ids.map((id, i) => [`attempt:${id}:passed${i}`, passedAttempt(id, i)]))
		);
		await expect(page.locator('.next-step')).toHaveAttribute('data-step', 'complete');
		await expect(page.locator('.next-step')).toContainText('Course complete');
		await expect(page.locator('.next-step')).toContainText(`You passed all ${ids.length} quizzes`);
		await expect(page.locator('.next-step a.button')).toHaveCount(0);
	});
});

test('a quick scroll to the end of a lesson does not count it read; time spent reading does', async ({
	page
}) => {
	test.setTimeout(60_000);
	await page.clock.install();
	await page.goto('/en/lessons/cncf/');
	await started(page);
	const minutes = Number(
		/(\d+) min read/.exec((await page.locator('.eyebrow').textContent())!)![1]
	);
	const stored = async () => {
		const records = JSON.parse(await storedRecords(page)) as [string, Record<string, unknown>][];
		return records.find(([key]) => key === 'lesson:cncf')?.[1];
	};
	// Reading is recorded by a module loaded when the learner starts reading: the clock moves on
	// once it has recorded the visit, else its timers would miss the time.
	const recorded = (before: unknown) =>
		expect.poll(async () => (await stored())?.lastVisitedAt).not.toBe(before);
	await page.locator('#takeaways-heading').scrollIntoViewIfNeeded();
	await recorded(undefined);
	// Reading time is saved every 15 s: a minute at the end is less than 30% of the lesson.
	expect(minutes * 0.3).toBeGreaterThan(1);
	await page.clock.runFor(60_000);
	await expect.poll(async () => (await stored())?.timeSpentMs).toBeGreaterThanOrEqual(60_000);
	expect((await stored())?.finishedAt).toBeUndefined();
	await page.goto('/en/');
	await expect(page.locator('.lesson-card[data-lesson="cncf"]')).toHaveAttribute(
		'data-state',
		'reading'
	);

	const visited = (await stored())?.lastVisitedAt;
	await page.goto('/en/lessons/cncf/');
	await started(page);
	await page.locator('#takeaways-heading').scrollIntoViewIfNeeded();
	await recorded(visited);
	await page.clock.runFor(minutes * 0.3 * 60_000);
	await expect.poll(async () => (await stored())?.finishedAt).toBeDefined();
	await page.goto('/en/');
	await expect(page.locator('.lesson-card[data-lesson="cncf"]')).toHaveAttribute(
		'data-state',
		'read'
	);
});

test.describe('progress tools', () => {
	test.use({ colorScheme: 'dark' });

	test('reset one lesson from the tools, after a destructive confirmation; export says it saved', async ({
		page
	}) => {
		test.setTimeout(60_000);
		await page.goto('/zh/');
		await seedProgress(page, {
			'lesson:containers': lessonRecord('containers', 1, true),
			'lesson:kubernetes': lessonRecord('kubernetes', 2, false)
		});
		// No card carries a reset button any more.
		await expect(page.locator('.lesson-card button')).toHaveCount(0);

		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: '导出学习进度' }).click();
		const name = (await downloading).suggestedFilename();
		await expect(page.getByRole('status').filter({ hasText: '已导出' })).toContainText(name);

		const tools = page.locator('.reset-one');
		await tools.getByLabel('课程').selectOption('kubernetes');
		await tools.getByRole('button', { name: '重置所选的课……' }).click();
		const confirm = tools.getByRole('group', { name: /确定要清除/ });
		await expect(confirm).toContainText(lessonTitle('kubernetes', 'zh'));
		const violations = await axeViolations(page, { include: '.tools-panel' });
		expect(violations.map((violation) => violation.id)).toEqual([]);
		const yes = confirm.getByRole('button', { name: '确定重置' });
		// Destructive: the confirming button is filled with the colour of danger.
		const colours = await yes.evaluate((button) => {
			const probe = document.createElement('span');
			probe.style.color = 'var(--bad)';
			button.append(probe);
			const bad = getComputedStyle(probe).color;
			probe.remove();
			return { background: getComputedStyle(button).backgroundColor, bad };
		});
		expect(colours.background).toBe(colours.bad);
		const backup = page.waitForEvent('download');
		await yes.click();
		await backup;
		await expect(page.locator('.lesson-card[data-lesson="kubernetes"]')).toHaveAttribute(
			'data-state',
			'not-started'
		);
		await expect(page.locator('.lesson-card[data-lesson="containers"]')).toHaveAttribute(
			'data-state',
			'read'
		);
	});
});
