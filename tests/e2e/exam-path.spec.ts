import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { answerAndGoOn, choose, passedQuizzesFile, quizKey, started } from './helpers';

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

async function answerExamQuestion(page: Page) {
	const section = page.locator('.quiz-question');
	const lessonId = (await section.getAttribute('data-lesson'))!;
	const questionId = (await section.getAttribute('data-question'))!;
	const key = quizKey(lessonId).questions.find((question) => question.id === questionId)!;
	await choose(page, key);
	return questionId;
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
		await page.getByRole('button', { name: say.startExam }).click();
		const total = Number(
			(await page.locator('.quiz-question progress').getAttribute('max')) ?? '0'
		);
		expect(total).toBeGreaterThanOrEqual(2 * track.lessons.length);
		const asked = new Set<string>();
		for (let n = 1; n <= total; n++) {
			await expect(page.locator('#question-progress')).toContainText(String(n));
			asked.add(await answerExamQuestion(page));
			if (n === 3) {
				const here = await page.locator('.quiz-question').getAttribute('data-question');
				// The answer on screen is saved as it is given: a reload finds it.
				await page.waitForTimeout(300);
				await page.reload();
				await expect(page.locator('.quiz-question')).toHaveAttribute('data-question', here!);
				await expect(page.locator('.exam-clock')).toContainText(
					lang === 'zh' ? '已答 3 题' : '3 of'
				);
				// No feedback during the exam.
				await expect(page.locator('.verdict')).toHaveCount(0);
			}
			await page.getByRole('button', { name: n < total ? say.next : say.handIn }).click();
		}
		expect(asked.size).toBe(total);
		await expect(page.locator('.exam-result .verdict.correct')).toContainText(say.passed);
		await expect(page.locator('.exam-result .score')).toHaveAttribute('data-score', '1');
		await expect(page.locator('.breakdown li')).toHaveCount(track.lessons.length);

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
		const code = (await certificate.getAttribute('data-code'))!;
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		expect(pdfPages(pdf)).toBe(1);

		// Days later, the cards of the quiz are due: reviewed with the quiz's views and feedback.
		await page.clock.setFixedTime(Date.now() + 30 * 86_400_000);
		await page.goto(`/${lang}/review/`);
		await expect(page.locator('.review')).toHaveAttribute('data-phase', 'card');
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
