// How fast progress is saved and loaded, in Chromium, through the course's real code paths:
// the store marks each write ('progress-write') and each load ('progress-load').
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../scripts/chromium.js';
import { median, percentile } from './stats.js';

const saves = 240;
const loads = 15;
const storedAttempts = 1000;

async function measureSaves(browser, baseURL) {
	const page = await browser.newPage();
	await page.goto(`${baseURL}/en/lessons/containers/quiz/`);
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	const radios = page.locator('.quiz-question input[type="radio"]');
	await radios.first().waitFor();
	await page.evaluate(() => {
		performance.clearMeasures('progress-write');
		// What the learner sees: from the input event to the next frame that shows the answer.
		window.__shown = [];
		document.addEventListener(
			'change',
			() => {
				const start = performance.now();
				requestAnimationFrame(() =>
					setTimeout(() => window.__shown.push(performance.now() - start))
				);
			},
			true
		);
	});
	for (let i = 0; i < saves; i++) {
		await radios.nth(i % 2).check();
		await page.waitForFunction(
			(n) => performance.getEntriesByName('progress-write').length >= n,
			i + 1
		);
	}
	const durations = await page.evaluate(() =>
		performance.getEntriesByName('progress-write').map((entry) => entry.duration)
	);
	const shown = await page.evaluate(() => window.__shown);
	await page.close();
	return { durations, shown };
}

async function measureLoads(browser, baseURL) {
	const page = await browser.newPage();
	await page.goto(`${baseURL}/en/`);
	// The store has opened (and made) the database: the home's live part has loaded progress.
	await page.waitForFunction(() => performance.getEntriesByName('progress-load').length > 0);
	// 1,000 finished attempts, written straight into the store the course reads.
	await page.evaluate((count) => {
		return new Promise((resolve, reject) => {
			const open = indexedDB.open('k8s-course');
			open.onerror = () => reject(open.error);
			open.onsuccess = () => {
				const tx = open.result.transaction('progress', 'readwrite');
				const store = tx.objectStore('progress');
				const lessons = ['containers', 'kubernetes', 'cloud-native', 'cncf'];
				for (let i = 0; i < count; i++) {
					const lessonId = lessons[i % lessons.length];
					const attemptId = `bench-${i}`;
					const started = Date.UTC(2026, 0, 1) + i * 600_000;
					store.put(
						{
							schema: 2,
							lessonId,
							attemptId,
							startedAt: new Date(started).toISOString(),
							finishedAt: new Date(started + 300_000).toISOString(),
							questionIds: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7'],
							answers: {
								q1: 'a',
								q2: ['b', 'c'],
								q3: true,
								q4: { x: 'y' },
								q5: ['1', '2', '3'],
								q6: 'k8s',
								q7: 'a'
							},
							scores: { q1: 1, q2: 1, q3: 0, q4: 1, q5: 0.5, q6: 1, q7: 1 },
							score: 0.79,
							passed: false,
							seed: i,
							carried: []
						},
						`attempt:${lessonId}:${attemptId}`
					);
				}
				tx.oncomplete = () => resolve(undefined);
				tx.onerror = () => reject(tx.error);
			};
		});
	}, storedAttempts);
	const durations = [];
	for (let i = 0; i < loads; i++) {
		await page.reload();
		await page.waitForFunction(() => performance.getEntriesByName('progress-load').length > 0);
		durations.push(
			await page.evaluate(() => performance.getEntriesByName('progress-load')[0].duration)
		);
	}
	await page.close();
	return durations;
}

export async function benchProgress(baseURL) {
	const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
	try {
		const { durations: save, shown } = await measureSaves(browser, baseURL);
		const load = await measureLoads(browser, baseURL);
		const ms = (value) => `${value.toFixed(2)} ms`;
		return [
			'## Progress store (IndexedDB, in Chromium)',
			'',
			'| what | runs | median | 95th percentile |',
			'| --- | --- | --- | --- |',
			`| answer shown on screen (input event to next frame) | ${shown.length} | ${ms(median(shown))} | ${ms(percentile(shown, 95))} |`,
			`| answer saved (write call to IndexedDB transaction complete, off the main thread's critical path) | ${save.length} | ${ms(median(save))} | ${ms(percentile(save, 95))} |`,
			`| load all progress with ${storedAttempts} attempts stored (page load) | ${load.length} | ${ms(median(load))} | ${ms(percentile(load, 95))} |`,
			'',
			'Target: saving an answer well under one frame (16 ms).'
		].join('\n');
	} finally {
		await browser.close();
	}
}
