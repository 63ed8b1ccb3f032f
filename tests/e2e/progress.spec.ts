import { expect, test, type Page } from '@playwright/test';
import { currentQuestion, quizKey, started, storedRecords, windowBeside } from './helpers';
import { answerByKeyboard } from './keyboard';

async function checkAndGoOn(page: Page) {
	await page.getByRole('button', { name: 'Check' }).click();
	await page.getByRole('button', { name: /Next question|See my result/ }).click();
}

test('two tabs answering in turn keep every answer, and each sees the other', async ({
	context
}) => {
	const key = quizKey('cncf');
	const left = await context.newPage();
	const right = await windowBeside(context);
	await right.goto('/en/');
	await left.goto('/en/lessons/cncf/quiz/');
	await left.getByRole('button', { name: 'Start the quiz' }).click();

	// The other tab's dashboard follows without a reload.
	await expect(right.locator('.lesson-card[data-lesson="cncf"] .badge')).toHaveText(
		'Quiz in progress'
	);
	await right.goto('/en/lessons/cncf/quiz/');

	for (const [index, question] of key.questions.slice(0, 4).entries()) {
		const page = index % 2 === 0 ? left : right;
		await expect.poll(() => currentQuestion(page)).toBe(question.id);
		await answerByKeyboard(page, question, true, 'en');
		await checkAndGoOn(page);
	}
	const stored = JSON.parse(await storedRecords(left)) as [
		string,
		{ answers: Record<string, unknown> }
	][];
	const draft = stored.find(([k]) => k === 'draft:cncf')![1];
	expect(Object.keys(draft.answers).sort()).toEqual(
		key.questions
			.slice(0, 4)
			.map((q) => q.id)
			.sort()
	);
});

test('reloading 20 times in the middle of a quiz loses nothing', async ({ page }) => {
	test.setTimeout(120_000);
	const key = quizKey('cloud-native');
	const [first, second] = key.questions;
	await page.goto('/zh/lessons/cloud-native/quiz/');
	await page.getByRole('button', { name: '开始测验' }).click();
	await answerByKeyboard(page, first!, true, 'zh');
	await page.getByRole('button', { name: '检查答案' }).click();
	await page.getByRole('button', { name: '下一题' }).click();
	await answerByKeyboard(page, second!, true, 'zh');
	const before = await storedRecords(page);

	for (let i = 0; i < 20; i++) {
		await page.reload();
		await expect.poll(() => currentQuestion(page)).toBe(second!.id);
	}
	expect(await storedRecords(page)).toBe(before);
	await page.getByRole('button', { name: '检查答案' }).click();
	await expect(page.locator('.verdict-title')).toContainText('回答正确');
});

test('an answer whose save the reload cut short comes back', async ({ page }) => {
	const key = quizKey('cncf');
	const [first] = key.questions;
	await page.goto('/en/lessons/cncf/quiz/');
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expect.poll(() => currentQuestion(page)).toBe(first!.id);

	// From here on this page's writes of the quiz in progress never reach IndexedDB, as when the
	// tab goes away while they are in flight. The next page load writes normally.
	await page.evaluate(() => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (value: unknown, key?: IDBValidKey) {
			if (!String(key).startsWith('draft:')) return put.call(this, value, key);
			const request = this.get('never-written');
			this.transaction.abort();
			return request;
		};
	});
	const answer = JSON.stringify([first!.answer].flat()[0]);
	await answerByKeyboard(page, first!, true, 'en');
	// Journaled the moment it was given, and not in IndexedDB.
	await expect
		.poll(() => page.evaluate(() => localStorage.getItem('k8s-course.saving.cncf')))
		.toContain(answer);
	expect(await storedRecords(page)).toContain('"draft:cncf"');
	expect(await storedRecords(page)).not.toContain(answer);

	await page.reload();
	await expect.poll(() => currentQuestion(page)).toBe(first!.id);
	for (const id of [first!.answer].flat()) {
		await expect(page.locator(`.quiz-question input[value="${id}"]`)).toBeChecked();
	}
	await expect.poll(() => storedRecords(page)).toContain(answer);
});

test('importing a bad file leaves progress byte for byte the same', async ({ page }) => {
	await page.goto('/en/lessons/containers/');
	await expect.poll(() => storedRecords(page)).toContain('lesson:containers');
	await page.goto('/en/lessons/kubernetes/quiz/');
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await answerByKeyboard(page, quizKey('kubernetes').questions[0]!, true, 'en');
	await page.goto('/en/');
	await expect(page.locator('.lesson-card[data-lesson="containers"] .badge')).toHaveText(
		/Reading|Read/
	);
	const before = await storedRecords(page);

	const bad = [
		{ name: 'notes.json', body: 'this is not JSON' },
		{
			name: 'evil.json',
			body: JSON.stringify({
				format: 'k8s-course-progress',
				version: 1,
				exportedAt: '2026-11-28T00:00:00Z',
				records: {
					'lesson:containers': {
						schema: 2,
						lessonId: 'containers',
						openedAt: '<script>alert(1)</script>'
					}
				}
			})
		}
	];
	for (const file of bad) {
		await page.locator('input[type="file"]').setInputFiles({
			name: file.name,
			mimeType: 'application/json',
			buffer: Buffer.from(file.body)
		});
		await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
		expect(await storedRecords(page)).toBe(before);
	}
});

test('export then import into a fresh browser brings everything back', async ({
	page,
	browser
}) => {
	await page.goto('/en/lessons/containers/');
	await expect.poll(() => storedRecords(page)).toContain('lesson:containers');
	await page.goto('/en/');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress' }).click();
	const file = await (await downloading).path();
	const exported = await storedRecords(page);

	const fresh = await browser.newPage();
	await fresh.goto('/en/');
	await started(fresh);
	await fresh.locator('input[type="file"]').setInputFiles(file);
	await fresh.getByRole('button', { name: 'Merge with my progress' }).click();
	await expect(fresh.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
	expect(await storedRecords(fresh)).toBe(exported);
	await fresh.close();
});

test.describe('with IndexedDB blocked', () => {
	test.beforeEach(async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'indexedDB', {
				get() {
					throw new DOMException('blocked', 'SecurityError');
				}
			});
		});
	});

	test('a learner can still take a quiz, and is told it will not be saved', async ({ page }) => {
		// Every question of lesson 01 answered by keyboard: 28 s of the default 30 on a shared machine.
		test.setTimeout(90_000);
		const key = quizKey('containers');
		await page.goto('/en/lessons/containers/quiz/');
		await expect(page.getByRole('status').filter({ hasText: 'will be lost' })).toBeVisible();
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		for (const question of key.questions) {
			await answerByKeyboard(page, question, true, 'en');
			await checkAndGoOn(page);
		}
		await expect(page.locator('.quiz-result .score')).toHaveText('Score: 100%');
	});
});
