import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { audit } from './axe';
import {
	answerAndGoOn,
	choose,
	passedQuizzesFile,
	quizKey,
	seedProgress,
	started,
	storedRecords
} from './helpers';

// What the service worker does is part of what these tests prove (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

type Lang = 'zh' | 'en';

const tracks = parse(readFileSync('lessons/tracks.yaml', 'utf8')) as {
	id: string;
	title: Record<Lang, string>;
	lessons: string[];
}[];

const words = {
	zh: {
		merge: '与现有进度合并',
		startQuiz: '开始测验',
		takeExam: '参加结业考试',
		startExam: '开始考试',
		lastResult: '考试结果',
		retake: '重新考试（换一组题目）',
		next: '下一题',
		handIn: '交卷',
		passed: '已通过',
		certificate: '查看证书',
		save: '保存姓名',
		check: '检查答案',
		nextCard: /^(下一题|查看结果)$/,
		export: '导出学习进度',
		checkCode: '核对',
		matches: '与此文件一致',
		name: '李雷',
		done: /今天的复习已完成/
	},
	en: {
		merge: 'Merge with my progress',
		startQuiz: 'Start the quiz',
		takeExam: 'Take the final exam',
		startExam: 'Start the exam',
		lastResult: 'Your result',
		retake: 'Take it again (other questions)',
		next: 'Next question',
		handIn: 'Hand in',
		passed: 'Passed',
		certificate: 'Open your certificate',
		save: 'Save the name',
		check: 'Check',
		nextCard: /^(Next question|See my result)$/,
		export: 'Export progress',
		checkCode: 'Check',
		matches: 'Matches this file',
		name: 'Ada Lovelace',
		done: /Done for today/
	}
} as const;

/** How many pages a PDF has: its page objects, not its page tree (`/Pages`). */
const pdfPages = (pdf: Buffer) =>
	(pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

/** The exam question on screen: its `lessonId:questionId` and its answer key. */
async function examQuestion(page: Page) {
	const section = page.locator('.quiz-question');
	const lessonId = (await section.getAttribute('data-lesson'))!;
	const questionId = (await section.getAttribute('data-question'))!;
	const key = quizKey(lessonId).questions.find((question) => question.id === questionId)!;
	return { id: `${lessonId}:${questionId}`, key };
}

/**
 * The answer the question on screen shows, in terms no language changes: options and lines
 * chosen, choices made, text typed, items in their order.
 */
const answerOnScreen = (page: Page) =>
	page.locator('.quiz-question').evaluate((section) =>
		[...section.querySelectorAll<HTMLElement>('input, select, button[aria-pressed], li[data-item]')]
			.map((element) => {
				if (element instanceof HTMLInputElement && ['radio', 'checkbox'].includes(element.type))
					return `${element.value}:${element.checked}`;
				if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement)
					return element.value;
				if (element.dataset.item) return `item:${element.dataset.item}`;
				return `line ${element.dataset.line}:${element.getAttribute('aria-pressed')}`;
			})
			.join('|')
	);

/** The time the exam's clock shows, in seconds ("1 min 5 s", "1 分 5 秒", "40 秒"). */
async function clockSeconds(page: Page) {
	const numbers = ((await page.locator('.exam-clock .elapsed').textContent()) ?? '')
		.match(/\d+/g)!
		.map(Number);
	return numbers.length === 2 ? numbers[0]! * 60 + numbers[1]! : numbers[0]!;
}

/** The stored exam in progress of `trackId`. */
async function storedExam(page: Page, trackId: string) {
	const records = JSON.parse(await storedRecords(page)) as [string, Record<string, unknown>][];
	const exams = records.filter(
		([key, value]) => key.startsWith(`exam:${trackId}:`) && value.finishedAt === undefined
	);
	expect(exams).toHaveLength(1);
	return exams[0]![1] as { startedAt: string; questions: string[]; answers: object };
}

/**
 * At the third question, answered: a reload, then a switch to the other language and back, keep
 * the same question at the same place, the answers given so far, and the clock, which goes on
 * from the exam's start. Returns the draw, as stored.
 */
async function expectKeptAcrossReloadAndSwitch(
	page: Page,
	lang: Lang,
	trackId: string,
	id: string
) {
	const other: Lang = lang === 'zh' ? 'en' : 'zh';
	// Each answer is saved as it is given.
	await expect
		.poll(async () => Object.keys((await storedExam(page, trackId)).answers).length)
		.toBe(3);
	const before = await storedExam(page, trackId);
	expect(before.answers).toHaveProperty([id]);
	const shown = await answerOnScreen(page);
	// Long enough that a clock started again by the reload or the switch would show less.
	await expect.poll(() => clockSeconds(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(6);
	const kept = async (shownIn: Lang) => {
		const now = Date.now();
		await expect(page.locator('html')).toHaveAttribute('lang', shownIn === 'zh' ? /^zh/ : 'en');
		await expect(page.locator('.quiz-question')).toHaveAttribute(
			'data-question',
			id.slice(id.indexOf(':') + 1)
		);
		const position = page.locator('#question-progress');
		await expect(position).toContainText(shownIn === 'zh' ? '第 3 题' : '3 of');
		await expect(position).toContainText(String(before.questions.length));
		await expect(page.locator('.exam-clock')).toContainText(
			shownIn === 'zh' ? '已答 3 题' : '3 of'
		);
		expect(await answerOnScreen(page), `the answer on screen (${shownIn})`).toBe(shown);
		const after = await storedExam(page, trackId);
		expect([after.startedAt, after.questions, after.answers]).toEqual([
			before.startedAt,
			before.questions,
			before.answers
		]);
		// The clock counts from the exam's start, not from the page's (it ticks once a second).
		const since = Math.floor((now - Date.parse(before.startedAt)) / 1000);
		expect(await clockSeconds(page)).toBeGreaterThanOrEqual(since - 1);
		// No feedback during the exam.
		await expect(page.locator('.verdict')).toHaveCount(0);
	};
	await page.reload();
	await kept(lang);
	await page.locator('.lang-switch').click();
	await kept(other);
	await page.locator('.lang-switch').click();
	await kept(lang);
	return before.questions;
}

/** A finished exam with every question wrong, some hours before now. */
function failedExam(trackId: string, questions: string[]) {
	const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * 3_600_000).toISOString();
	return {
		schema: 4,
		trackId,
		attemptId: 'f'.repeat(24),
		seed: 7,
		courseVersion: 'earlier',
		startedAt: at(3),
		updatedAt: at(2),
		questions,
		current: questions[0],
		answers: {},
		finishedAt: at(2),
		scores: Object.fromEntries(questions.map((question) => [question, 0])),
		score: 0,
		passed: false
	};
}

// One walk per language, each on its own track: the whole path, start to team page.
const walks: { lang: Lang; trackId: string; lastQuiz: string }[] = [
	{ lang: 'zh', trackId: 'rnd', lastQuiz: 'cloud-native' },
	{ lang: 'en', trackId: 'solutions', lastQuiz: 'cncf' }
];

for (const { lang, trackId, lastQuiz } of walks) {
	test(`a learner walks the ${trackId} track to a certificate and a confirmed code (${lang})`, async ({
		page,
		context
	}) => {
		test.setTimeout(240_000);
		const say = words[lang];
		const track = tracks.find((candidate) => candidate.id === trackId)!;

		// Pick a track on the home: its path shows every quiz still to pass.
		await page.goto(`/${lang}/`);
		await started(page);
		await page.getByRole('radio', { name: new RegExp(`^${track.title[lang]}`) }).check();
		const path = page.locator(`.track-path[data-track="${trackId}"]`);
		await expect(path).toHaveAttribute('data-left', String(track.lessons.length));
		await expect(page.getByRole('link', { name: say.takeExam })).toHaveCount(0);

		// Every quiz but one passed earlier, in another browser: imported.
		await page
			.locator('input[type="file"]')
			.setInputFiles(passedQuizzesFile(track.lessons.filter((id) => id !== lastQuiz)));
		await page.getByRole('button', { name: say.merge }).click();
		await expect(path).toHaveAttribute('data-left', '1');
		await audit(page, 'home, a track chosen', '.track-panel');

		// The last one passed here: each checked question becomes a review card.
		await page.goto(`/${lang}/lessons/${lastQuiz}/quiz/`);
		await page.getByRole('button', { name: say.startQuiz }).click();
		const key = quizKey(lastQuiz);
		for (const question of key.questions) await answerAndGoOn(page, question);
		await expect(page.locator('.quiz-result .verdict.correct')).toBeVisible();

		// The exam opens; a reload and a language switch in the middle lose nothing.
		await page.goto(`/${lang}/`);
		await expect(path).toHaveAttribute('data-left', '0');
		await page.getByRole('link', { name: say.takeExam }).click();
		await expect(page.getByRole('button', { name: say.startExam })).toBeVisible();

		// An exam failed earlier: its result links each lesson to reread and review. The retake
		// asks none of its questions (each lesson has more than enough others).
		const failed = track.lessons.flatMap((lessonId) =>
			quizKey(lessonId)
				.questions.slice(0, 2)
				.map((question) => `${lessonId}:${question.id}`)
		);
		await seedProgress(page, {
			[`exam:${trackId}:${'f'.repeat(24)}`]: failedExam(trackId, failed)
		});
		await page.getByRole('button', { name: say.lastResult }).click();
		await expect(page.locator('.exam-result .verdict.incorrect')).toBeVisible();
		await expect(page.locator('.breakdown a')).toHaveCount(2 * track.lessons.length);
		await audit(page, 'exam result, not passed');
		await page.getByRole('button', { name: say.retake }).click();
		const total = Number(
			(await page.locator('.quiz-question progress').getAttribute('max')) ?? '0'
		);
		expect(total).toBeGreaterThanOrEqual(2 * track.lessons.length);
		const asked: string[] = [];
		let draw: string[] = [];
		for (let n = 1; n <= total; n++) {
			// The first number is the position ("第 2 题，共 20 题", "Question 2 of 20"): moving on
			// saves first, then shows the next question.
			await expect(page.locator('#question-progress')).toHaveText(new RegExp(`^\\D*${n}\\D`));
			const { id, key: question } = await examQuestion(page);
			asked.push(id);
			// The exam's own frame (position, clock, hand-in) around a question. Each type's view is
			// the quiz's, audited in both languages by a11y.spec.ts (the kubernetes quiz has every type).
			if (n === 1) await audit(page, `exam, a ${question.type} question`);
			await choose(page, question);
			if (n === 3) draw = await expectKeptAcrossReloadAndSwitch(page, lang, trackId, id);
			await page.getByRole('button', { name: n < total ? say.next : say.handIn }).click();
		}
		// The same questions in the same order throughout, none of the failed exam's.
		expect(asked).toEqual(draw);
		expect(new Set(asked).size).toBe(total);
		expect(asked.filter((id) => failed.includes(id))).toEqual([]);
		await expect(page.locator('.exam-result .verdict.correct')).toContainText(say.passed);
		await expect(page.locator('.exam-result .score')).toHaveAttribute('data-score', '1');
		await expect(page.locator('.breakdown li')).toHaveCount(track.lessons.length);
		await audit(page, 'exam result, passed');

		// The certificate: a name typed, both languages on one page, one A4 page printed.
		await page.getByRole('link', { name: say.certificate }).click();
		await page.locator('#learner-name').fill(say.name);
		await page.getByRole('button', { name: say.save }).click();
		const certificate = page.locator('article.certificate');
		await expect(certificate).toContainText(say.name);
		await expect(certificate.locator('[lang="zh-CN"]').first()).toHaveText('结业证书');
		await expect(certificate.locator('[lang="en"]').first()).toHaveText(
			'Certificate of completion'
		);
		await expect(certificate).toHaveAttribute('data-code', /^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
		// The day it was passed, without a time, in the learner's language, on one line.
		const date = certificate.locator('.certificate-date');
		const today = new Date();
		await expect(date).toHaveText(
			lang === 'zh'
				? `${today.getFullYear()}年${today.getMonth() + 1}月${today.getDate()}日`
				: today.toLocaleDateString('en', { dateStyle: 'long' })
		);
		const lines = await date.evaluate((element) => {
			const range = document.createRange();
			range.selectNodeContents(element);
			return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
		});
		expect(lines, 'the date on one line').toBe(1);
		const code = (await certificate.getAttribute('data-code'))!;
		await audit(page, 'certificate, with a name');
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		expect(pdfPages(pdf)).toBe(1);

		// Days later, the cards of the quiz are due: reviewed with the quiz's views and feedback.
		await page.clock.setFixedTime(Date.now() + 30 * 86_400_000);
		await page.goto(`/${lang}/review/`);
		await expect(page.locator('.review')).toHaveAttribute('data-phase', 'card');
		await audit(page, 'review, a card due');
		for (let n = 0; n < key.questions.length; n++) {
			const section = page.locator('.quiz-question');
			const questionId = (await section.getAttribute('data-question'))!;
			await choose(
				page,
				key.questions.find((question) => question.id === questionId)!
			);
			await page.getByRole('button', { name: say.check }).click();
			await expect(section.locator('.verdict.correct')).toBeVisible();
			await page.getByRole('button', { name: say.nextCard }).click();
		}
		await expect(page.locator('.review-summary')).toHaveText(say.done);

		// Export, and the team page reads the file: track, exam score and a confirmed code.
		await page.goto(`/${lang}/`);
		await started(page);
		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: say.export }).click();
		const exported = await (await downloading).path();
		await page.goto(`/${lang}/team/`);
		await started(page);
		await page.locator('input[type="file"]').setInputFiles(exported);
		const row = page.locator('tbody tr');
		await expect(row.locator('[data-column="track"]')).toHaveText(track.title[lang]);
		await expect(row.locator('[data-column="exam"]')).toContainText('100%');
		await expect(row.locator('[data-column="code"] .code')).toHaveText(code);
		await row.locator('[data-column="code"] input').fill(code.toLowerCase().replace('-', ' '));
		await row.getByRole('button', { name: say.checkCode }).click();
		await expect(row.locator('.code-verdict')).toHaveText(`✓ ${say.matches}`);

		// Offline, the new pages open by their address.
		await expect(page.locator('.offline-status')).toHaveAttribute('data-cache', 'ready', {
			timeout: 30_000
		});
		await context.setOffline(true);
		for (const url of [
			`/${lang}/review/`,
			`/${lang}/exam/${trackId}/`,
			`/${lang}/exam/${trackId}/certificate/`
		]) {
			await page.goto(url);
			await expect(page.locator('main h1')).toBeVisible();
		}
		await expect(page.locator('article.certificate')).toHaveAttribute('data-code', code);
		await context.setOffline(false);
	});
}
