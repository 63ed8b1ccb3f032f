import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import fc from 'fast-check';
import { readImport } from '../../src/lib/progress/transfer';
import {
	currentQuestion,
	passedAttempt,
	quizKey,
	seedProgress,
	started,
	storedRecords,
	windowBeside
} from './helpers';
import { answerByKeyboard } from './keyboard';

type Lang = 'zh' | 'en';
const locales = {
	zh: JSON.parse(readFileSync('src/lib/i18n/locales/zh.json', 'utf8')),
	en: JSON.parse(readFileSync('src/lib/i18n/locales/en.json', 'utf8'))
} as Record<Lang, Record<string, unknown>>;

/** The longest fixed part of a UI string (what surrounds its placeholders), as the page shows it. */
function text(lang: Lang, key: string): string {
	const value = key
		.split('.')
		.reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], locales[lang]);
	if (typeof value !== 'string') throw new Error(`no string ${lang}:${key}`);
	const parts = value.split(/\{\{[^}]*\}\}/).map((part) => part.trim());
	const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
	if (longest.length < 2) throw new Error(`${lang}:${key} has too little fixed text to look for`);
	return longest;
}

const exportOf = (records: Record<string, unknown>) =>
	JSON.stringify({
		format: 'k8s-course-progress',
		version: 1,
		exportedAt: '2026-11-22T10:00:00.000Z',
		records
	});
const file = (name: string, body: string) => ({
	name,
	mimeType: 'application/json',
	buffer: Buffer.from(body)
});

const firstIds = quizKey('containers').questions.map((q) => q.id);
const attempt = (attemptId: string, questionIds: string[], openedAt = '2026-11-20T08:11:00.000Z') =>
	passedAttempt('containers', attemptId, questionIds, openedAt, '2026-11-20T08:15:00.000Z');
/** A learner who opened one lesson: a file that import accepts. */
const good = exportOf({
	'lesson:containers': {
		schema: 4,
		lessonId: 'containers',
		openedAt: '2026-11-20T08:00:00.000Z',
		lastVisitedAt: '2026-11-20T08:00:00.000Z',
		timeSpentMs: 0
	}
});
const duplicateIds = [firstIds[0]!, firstIds[0]!, firstIds[1]!];
const poisoned = exportOf({ 'attempt:containers:d0d0d0d0': attempt('d0d0d0d0', duplicateIds) });
const nested = (depth: number) =>
	exportOf({}).replace('"records":{}', `"records":{},"x":${'['.repeat(depth)}${']'.repeat(depth)}`);

/** Fails the test on any error the page throws: no view may throw on stored data. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

async function plant(page: Page, entries: [string, unknown][]) {
	await page.evaluate(
		(entries) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('k8s-course');
				open.onupgradeneeded = () => open.result.createObjectStore('progress');
				open.onsuccess = () => {
					const tx = open.result.transaction('progress', 'readwrite');
					for (const [key, value] of entries) tx.objectStore('progress').put(value, key);
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		entries
	);
}

for (const lang of ['zh', 'en'] as const) {
	test(`a file listing a question twice is refused, and a planted one is set aside: the quiz works (${lang})`, async ({
		page
	}) => {
		const errors = watchErrors(page);
		await page.goto(`/${lang}/`);
		await started(page);
		await expect(page.locator('.dashboard')).not.toContainText(text(lang, 'progress.loading'));
		const before = await storedRecords(page);
		await page.locator('.tools-panel input[type="file"]').setInputFiles(file('dup.json', poisoned));
		await expect(page.locator('.tools-panel [role="alert"]')).toContainText(
			text(lang, 'tools.problem.bad-record')
		);
		expect(await storedRecords(page)).toBe(before);

		// The same record, and a draft listing a question twice, put straight into IndexedDB.
		await plant(page, [
			['attempt:containers:d0d0d0d0', attempt('d0d0d0d0', duplicateIds)],
			[
				'draft:containers',
				{
					...attempt('d1d1d1d1', duplicateIds),
					revision: 0,
					updatedAt: '2026-11-20T08:12:00.000Z',
					current: firstIds[0],
					checked: [],
					finishedAt: undefined,
					scores: undefined,
					score: undefined,
					passed: undefined
				}
			]
		]);
		await page.goto(`/${lang}/lessons/containers/quiz/`);
		await page.getByRole('button', { name: text(lang, 'quiz.start') }).click();
		await expect.poll(() => currentQuestion(page)).toBe(firstIds[0]);
		await answerByKeyboard(page, quizKey('containers').questions[0]!, true, lang);
		await page.getByRole('button', { name: text(lang, 'quiz.check') }).click();
		await expect(page.locator('.verdict-title')).toBeVisible();
		await page.goto(`/${lang}/`);
		await expect(page.locator('.tools-panel')).toContainText(text(lang, 'tools.setAside_other'));
		const setAside = (stored: string) =>
			(JSON.parse(stored) as [string, unknown][]).filter(([key]) => key.startsWith('set-aside:'));
		const aside = setAside(await storedRecords(page));
		expect(aside).toHaveLength(2);

		// Replacing all progress with a good file keeps what was set aside, as it was.
		await page.locator('.tools-panel input[type="file"]').setInputFiles(file('good.json', good));
		await page.getByRole('button', { name: text(lang, 'tools.replace') }).click();
		await page.getByRole('button', { name: text(lang, 'tools.confirmReplaceButton') }).click();
		await expect(
			page.locator('.tools-panel .message[role="status"]').filter({ hasText: /\S/ })
		).toContainText(text(lang, 'tools.importDone'));
		const replaced = JSON.parse(await storedRecords(page)) as [string, unknown][];
		expect(replaced.map(([key]) => key).filter((key) => !key.startsWith('set-aside:'))).toEqual([
			'lesson:containers'
		]);
		expect(setAside(JSON.stringify(replaced))).toEqual(aside);
		await expect(page.locator('.tools-panel')).toContainText(text(lang, 'tools.setAside_other'));
		expect(errors).toEqual([]);
	});
}

test('a file nested 100,000 deep gets a message on the home (zh) and on the team page (en), and the other files still open', async ({
	page
}) => {
	await page.goto('/zh/');
	await started(page);
	await page
		.locator('.tools-panel input[type="file"]')
		.setInputFiles(file('deep.json', nested(100_000)));
	await expect(page.locator('.tools-panel [role="alert"]')).toContainText(
		text('zh', 'tools.problem.too-deep')
	);

	await page.goto('/en/team/');
	await started(page);
	await page
		.locator('input[type="file"]')
		.setInputFiles([
			file('deep.json', nested(100_000)),
			file('carol.json', good),
			file('dup.json', poisoned)
		]);
	await expect(page.locator('tbody tr')).toHaveCount(1);
	await expect(page.locator('tr[data-learner="carol"]')).toBeVisible();
	const refused = page.locator('.refused li');
	await expect(refused).toHaveCount(2);
	await expect(refused.nth(0)).toContainText('deep.json');
	await expect(refused.nth(0)).toContainText(text('en', 'tools.problem.too-deep'));
	await expect(refused.nth(1)).toContainText(text('en', 'tools.problem.bad-record'));
});

test('a learner name with a right-to-left override is shown as typed, isolated, on the page and in the CSV', async ({
	page
}) => {
	await page.goto('/en/team/');
	await started(page);
	await page.locator('input[type="file"]').setInputFiles([file('mallory\u202Egnp.exe.json', good)]);
	const header = page.locator('tbody th bdi');
	await expect(header).toHaveText('mallorygnp.exe');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: text('en', 'team.downloadCsv') }).click();
	const csv = readFileSync(await (await download).path(), 'utf8');
	expect(csv).toContain('mallorygnp.exe');
	expect(csv).not.toContain('\u202E');
});

test('a batch of 100 files, good and bad, is read file by file and finishes within seconds', async ({
	page
}) => {
	await page.goto('/zh/team/');
	await started(page);
	const files = Array.from({ length: 100 }, (_, index) => {
		const id = index.toString(16).padStart(8, '0');
		if (index % 4 === 3)
			return file(`bad-${index}.json`, index % 8 === 3 ? nested(50_000) : poisoned);
		// Each learner is someone else: their own attempt and opening time.
		const openedAt = new Date(Date.UTC(2026, 10, 1, 0, index)).toISOString();
		return file(
			`learner-${index}.json`,
			exportOf({
				[`attempt:containers:${id}`]: attempt(id, firstIds.slice(0, 3), openedAt),
				'lesson:containers': {
					schema: 4,
					lessonId: 'containers',
					openedAt,
					lastVisitedAt: openedAt,
					timeSpentMs: 1000 * index
				}
			})
		);
	});
	const started_ = Date.now();
	await page.locator('input[type="file"]').setInputFiles(files);
	await expect(page.locator('tbody tr')).toHaveCount(75, { timeout: 20_000 });
	await expect(page.locator('.refused li')).toHaveCount(25);
	expect(Date.now() - started_).toBeLessThan(20_000);
});

for (const replace of [true, false]) {
	test(`${replace ? 'replace' : 'merge'} under a full disk leaves IndexedDB byte for byte the same, and says so`, async ({
		page
	}) => {
		await page.goto('/en/lessons/containers/');
		await expect.poll(() => storedRecords(page)).toContain('lesson:containers');
		await page.goto('/en/');
		await started(page);
		const before = await storedRecords(page);
		await page.evaluate(() => {
			// The disk is full from the second write on.
			const put = IDBObjectStore.prototype.put;
			let puts = 0;
			IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
				if (++puts >= 2)
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				return put.apply(this, args);
			};
		});
		const ids = ['a1a1a1a1', 'a2a2a2a2', 'a3a3a3a3'];
		const body = exportOf(
			Object.fromEntries(
				ids.map((id) => [`attempt:containers:${id}`, attempt(id, firstIds.slice(0, 2))])
			)
		);
		await page.locator('.tools-panel input[type="file"]').setInputFiles(file('mine.json', body));
		if (replace) {
			await page.getByRole('button', { name: text('en', 'tools.replace') }).click();
			await page.getByRole('button', { name: text('en', 'tools.confirmReplaceButton') }).click();
		} else {
			await page.getByRole('button', { name: text('en', 'tools.merge') }).click();
		}
		await expect(page.locator('.tools-panel [role="alert"]')).toContainText(
			text('en', 'tools.importFailed')
		);
		expect(await storedRecords(page)).toBe(before);
	});
}

test('an IndexedDB that never answers gets the in-memory notice within seconds, and the course works', async ({
	page
}) => {
	await page.addInitScript(() => {
		// A wedged profile: opening the database never succeeds nor fails.
		IDBFactory.prototype.open = function () {
			return {} as IDBOpenDBRequest;
		};
	});
	await page.goto('/zh/');
	await expect(page.getByText(text('zh', 'progress.memoryOnly'))).toBeVisible({ timeout: 6000 });
	await expect(page.locator('.dashboard')).not.toContainText(text('zh', 'progress.loading'));
	await page.goto('/zh/lessons/containers/quiz/');
	await page.getByRole('button', { name: text('zh', 'quiz.start') }).click();
	await expect.poll(() => currentQuestion(page)).toBe(firstIds[0]);
});

/** The answer stored for a question of a lesson's quiz in progress, and whether it is checked. */
async function storedDraft(page: Page, lessonId: string) {
	const records = JSON.parse(await storedRecords(page)) as [string, Record<string, unknown>][];
	return records.find(([key]) => key === `draft:${lessonId}`)?.[1] as
		{ answers: Record<string, unknown>; checked: string[] } | undefined;
}

type KeyQuestion = ReturnType<typeof quizKey>['questions'][number];

/** Answers a question that is not raced in tab A alone, checks it and moves on. */
async function answerAlone(a: Page, question: KeyQuestion) {
	await answerByKeyboard(a, question, true, 'en');
	await a.getByRole('button', { name: text('en', 'quiz.check') }).click();
	await a.getByRole('button', { name: /Next question|See my result/ }).click();
}

/** The options of a single-choice or true-false question, as the page's radio values. */
const radioValues = (question: KeyQuestion) =>
	question.type === 'true-false' ? ['true', 'false'] : question.options.map((option) => option.id);
const rightValue = (question: KeyQuestion) =>
	question.type === 'true-false' ? String(Boolean(question.answer)) : String(question.answer);

/**
 * Two tabs on one lesson's quiz. Tab A answers every question; on up to `races` single-choice
 * questions, tab B picks a wrong option while A checks the right one, by `race`. Returns what
 * A showed as checked, per raced question.
 */
async function raceOnQuiz(
	context: BrowserContext,
	lessonId: string,
	races: number,
	race: (a: Page, b: Page, wrong: string) => Promise<void>
) {
	// A whole quiz in two tabs, much of it by keyboard.
	test.setTimeout(180_000);
	const a = await context.newPage();
	const b = await windowBeside(context);
	await a.goto(`/en/lessons/${lessonId}/quiz/`);
	await a.getByRole('button', { name: text('en', 'quiz.start') }).click();
	await b.goto(`/en/lessons/${lessonId}/quiz/`);
	let raced = 0;
	for (const question of quizKey(lessonId).questions) {
		await expect.poll(() => currentQuestion(a)).toBe(question.id);
		if (question.type !== 'single' || raced >= races) {
			await answerAlone(a, question);
			continue;
		}
		raced++;
		await expect.poll(() => currentQuestion(b)).toBe(question.id);
		const wrong = question.options.find((option) => option.id !== question.answer)!.id;
		await a.locator(`.quiz-question input[value="${question.answer}"]`).check();
		await race(a, b, wrong);
		await expect(a.locator('.verdict-title')).toBeVisible();
		// A's view may have followed B's answer before the click: what counts is what A checked.
		const checkedByA = await a.locator('.quiz-question li.chosen').getAttribute('data-option');
		// The other tab follows (after its reload, if it reloaded): the checked answer, not its own.
		await expect(b.locator('.quiz-question .verdict-title')).toBeVisible();
		await expect(b.locator('.quiz-question li.chosen')).toHaveAttribute('data-option', checkedByA!);
		const stored = await storedDraft(a, lessonId);
		expect(stored?.answers[question.id]).toBe(checkedByA);
		expect(stored?.checked).toContain(question.id);
		// The questions after the last race would only be answered alone.
		if (raced === races) break;
		await a.getByRole('button', { name: /Next question|See my result/ }).click();
	}
	expect(raced).toBeGreaterThanOrEqual(2);
}

/**
 * Tab B picks `wrong`, unless tab A's check got there first: then B's question shows the check
 * and takes no answer any more, which is the other way the race may go.
 */
async function changeOfMind(b: Page, wrong: string) {
	try {
		await b.locator(`.quiz-question input[value="${wrong}"]`).check({ timeout: 1_500 });
	} catch {
		await expect(b.locator('.quiz-question .verdict-title')).toBeVisible();
	}
}

test('two tabs: a check stores what its tab showed, even as the other tab changes the answer, and both then show it', async ({
	context
}) => {
	await raceOnQuiz(context, 'cncf', 4, async (a, b, wrong) => {
		// B picks another option at the very moment A checks.
		await Promise.all([
			a.getByRole('button', { name: text('en', 'quiz.check') }).click(),
			changeOfMind(b, wrong)
		]);
	});
});

test('two tabs: a stale tab that answers and reloads at once cannot undo the other tab’s check', async ({
	context
}) => {
	await raceOnQuiz(context, 'vms-and-containers', 3, async (a, b, wrong) => {
		await Promise.all([
			a.getByRole('button', { name: text('en', 'quiz.check') }).click(),
			(async () => {
				await changeOfMind(b, wrong);
				await b.reload();
			})()
		]);
	});
});

// 20 answers, over the first six or so questions of one quiz, each question with a reload of
// the passive tab racing the other tab's answers and its check. A passive tab that wrote on load would
// be caught at its first reload; the narrower race (a reload landing while the other tab's write
// is journaled but not committed) is proven deterministically by the unit tests in
// tests/progress-consistency.test.ts ("two tabs on one quiz"). 60 answers took three minutes.
const passiveAnswers = 20;

test(`two tabs: a passive tab reloading in a loop writes nothing while the other answers ${passiveAnswers} times`, async ({
	context
}) => {
	const a = await context.newPage();
	const b = await windowBeside(context);
	// Counts every write the passive tab asks IndexedDB for, across its reloads.
	await b.addInitScript(() => {
		const count = () =>
			sessionStorage.setItem('writes', String(Number(sessionStorage.getItem('writes') ?? 0) + 1));
		for (const method of ['put', 'add', 'delete', 'clear'] as const) {
			const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
			(IDBObjectStore.prototype as unknown as Record<string, unknown>)[method] = function (
				this: IDBObjectStore,
				...args: unknown[]
			) {
				count();
				return original.apply(this, args);
			};
		}
	});
	let answers = 0;
	const checkedAnswers = new Map<string, unknown>();
	for (const lessonId of [
		'cncf',
		'cloud-native',
		'vms-and-containers',
		'kubernetes',
		'containers'
	]) {
		if (answers >= passiveAnswers) break;
		await a.goto(`/en/lessons/${lessonId}/quiz/`);
		await a.getByRole('button', { name: text('en', 'quiz.start') }).click();
		await b.goto(`/en/lessons/${lessonId}/quiz/`);
		for (const question of quizKey(lessonId).questions) {
			if (answers >= passiveAnswers) break;
			await expect.poll(() => currentQuestion(a)).toBe(question.id);
			const reloading = b.reload();
			if (question.type === 'single' || question.type === 'true-false') {
				// Changes of mind, then the answer to keep.
				const values = radioValues(question);
				for (const value of [
					...values.filter((v) => v !== rightValue(question)),
					rightValue(question)
				]) {
					await a.locator(`.quiz-question input[value="${value}"]`).check();
					answers++;
				}
			} else {
				await answerByKeyboard(a, question, true, 'en');
				answers++;
			}
			await reloading;
			await a.getByRole('button', { name: text('en', 'quiz.check') }).click();
			await expect(a.locator('.verdict-title')).toBeVisible();
			const stored = await storedDraft(a, lessonId);
			expect(stored?.checked).toContain(question.id);
			checkedAnswers.set(`${lessonId}:${question.id}`, stored?.answers[question.id]);
			await a.getByRole('button', { name: /Next question|See my result/ }).click();
		}
	}
	expect(answers).toBeGreaterThanOrEqual(passiveAnswers);
	expect(await b.evaluate(() => sessionStorage.getItem('writes') ?? '0')).toBe('0');
	// What was checked is still what is stored, once the passive tab is done reloading.
	const records = JSON.parse(await storedRecords(a)) as [string, Record<string, unknown>][];
	for (const [id, answer] of checkedAnswers) {
		const [lessonId, questionId] = id.split(':') as [string, string];
		const holder = records.find(
			([key, value]) =>
				(key === `draft:${lessonId}` || key.startsWith(`attempt:${lessonId}:`)) &&
				(value.answers as Record<string, unknown>)[questionId] !== undefined
		);
		expect((holder?.[1].answers as Record<string, unknown> | undefined)?.[questionId], id).toEqual(
			answer
		);
	}
});

/** Valid but odd progress: whatever import accepts must be shown by every view. */
function oddExports(count: number): string[] {
	const lessons = ['containers', 'kubernetes', 'no-such-lesson'];
	const time = fc
		.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2026, 10, 1) })
		.map((ms) => new Date(ms).toISOString());
	const scalar = fc.oneof(
		fc.string({ maxLength: 200 }),
		fc.constantFrom(
			'<img src=x onerror=alert(1)>',
			'kubectl get pods -l app=<name>',
			'x'.repeat(200),
			'‮reversed'
		),
		fc.boolean(),
		fc.double({ noNaN: true, noDefaultInfinity: true })
	);
	const answer = fc.oneof(
		scalar,
		fc.array(scalar, { maxLength: 8 }),
		fc.dictionary(fc.constantFrom('a', 'b', 'item-1', 'pod'), scalar, { maxKeys: 4 })
	);
	const questionIdsOf = (lessonId: string) =>
		fc.uniqueArray(
			fc.constantFrom(
				...(lessonId === 'no-such-lesson' ? [] : quizKey(lessonId).questions.map((q) => q.id)),
				'gone-question',
				'never-asked'
			),
			{ minLength: 1, maxLength: 12 }
		);
	const record = fc.constantFrom(...lessons).chain((lessonId) =>
		fc
			.record({
				ids: questionIdsOf(lessonId),
				answers: fc.array(answer, { minLength: 12, maxLength: 12 }),
				shares: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
					minLength: 12,
					maxLength: 12
				}),
				picks: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
				times: fc.array(time, { minLength: 3, maxLength: 3 }),
				timeSpentMs: fc.integer({ min: 0, max: 1e11 }),
				revision: fc.nat(),
				passed: fc.boolean()
			})
			.map(({ ids, answers, shares, picks, times, timeSpentMs, revision, passed }) => {
				const [t1, t2, t3] = [...times].sort() as [string, string, string];
				const answered = ids.filter((_, i) => picks[i]);
				const scores = Object.fromEntries(ids.map((id, i) => [id, shares[i]!]));
				const score = ids.reduce((sum, id) => sum + scores[id]!, 0) / ids.length;
				const id = Math.abs(Math.round(score * 1e9)).toString(16) + ids.length;
				return {
					[`lesson:${lessonId}`]: {
						schema: 4,
						lessonId,
						openedAt: t1,
						lastVisitedAt: t3,
						finishedAt: t2,
						timeSpentMs,
						section: '容器-镜像'
					},
					[`attempt:${lessonId}:${id}`]: {
						schema: 4,
						lessonId,
						attemptId: id,
						startedAt: t1,
						finishedAt: t2,
						questionIds: ids,
						answers: Object.fromEntries(answered.map((q) => [q, answers[ids.indexOf(q)]])),
						scores,
						score,
						passed,
						seed: 7,
						carried: answered.slice(0, 1)
					},
					[`draft:${lessonId}`]: {
						schema: 4,
						lessonId,
						attemptId: `${id}0`,
						revision,
						startedAt: t1,
						updatedAt: t3,
						seed: 9,
						questionIds: ids,
						current: ids.at(-1),
						answers: Object.fromEntries(answered.map((q) => [q, answers[ids.indexOf(q)]])),
						checked: answered,
						carried: answered.slice(0, 1)
					}
				};
			})
	);
	return fc.sample(record, { seed: 20261201, numRuns: count }).map((records) => exportOf(records));
}

test('whatever import accepts, the home, the quiz, its review and the team page show', async ({
	page
}) => {
	test.setTimeout(240_000);
	const errors = watchErrors(page);
	const files = oddExports(8);
	for (const [index, body] of files.entries()) {
		// Accepted by the same checks the page runs, before the page is asked.
		expect(readImport(body, Date.now()).ok, body.slice(0, 300)).toBe(true);
		const lang: Lang = index % 2 === 0 ? 'zh' : 'en';
		await page.goto(`/${lang}/`);
		await started(page);
		await page
			.locator('.tools-panel input[type="file"]')
			.setInputFiles(file(`odd-${index}.json`, body));
		await page.getByRole('button', { name: text(lang, 'tools.replace') }).click();
		await page.getByRole('button', { name: text(lang, 'tools.confirmReplaceButton') }).click();
		await expect(page.locator('.tools-panel [role="status"]')).toContainText(
			text(lang, 'tools.importDone')
		);
		await page.reload();
		await expect(page.locator('.lesson-card').first()).toBeVisible();
		for (const lessonId of ['containers', 'kubernetes']) {
			await page.goto(`/${lang}/lessons/${lessonId}/quiz/`);
			await expect(page.locator('[data-phase="loading"]')).toHaveCount(0);
			await expect(page.locator('.quiz-question, .quiz-intro, .quiz-result')).toBeVisible();
		}
		await page.goto(`/${lang}/team/`);
		await started(page);
		await page.locator('input[type="file"]').setInputFiles(file(`odd-${index}.json`, body));
		await expect(page.locator('tbody tr')).toHaveCount(1);
	}
	expect(errors).toEqual([]);
});

test('a question removed from the lesson, and one added, while its quiz was in progress', async ({
	page
}) => {
	test.setTimeout(120_000);
	const errors = watchErrors(page);
	const key = quizKey('containers');
	const ids = key.questions.map((q) => q.id);
	const added = ids.at(-1)!;
	// Answers with a plain stored form, checked already; the others are answered on the page.
	const planted = key.questions.filter(
		(q) => (q.type === 'single' || q.type === 'multiple') && q.id !== added
	);
	expect(planted.length).toBeGreaterThanOrEqual(ids.length / 2);
	// The draft was begun before the last question was added and while one since removed was
	// in the quiz; the learner was at that question, answered and checked.
	const asked = [...ids.slice(0, 4), 'removed-since', ...ids.slice(4, -1)];
	await page.goto('/en/lessons/containers/quiz/');
	await seedProgress(page, {
		'draft:containers': {
			schema: 4,
			lessonId: 'containers',
			attemptId: 'e1e1e1e1',
			revision: 5,
			startedAt: '2026-11-20T08:00:00.000Z',
			updatedAt: '2026-11-20T08:05:00.000Z',
			seed: 3,
			questionIds: asked,
			current: 'removed-since',
			answers: {
				'removed-since': 'a',
				...Object.fromEntries(planted.map((q) => [q.id, q.answer]))
			},
			checked: ['removed-since', ...planted.map((q) => q.id)],
			carried: []
		}
	});

	// The quiz goes on over the lesson's questions as they are now: the removed one is gone,
	// the added one comes last.
	await expect(page.locator('#question-progress')).toHaveText(`Question 1 of ${ids.length}`);
	for (const question of key.questions) {
		await expect.poll(() => currentQuestion(page)).toBe(question.id);
		if (planted.includes(question)) {
			await expect(page.locator('.verdict-title')).toBeVisible();
			await page.getByRole('button', { name: /^(Next question|See my result)$/ }).click();
		} else {
			await answerByKeyboard(page, question, true, 'en');
			await page.getByRole('button', { name: text('en', 'quiz.check') }).click();
			await page.getByRole('button', { name: /^(Next question|See my result)$/ }).click();
		}
	}
	await expect(page.locator('.quiz-result .correct-count')).toHaveText(
		`${ids.length} of ${ids.length} correct`
	);
	await expect(page.locator('.quiz-result .score')).toHaveText('Score: 100%');
	const records = JSON.parse(await storedRecords(page)) as [string, Record<string, unknown>][];
	const [, attempt] = records.find(([key]) => key === 'attempt:containers:e1e1e1e1')!;
	expect(attempt.questionIds).toEqual(ids);
	expect(Object.keys(attempt.answers as object).sort()).toEqual([...ids].sort());
	expect(Object.keys(attempt.scores as object).sort()).toEqual([...ids].sort());
	expect(records.some(([key]) => key === 'draft:containers')).toBe(false);
	expect(errors).toEqual([]);
});

test.describe('without the network, nor a service worker to answer', () => {
	// page.route sees only what no service worker answers.
	test.use({ serviceWorkers: 'block' });

	test('questions or a translation that cannot be loaded: a notice in the learner’s language, progress kept', async ({
		page
	}) => {
		await page.goto('/zh/lessons/containers/quiz/');
		await started(page);
		const ids = quizKey('containers').questions.map((question) => question.id);
		await seedProgress(page, {
			'attempt:containers:a1b2c3d4': passedAttempt('containers', 'a1b2c3d4', ids)
		});
		await page.route('**/quiz-data/**', (route) => route.abort());
		for (const path of ['/zh/lessons/containers/quiz/', '/zh/review/', '/zh/exam/rnd/']) {
			await page.goto(path);
			await expect(page.getByRole('alert')).toContainText(text('zh', 'quiz.cannotLoad'));
		}
		await page.unroute('**/quiz-data/**');
		await page.route('**/en/lessons/containers/', (route) => route.abort());
		await page.goto('/zh/lessons/containers/?view=both');
		await expect(
			page.getByRole('status').filter({ hasText: text('zh', 'lesson.sideBySideFailed') })
		).toBeVisible();
		await expect(page.locator('.prose h2').first()).toBeVisible();
		await expect(page.locator('.pair')).toHaveCount(0);
		expect(await storedRecords(page)).toContain('attempt:containers:a1b2c3d4');
	});
});

test.describe('with a service worker', () => {
	test.use({ serviceWorkers: 'allow' });

	test('a lesson whose UI strings cannot be loaded still reads and installs the offline copy', async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.route('**/_app/immutable/assets/*.json', (route) => route.abort());
		await page.goto('/en/lessons/containers/');
		await started(page);
		await expect(page.locator('.prose h2').first()).toBeVisible();
		// The worker registers: the strings are for the header's words, not for the offline copy.
		await expect
			.poll(() =>
				page.evaluate(async () => Boolean(await navigator.serviceWorker.getRegistration()))
			)
			.toBe(true);
		// What the build wrote stays: the status line and the theme are there, and nothing threw.
		await expect(page.locator('.status-line .offline-status')).toHaveCount(1);
		await expect(page.getByRole('radio', { name: 'Dark' })).toBeEnabled();
		expect(errors).toEqual([]);
	});
});
