// Lighthouse 12 (13 needs Node 22) on the home, a lesson and a quiz in both languages, three runs
// each, with the system Chromium; the medians go to docs/BENCHMARKS.md.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from '../chromium.js';
import { median } from './stats.js';

const runs = 3;
const pages = (lang) => [
	{ name: `home (${lang})`, path: `/${lang}/` },
	{ name: `lesson (${lang})`, path: `/${lang}/lessons/vms-and-containers/` },
	{ name: `quiz (${lang})`, path: `/${lang}/lessons/kubernetes/quiz/` }
];

export async function benchLighthouse(baseURL) {
	const chrome = await chromeLauncher.launch({
		chromePath: findChromium(),
		chromeFlags: ['--headless=new', ...chromiumArgs]
	});
	const rows = [];
	try {
		for (const page of [...pages('zh'), ...pages('en')]) {
			const results = [];
			for (let run = 0; run < runs; run++) {
				const { lhr } = await lighthouse(`${baseURL}${page.path}`, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
				});
				results.push(lhr);
			}
			const score = (id) => median(results.map((lhr) => lhr.categories[id].score));
			const metric = (id) => median(results.map((lhr) => lhr.audits[id].numericValue));
			rows.push(
				`| ${page.name} | ${score('performance').toFixed(2)} | ${score('accessibility').toFixed(2)} | ${score('best-practices').toFixed(2)} | ${score('seo').toFixed(2)} | ${Math.round(metric('largest-contentful-paint'))} ms | ${Math.round(metric('total-blocking-time'))} ms | ${metric('cumulative-layout-shift').toFixed(3)} |`
			);
			console.error(rows.at(-1));
		}
	} finally {
		chrome.kill();
	}
	return [
		'## Lighthouse 12.2.3 (median of 3 runs, mobile preset with simulated throttling)',
		'',
		'| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |',
		'| --- | --- | --- | --- | --- | --- | --- | --- |',
		...rows,
		'',
		'Targets: performance at least 0.98; accessibility, best practices and SEO 1.00.'
	].join('\n');
}
