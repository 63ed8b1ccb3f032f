// How fast search answers, in Chromium, through the search dialog's real code: the dialog marks
// each query ('search-query') and the loading of the index ('search-index-load'). And how much
// the index weighs: it is fetched when search is first opened, and kept offline.
// Alone: `npm run bench:search` (after a build), which rewrites the Search section of
// docs/BENCHMARKS.md; `npm run bench` runs it with the rest.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../scripts/chromium.js';
import { median, percentile } from './stats.js';

/** Fixed: 25 in Chinese, 25 in English; each is typed on both languages' sites. */
export const queries = [
	'名字空间',
	'镜像仓库',
	'控制组',
	'无服务器',
	'容器镜像',
	'控制平面',
	'节点',
	'调度器',
	'服务网格',
	'云原生',
	'微服务',
	'不可变基础设施',
	'声明式 API',
	'虚拟机',
	'内核',
	'容器运行时',
	'弹性伸缩',
	'托管 Kubernetes',
	'阿里云 容器服务',
	'华为云 CCE',
	'天翼云',
	'持久卷',
	'探针',
	'滚动更新',
	'资源限制',
	'namespace',
	'cgroups',
	'Fargate',
	'Seven of Nine',
	'container image',
	'control plane',
	'kubelet',
	'etcd',
	'scheduler',
	'service mesh',
	'CNCF graduated',
	'immutable infrastructure',
	'declarative API',
	'hypervisor',
	'Borg',
	'containerd',
	'autoscaling',
	'managed Kubernetes',
	'Azure AKS',
	'Google GKE',
	'persistent volume',
	'readiness probe',
	'rolling update',
	'OOMKilled',
	'CrashLoopBackOff'
];
const rounds = 5;
const targetMs = 30;

const ms = (/** @type {number} */ value) => `${value.toFixed(1)} ms`;
const kib = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** @param {import('@playwright/test').Browser} browser @param {string} baseURL @param {string} lang */
async function measure(browser, baseURL, lang) {
	const page = await browser.newPage();
	await page.goto(`${baseURL}/${lang}/`);
	await page.locator('.theme-choice:not([disabled])').waitFor();
	await page.locator('.search-button').click();
	const input = page.locator('dialog.search-dialog input');
	await input.fill(queries[0]);
	await page.waitForFunction(() => performance.getEntriesByName('search-query').length > 0);
	const load = await page.evaluate(
		() => performance.getEntriesByName('search-index-load')[0]?.duration ?? Number.NaN
	);
	await page.evaluate(() => performance.clearMeasures('search-query'));
	let typed = 0;
	for (let round = 0; round < rounds; round++) {
		for (const query of queries) {
			// Another text between two queries, so that each is searched (and measured) anew.
			await input.fill('');
			await input.fill(query);
			typed++;
			await page.waitForFunction(
				(n) => performance.getEntriesByName('search-query').length >= n,
				typed
			);
		}
	}
	const durations = await page.evaluate(() =>
		performance.getEntriesByName('search-query').map((entry) => entry.duration)
	);
	await page.close();
	return { load, durations };
}

/** The Search section of docs/BENCHMARKS.md, measured against the course served at `baseURL`. */
export async function benchSearch(baseURL, dir = 'build') {
	const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
	const rows = [];
	const loadBefore = loadavg()[0];
	try {
		for (const lang of ['zh', 'en']) {
			const file = readFileSync(join(dir, lang, 'search.json'));
			const { load, durations } = await measure(browser, baseURL, lang);
			rows.push(
				`| ${lang} | ${durations.length} | ${ms(median(durations))} | ${ms(percentile(durations, 95))} | ${ms(Math.max(...durations))} | ${kib(file.length)} | ${kib(gzipSync(file).length)} | ${ms(load)} |`
			);
		}
	} finally {
		await browser.close();
	}
	return [
		'## Search (MiniSearch, in Chromium)',
		'',
		`Measured on ${new Date().toISOString().slice(0, 10)}, load average ${loadBefore.toFixed(1)} to ${loadavg()[0].toFixed(1)}.`,
		`${queries.length} fixed queries (25 in Chinese, 25 in English: \`bench/search.js\`), each typed ${rounds}`,
		"times into the search dialog on each language's site; the time is the dialog's own measure of",
		`one search (segmenting, MiniSearch, snippets), from \`performance.measure\`. Target: under ${targetMs} ms.`,
		'The index is fetched when search is first opened (never with a page) and kept offline by the',
		'service worker; "load" is its fetch and parse on first opening.',
		'',
		'| Site | Queries | Median | p95 | Slowest | Index | Index gzipped | Load |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...rows
	].join('\n');
}

/** Puts `section` in place of the document's section of the same heading, or at its end. */
export function withSection(doc, section) {
	const heading = section.split('\n')[0];
	const parts = doc.split(/\n(?=## )/);
	const at = parts.findIndex((part) => part.startsWith(heading));
	if (at >= 0) parts[at] = `${section}\n`;
	else parts.push(`${section}\n`);
	return parts.join('\n').replace(/\n*$/, '\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	process.chdir(join(dirname(fileURLToPath(import.meta.url)), '..'));
	const index = process.argv.indexOf('--port');
	const port = index >= 0 ? Number(process.argv[index + 1]) : 4393;
	const server = spawn(process.execPath, ['scripts/serve.js', '--port', String(port)], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise((resolve, reject) => {
		server.stdout.on('data', (chunk) => String(chunk).includes('running') && resolve(undefined));
		server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
	});
	try {
		const base = (process.env.BASE_PATH ?? '').trim().replace(/\/+$/, '');
		const section = await benchSearch(`http://127.0.0.1:${port}${base}`);
		writeFileSync(
			'docs/BENCHMARKS.md',
			withSection(readFileSync('docs/BENCHMARKS.md', 'utf8'), section)
		);
		console.log(section);
	} finally {
		server.kill();
	}
}
