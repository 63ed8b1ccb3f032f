// What search costs now that it builds its index in the browser, from the pages the course
// already keeps offline (src/lib/search/index.worker.ts):
// - in Node, reading the documents from the built pages and indexing them, the worker's own code
//   (bundled here by Rolldown), as a median of several runs; and reading a kept index back;
// - in Chromium, through the search dialog's real code: the time from opening search to an index
//   ready ('search-index-load'), built on a first opening and read back from IndexedDB on the next
//   page's, how long the page's own thread was blocked meanwhile, and each query's round trip to
//   the worker ('search-query');
// - the alternative not taken, for the record: parsing the same pages with DOMParser on the
//   page's thread (workers have none), which search would need to read them as a DOM.
// Alone: `npm run bench:search` (after a build), which rewrites the Search section of
// docs/BENCHMARKS.md; `npm run bench` runs it with the rest.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'rolldown';
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
const nodeRuns = 7;
const pageRuns = 5;
const targetMs = 30;

const ms = (/** @type {number} */ value) => `${value.toFixed(1)} ms`;
const kib = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The search's own modules, for Node: Rolldown bundles their TypeScript. */
async function searchModules() {
	const dir = 'bench-results/search-modules';
	await build({
		input: { engine: 'src/lib/search/engine.ts', extract: 'src/lib/search/extract.ts' },
		platform: 'node',
		logLevel: 'silent',
		output: { dir, format: 'esm', entryFileNames: '[name].mjs' },
		write: true
	});
	const load = (/** @type {string} */ name) => import(pathToFileURL(join(dir, `${name}.mjs`)).href);
	const [engine, extract] = await Promise.all([load('engine'), load('extract')]);
	return { ...engine, ...extract };
}

/**
 * The index built from the built pages in Node: the median time of `nodeRuns` builds (reading
 * the documents from the pages' text, then indexing), and of reading the kept JSON back.
 * @param {Awaited<ReturnType<typeof searchModules>>} search @param {string} dir @param {string} lang
 */
async function nodeBuild(search, dir, lang) {
	const files = new Map();
	const read = async (/** @type {string} */ path) => {
		if (!files.has(path)) {
			files.set(
				path,
				readFileSync(join(dir, lang, path.endsWith('/') ? `${path}index.html` : path), 'utf8')
			);
		}
		return files.get(path);
	};
	const manifest = JSON.parse(await read('search.json'));
	const extract = [];
	const index = [];
	const load = [];
	let kept = '';
	let documents = 0;
	for (let run = 0; run < nodeRuns; run++) {
		const start = performance.now();
		const collected = await search.collectDocuments(manifest, read);
		if (collected.skipped.length > 0) throw new Error(`${lang}: skipped ${collected.skipped}`);
		const read_ = performance.now();
		const built = search.indexOf(collected.documents);
		const done = performance.now();
		kept = JSON.stringify(built);
		const loadStart = performance.now();
		search.searcherOf(kept, manifest.names);
		load.push(performance.now() - loadStart);
		extract.push(read_ - start);
		index.push(done - read_);
		documents = collected.documents.length;
	}
	return {
		documents,
		extract: median(extract),
		index: median(index),
		load: median(load),
		kept: kept.length
	};
}

/**
 * Search in Chromium, on fresh pages: opening it first (the index built in the worker) and on
 * the next page (read back from IndexedDB), and the queries.
 * @param {import('@playwright/test').Browser} browser @param {string} baseURL @param {string} lang
 */
async function measure(browser, baseURL, lang) {
	const context = await browser.newContext();
	const page = await context.newPage();
	/** Opens search on a page just loaded; how long until its index was ready, and the page's longest task meanwhile. */
	const openSearch = async () => {
		await page.goto(`${baseURL}/${lang}/`);
		await page.locator('.theme-choice:not([disabled])').waitFor();
		await page.evaluate(() => {
			const tasks = /** @type {number[]} */ (globalThis.longTasks = []);
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) tasks.push(entry.duration);
			}).observe({ type: 'longtask' });
		});
		await page.locator('.search-button').click();
		await page.waitForFunction(() => performance.getEntriesByName('search-index-load').length > 0);
		return page.evaluate(() => ({
			load: performance.getEntriesByName('search-index-load')[0]?.duration ?? Number.NaN,
			longest: Math.max(0, .../** @type {number[]} */ (globalThis.longTasks))
		}));
	};
	const first = [];
	for (let run = 0; run < pageRuns; run++) {
		// A new database each time: the index is built, not read back.
		await page.goto(`${baseURL}/${lang}/`);
		await page.evaluate(
			() =>
				new Promise((resolve) => {
					const request = indexedDB.deleteDatabase('k8s-course-search');
					request.onsuccess = request.onerror = request.onblocked = () => resolve(undefined);
				})
		);
		first.push(await openSearch());
	}
	// Built and kept by the last opening: the next pages read it back.
	await page.waitForTimeout(500);
	const next = [];
	for (let run = 0; run < pageRuns; run++) next.push(await openSearch());

	const input = page.locator('dialog.search-dialog input');
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
	// The alternative: every page search reads, parsed by DOMParser on the page's thread.
	const domParser = await page.evaluate(async (home) => {
		const manifest = await (await fetch(`${home}search.json`)).json();
		const pages = await Promise.all(
			[...manifest.lessons.map((/** @type {string} */ id) => `lessons/${id}/`), 'glossary/'].map(
				async (path) => (await fetch(home + path)).text()
			)
		);
		const times = [];
		for (let run = 0; run < 3; run++) {
			const start = performance.now();
			let words = 0;
			for (const html of pages) {
				const doc = new DOMParser().parseFromString(html, 'text/html');
				for (const element of doc.querySelectorAll('.prose > *, .entry')) {
					words += element.textContent?.length ?? 0;
				}
			}
			times.push(performance.now() - start);
			if (words === 0) throw new Error('no text');
		}
		return times.sort((a, b) => a - b)[1];
	}, `${baseURL}/${lang}/`);
	await context.close();
	return {
		first: median(first.map((run) => run.load)),
		firstLongest: Math.max(...first.map((run) => run.longest)),
		next: median(next.map((run) => run.load)),
		durations,
		domParser
	};
}

/** The Search section of docs/BENCHMARKS.md, measured against the course served at `baseURL`. */
export async function benchSearch(baseURL, dir = 'build') {
	mkdirSync('bench-results', { recursive: true });
	const search = await searchModules();
	const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
	const nodeRows = [];
	const browserRows = [];
	const loadBefore = loadavg()[0];
	try {
		for (const lang of ['zh', 'en']) {
			const manifest = readFileSync(join(dir, lang, 'search.json'));
			const node = await nodeBuild(search, dir, lang);
			nodeRows.push(
				`| ${lang} | ${node.documents} | ${ms(node.extract)} | ${ms(node.index)} | ${ms(node.extract + node.index)} | ${ms(node.load)} | ${kib(node.kept)} | ${kib(manifest.length)} | ${kib(gzipSync(manifest).length)} |`
			);
			const run = await measure(browser, baseURL, lang);
			browserRows.push(
				`| ${lang} | ${ms(run.first)} | ${ms(run.firstLongest)} | ${ms(run.next)} | ${ms(run.domParser)} | ${run.durations.length} | ${ms(median(run.durations))} | ${ms(percentile(run.durations, 95))} | ${ms(Math.max(...run.durations))} |`
			);
		}
	} finally {
		await browser.close();
	}
	return [
		'## Search (MiniSearch, index built in the browser)',
		'',
		`Measured on ${new Date().toISOString().slice(0, 10)}, load average ${loadBefore.toFixed(1)} to ${loadavg()[0].toFixed(1)}.`,
		'Search ships no text of its own: a Web Worker reads the lesson pages, the glossary page and the',
		'quiz data (which the service worker keeps offline anyway) when search is first opened, builds',
		"the index, keeps it in IndexedDB for the build's version, and answers the queries.",
		'`search.json` is only a manifest: the lessons, the aliases, the terms each section teaches, the',
		"other language's names of terms.",
		'',
		`In Node, the worker's own code on build/ (median of ${nodeRuns} runs): reading the documents from`,
		'the pages, indexing them, and reading a kept index back from its JSON.',
		'',
		'| Site | Documents | Read pages | Index | Build | Read back | Kept index | Manifest | Manifest gzipped |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...nodeRows,
		'',
		`In Chromium, through the search dialog (median of ${pageRuns} fresh pages): opening search until the`,
		'index is ready, first when it is built (pages fetched from the server, as on a first offline',
		"use from the service worker's cache) with the longest task of the page's own thread meanwhile,",
		'then on the next pages (read back from IndexedDB). "DOMParser" is the alternative not taken:',
		"parsing the same pages on the page's thread. Then",
		`${queries.length} fixed queries (25 in Chinese, 25 in English: \`bench/search.js\`), each typed ${rounds}`,
		"times; a query's time is its round trip to the worker (segmenting, MiniSearch, snippets).",
		`Target: under ${targetMs} ms.`,
		'',
		'| Site | First open | Longest page task | Next pages | DOMParser | Queries | Median | p95 | Slowest |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...browserRows
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
