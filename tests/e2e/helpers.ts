import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { answerByKeyboard } from './keyboard';

export interface QuizKey {
	passMark: number;
	questions: { id: string; type: string; answer: string | string[]; options: { id: string }[] }[];
}

/** The answer key of a lesson's quiz, read from the real content the site was built from. */
export function quizKey(lessonId: string): QuizKey {
	const folder = readdirSync('lessons').find((name) => name.replace(/^\d+-/, '') === lessonId);
	if (!folder) throw new Error(`no lesson ${lessonId}`);
	const raw = parse(readFileSync(join('lessons', folder, 'quiz.yaml'), 'utf8'));
	return { passMark: raw.pass_mark ?? 0.8, questions: raw.questions };
}

/** A lesson's title in one language, from the front matter of its Markdown file. */
export function lessonTitle(lessonId: string, lang: 'zh' | 'en'): string {
	const folder = readdirSync('lessons').find((name) => name.replace(/^\d+-/, '') === lessonId);
	if (!folder) throw new Error(`no lesson ${lessonId}`);
	const text = readFileSync(join('lessons', folder, `${lang}.md`), 'utf8');
	const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
	return (parse(front ?? '') as { title: string }).title;
}

export function lessonIds(): string[] {
	return readdirSync('lessons')
		.filter((name) => /^\d+-/.test(name))
		.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
		.map((name) => name.replace(/^\d+-/, ''));
}

/** Answers the question on screen, rightly unless `right` is false, whatever its type. */
export async function choose(page: Page, question: QuizKey['questions'][number], right = true) {
	const lang = (await page.locator('html').getAttribute('lang'))?.startsWith('zh') ? 'zh' : 'en';
	await answerByKeyboard(page, question, right, lang);
}

export async function currentQuestion(page: Page): Promise<string> {
	const section = page.locator('.quiz-question');
	await expect(section).toBeVisible();
	return (await section.getAttribute('data-question'))!;
}

/** Waits until the question on screen is `id` (moving on saves first, then shows the next one). */
export async function expectQuestion(page: Page, id: string) {
	await expect(page.locator('.quiz-question')).toHaveAttribute('data-question', id);
}

/** Answers the question on screen, checks it and moves on. */
export async function answerAndGoOn(
	page: Page,
	question: QuizKey['questions'][number],
	right = true
) {
	const id = await currentQuestion(page);
	await choose(page, question, right);
	await page.getByRole('button', { name: /^(Check|检查答案)$/ }).click();
	await page
		.getByRole('button', { name: /^(Next question|下一题|See my result|查看结果)$/ })
		.click();
	// Moving on saves first, then shows the next question or the result: wait until it has.
	await expect(page.locator(`.quiz-question[data-question="${id}"]`)).toHaveCount(0);
}

/** Every record in the course's IndexedDB store, as stored, in key order. */
export async function storedRecords(page: Page): Promise<string> {
	return page.evaluate(async () => {
		// Opening a database that does not exist would create it empty, under the app's feet.
		const databases = await indexedDB.databases();
		if (!databases.some((db) => db.name === 'k8s-course')) return '[]';
		return new Promise<string>((resolve, reject) => {
			const open = indexedDB.open('k8s-course');
			open.onerror = () => reject(open.error);
			open.onsuccess = () => {
				const db = open.result;
				if (!db.objectStoreNames.contains('progress')) {
					db.close();
					resolve('[]');
					return;
				}
				const store = db.transaction('progress').objectStore('progress');
				const keys = store.getAllKeys();
				const values = store.getAll();
				values.onsuccess = () => {
					resolve(JSON.stringify(keys.result.map((key, i) => [key, values.result[i]])));
					db.close();
				};
			};
		});
	});
}

// A learner's export as "Export progress" writes it, around records of the fixture's shape.
const fixtureRecords = JSON.parse(
	readFileSync('tests/fixtures/progress-v1.json', 'utf8')
) as Record<string, Record<string, unknown>>;
const exportOf = (recordsInFile: Record<string, unknown>) =>
	Buffer.from(
		JSON.stringify({
			format: 'k8s-course-progress',
			version: 1,
			exportedAt: '2026-11-22T10:00:00.000Z',
			records: recordsInFile
		})
	);

const alice = exportOf(fixtureRecords);
// Bob is another learner: his own attempt id and opening time, and he passed.
const aliceAttempt = fixtureRecords['attempt:containers:3f2a9c0d1e4b5a6978c0d1e2']!;
const bobAttemptId = 'b0b0b0b0b0b0b0b0b0b0b0b0';
const bob = exportOf({
	'lesson:containers': {
		...fixtureRecords['lesson:containers'],
		openedAt: '2026-11-19T07:00:00.000Z'
	},
	[`attempt:containers:${bobAttemptId}`]: {
		...aliceAttempt,
		attemptId: bobAttemptId,
		scores: Object.fromEntries(
			Object.keys(aliceAttempt.scores as Record<string, number>).map((id) => [id, 1])
		),
		score: 1,
		passed: true
	}
});
// A week later Alice exports again, under the same default name as Bob's file would have: her
// attempt is still there, and she has now read the second lesson too.
const aliceLater = exportOf({
	...fixtureRecords,
	'lesson:kubernetes': {
		schema: 1,
		lessonId: 'kubernetes',
		openedAt: '2026-11-27T08:00:00.000Z',
		finishedAt: '2026-11-27T08:20:00.000Z'
	}
});

/**
 * What a team lead opens: two learners' exports and a file that is not one. Alice read the
 * first lesson, scored 75% on its quiz and is in the middle of the second; Bob passed the first.
 */
/** A finished attempt with every question right, as the store writes it. */
export function passedAttempt(
	lessonId: string,
	attemptId: string,
	questionIds: string[],
	startedAt = '2026-11-20T08:00:00.000Z',
	finishedAt = '2026-11-20T08:10:00.000Z'
) {
	return {
		schema: 4,
		lessonId,
		attemptId,
		startedAt,
		finishedAt,
		questionIds,
		answers: {},
		scores: Object.fromEntries(questionIds.map((id) => [id, 1])),
		score: 1,
		passed: true,
		seed: 1,
		carried: []
	};
}

/**
 * A file the course exported, in which every quiz of `lessons` is passed with every question
 * right, as an earlier visit would have left it.
 */
export function passedQuizzesFile(lessons: readonly string[], name = 'progress.json') {
	const records: Record<string, unknown> = {};
	lessons.forEach((lessonId, index) => {
		const attemptId = `${index}`.padStart(24, 'c');
		const questionIds = quizKey(lessonId).questions.map((question) => question.id);
		records[`attempt:${lessonId}:${attemptId}`] = passedAttempt(lessonId, attemptId, questionIds);
	});
	const file = {
		format: 'k8s-course-progress',
		version: 1,
		exportedAt: '2026-11-21T00:00:00.000Z',
		records
	};
	return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) };
}

export function teamFiles() {
	return [
		{ name: 'alice.json', mimeType: 'application/json', buffer: alice },
		{ name: 'bob.json', mimeType: 'application/json', buffer: bob },
		{ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('meeting notes') }
	];
}

/** Alice's later export, named as every export is named by default. */
export function aliceLaterFile() {
	return { name: 'k8s-course-progress.json', mimeType: 'application/json', buffer: aliceLater };
}

/**
 * A second page of the context, in a window of its own, blank. The system Chromium's headless mode
 * paints only the front tab of a window: a page opened as a second tab puts the first behind it,
 * where it gets a frame a second or so, and every action that waits for a stable element takes
 * ~2 s there. Two windows both paint, as a learner's two windows side by side do.
 */
export async function windowBeside(context: BrowserContext): Promise<Page> {
	const opener = context.pages()[0] ?? (await context.newPage());
	const [page] = await Promise.all([
		context.waitForEvent('page'),
		opener.evaluate(() => void window.open('about:blank', '_blank', 'popup,noopener'))
	]);
	return page;
}

/** Waits until the page's script has started (the root layout set `data-started`). */
export async function started(page: Page) {
	await page.locator('html[data-started]').waitFor({ state: 'attached' });
}

/**
 * Writes progress records straight into the course's IndexedDB, as a learner's earlier visits
 * would have left them, then reloads so that the page reads them. The page must be open already
 * (its first load creates the database).
 */
export async function seedProgress(page: Page, records: Record<string, unknown>) {
	await started(page);
	await page.evaluate(async (entries) => {
		await new Promise<void>((resolve, reject) => {
			const open = indexedDB.open('k8s-course');
			open.onerror = () => reject(open.error);
			open.onsuccess = () => {
				const transaction = open.result.transaction('progress', 'readwrite');
				for (const [key, value] of Object.entries(entries)) {
					transaction.objectStore('progress').put(value, key);
				}
				transaction.oncomplete = () => {
					open.result.close();
					resolve();
				};
				transaction.onerror = () => reject(transaction.error);
			};
		});
	}, records);
	await page.reload();
	await started(page);
}

/**
 * Watches a page for breaches of its Content-Security-Policy (recorded from before its first
 * script, on every document it loads) and for requests to any origin but the course's.
 * `check(what)` asserts the document on screen has neither, and exactly one policy.
 */
export async function watchPolicy(page: Page, origin: string) {
	await page.addInitScript(() => {
		const seen: string[] = ((window as unknown as { violations: string[] }).violations = []);
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.violatedDirective}: ${event.blockedURI || event.sample || '(inline)'}`)
		);
	});
	const elsewhere: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) {
			elsewhere.push(request.url());
		}
	});
	return async (what: string) => {
		expect(await page.locator('meta[http-equiv="content-security-policy"]').count(), what).toBe(1);
		const violations = await page.evaluate(
			() => (window as unknown as { violations: string[] }).violations
		);
		expect(violations, what).toEqual([]);
		expect(elsewhere, what).toEqual([]);
	};
}
