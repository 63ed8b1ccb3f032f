// Lighthouse 12 (13 needs Node 22), mobile preset with simulated throttling, with the system
// Chromium, on the home, the longest lesson and a quiz in both languages. Each page is measured
// against its floor (the same page without its scripts, see floor.js) in one run, alternating
// page, floor, page, floor … so that a slow moment of the shared machine hits both alike.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from '../scripts/chromium.js';
import { median } from './stats.js';

/** The lesson with the most text (both languages' Markdown): the page the floor matters most for. */
export function longestLesson(lessonsDir = 'lessons') {
	const lessons = readdirSync(lessonsDir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && /^\d+-/.test(entry.name))
		.map((entry) => ({
			id: entry.name.replace(/^\d+-/, ''),
			size: ['zh.md', 'en.md']
				.map((file) => join(lessonsDir, entry.name, file))
				.reduce((sum, file) => sum + statSync(file).size, 0)
		}));
	return lessons.sort((a, b) => b.size - a.size)[0]?.id;
}

const quizLesson = 'kubernetes';

/** @param {string} lesson */
export const benchPages = (lesson) =>
	['zh', 'en'].flatMap((lang) => [
		{ name: `home (${lang})`, path: `/${lang}/`, kind: 'home' },
		{ name: `lesson (${lang})`, path: `/${lang}/lessons/${lesson}/`, kind: 'lesson' },
		{ name: `quiz (${lang})`, path: `/${lang}/lessons/${quizLesson}/quiz/`, kind: 'quiz' }
	]);

const targets = { performance: 0.98, lessonLcpRatio: 1.15 };

/**
 * @param {{ pageURL: string, floorURL: string, runs: number, lesson: string }} options
 */
export async function benchLighthouse({ pageURL, floorURL, runs, lesson }) {
	const chrome = await chromeLauncher.launch({
		chromePath: findChromium(),
		chromeFlags: ['--headless=new', ...chromiumArgs]
	});
	/** @param {string} url @param {string[]} categories */
	const audit = async (url, categories) => {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: categories
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { lhr } = result;
		if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
		return lhr;
	};
	const measured = [];
	let lighthouseVersion = '12';
	let userAgent = '';
	/** @type {number[]} */
	const benchmarkIndexes = [];
	try {
		for (const page of benchPages(lesson)) {
			const pageRuns = [];
			const floorRuns = [];
			for (let run = 0; run < runs; run++) {
				pageRuns.push(
					await audit(`${pageURL}${page.path}`, [
						'performance',
						'accessibility',
						'best-practices',
						'seo'
					])
				);
				floorRuns.push(await audit(`${floorURL}${page.path}`, ['performance']));
			}
			lighthouseVersion = pageRuns[0].lighthouseVersion;
			userAgent = pageRuns[0].environment.hostUserAgent;
			for (const lhr of [...pageRuns, ...floorRuns]) {
				benchmarkIndexes.push(lhr.environment.benchmarkIndex);
			}
			const summary = summarize(page, pageRuns, floorRuns);
			measured.push(summary);
			console.error(
				`${page.name}: performance ${summary.performance.toFixed(2)}, LCP ${summary.lcp} ms (floor ${summary.floorLcp} ms), TBT ${summary.tbt} ms (floor ${summary.floorTbt} ms)`
			);
		}
	} finally {
		chrome.kill();
	}
	return {
		measured,
		lighthouseVersion,
		userAgent,
		benchmarkIndex: Math.round(median(benchmarkIndexes)),
		markdown: markdown(measured, runs, lighthouseVersion, lesson)
	};
}

/**
 * @param {{ name: string, path: string, kind: string }} page
 * @param {any[]} pageRuns @param {any[]} floorRuns
 */
function summarize(page, pageRuns, floorRuns) {
	/** @param {any[]} lhrs @param {string} id */
	const score = (lhrs, id) => median(lhrs.map((lhr) => lhr.categories[id].score));
	/** @param {any[]} lhrs @param {string} id */
	const metric = (lhrs, id) => median(lhrs.map((lhr) => lhr.audits[id].numericValue));
	return {
		...page,
		performance: score(pageRuns, 'performance'),
		accessibility: score(pageRuns, 'accessibility'),
		bestPractices: score(pageRuns, 'best-practices'),
		seo: score(pageRuns, 'seo'),
		cls: metric(pageRuns, 'cumulative-layout-shift'),
		lcp: Math.round(metric(pageRuns, 'largest-contentful-paint')),
		tbt: Math.round(metric(pageRuns, 'total-blocking-time')),
		floorPerformance: score(floorRuns, 'performance'),
		floorLcp: Math.round(metric(floorRuns, 'largest-contentful-paint')),
		floorTbt: Math.round(metric(floorRuns, 'total-blocking-time')),
		runs: {
			page: pageRuns.map(figures),
			floor: floorRuns.map(figures),
			lcpRatio: pageRuns.map((lhr, run) => Number((lcpOf(lhr) / lcpOf(floorRuns[run])).toFixed(2)))
		}
	};
}

const lcpOf = (/** @type {any} */ lhr) => lhr.audits['largest-contentful-paint'].numericValue;

/** One run's figures, kept in bench-results/ to see the spread behind a median. */
const figures = (/** @type {any} */ lhr) => ({
	performance: lhr.categories.performance.score,
	lcp: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
	tbt: Math.round(lhr.audits['total-blocking-time'].numericValue),
	fcp: Math.round(lhr.audits['first-contentful-paint'].numericValue),
	cls: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3))
});

/** @param {number} value @param {number} floor */
const ratio = (value, floor) =>
	floor > 0 ? (value / floor).toFixed(2) : value === 0 ? '1.00 (both 0 ms)' : `— (floor 0 ms)`;

/**
 * @param {ReturnType<typeof summarize>[]} measured @param {number} runs
 * @param {string} version @param {string} lesson
 */
function markdown(measured, runs, version, lesson) {
	const missed = measured.flatMap((page) => [
		...(page.performance < targets.performance
			? [`${page.name} performance ${page.performance.toFixed(2)}`]
			: []),
		...(page.kind === 'lesson' && page.lcp / page.floorLcp > targets.lessonLcpRatio
			? [`${page.name} LCP ratio ${(page.lcp / page.floorLcp).toFixed(2)}`]
			: [])
	]);
	return [
		`## Lighthouse ${version} against the HTML-and-CSS floor (median of ${runs} runs each)`,
		'',
		`Mobile preset with simulated throttling. The lesson is the longest one, \`${lesson}\`; the quiz is \`${quizLesson}\`'s.`,
		'The floor is the same built page with every `<script>` and `<link rel="modulepreload">` removed,',
		'served by the same server with the same compression, measured in the same run: page, floor, page, floor …',
		'A ratio is the median of the page over the median of its floor.',
		'',
		'| page | performance | LCP | TBT | floor LCP | floor TBT | LCP ratio | TBT ratio |',
		'| --- | --- | --- | --- | --- | --- | --- | --- |',
		...measured.map(
			(page) =>
				`| ${page.name} | ${page.performance.toFixed(2)} | ${page.lcp} ms | ${page.tbt} ms | ${page.floorLcp} ms | ${page.floorTbt} ms | ${ratio(page.lcp, page.floorLcp)} | ${ratio(page.tbt, page.floorTbt)} |`
		),
		'',
		`Targets: performance at least ${targets.performance} on every page; lesson LCP at most ${targets.lessonLcpRatio}× its floor.`,
		missed.length > 0 ? `Not met: ${missed.join('; ')}.` : 'All met.',
		'',
		'| page | accessibility | best practices | SEO | CLS | floor performance |',
		'| --- | --- | --- | --- | --- | --- |',
		...measured.map(
			(page) =>
				`| ${page.name} | ${page.accessibility.toFixed(2)} | ${page.bestPractices.toFixed(2)} | ${page.seo.toFixed(2)} | ${page.cls.toFixed(3)} | ${page.floorPerformance.toFixed(2)} |`
		),
		'',
		'Targets: accessibility, best practices and SEO 1.00.'
	].join('\n');
}
