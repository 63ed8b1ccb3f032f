// npm run bench: measures the built course and writes the figures to docs/BENCHMARKS.md.
// Timings are medians over repeated runs; the machines are shared, so single runs mean little.
// Options (after `npm run bench --`): --runs N (Lighthouse runs per page and per floor, default 5),
// --port P (the course, default 4391), --floor-port F (its floor, default P + 1).
import { execFileSync, spawn } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchReview } from './review.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../scripts/chromium.js';
import { serveOptions } from '../scripts/serve-options.js';
import { buildFloor } from './floor.js';
import { benchLighthouse, longestLesson } from './lighthouse.js';
import { benchProgress } from './progress.js';
import { suspendSection } from './suspend.js';
import { benchSearch } from './search.js';

process.chdir(join(dirname(fileURLToPath(import.meta.url)), '..'));

const args = process.argv.slice(2);
/** @param {string} name @param {number} fallback */
const numberOption = (name, fallback) => {
	const index = args.indexOf(`--${name}`);
	const value = index >= 0 ? Number(args[index + 1]) : fallback;
	if (!Number.isInteger(value) || value <= 0) {
		console.error(`--${name} needs a positive whole number`);
		process.exit(1);
	}
	return value;
};
const runs = numberOption('runs', 5);
const port = numberOption('port', 4391);
const floorPort = numberOption('floor-port', port + 1);
const { host, dir } = serveOptions([]);
const floorDir = 'bench-results/floor';
const base = (process.env.BASE_PATH ?? '').trim().replace(/\/+$/, '');

/** The course's own server (scripts/serve.js), as `npm start` runs it, on `folder`. */
async function startServer(/** @type {string} */ folder, /** @type {number} */ at) {
	const server = spawn(
		process.execPath,
		['scripts/serve.js', '--port', String(at), '--host', host, '--dir', folder],
		{ stdio: ['ignore', 'pipe', 'inherit'] }
	);
	await new Promise((resolve, reject) => {
		server.stdout.on('data', (chunk) => String(chunk).includes('running') && resolve(undefined));
		server.on('exit', (code) => reject(new Error(`server for ${folder} exited with ${code}`)));
	});
	return server;
}

function precacheSection() {
	const table = execFileSync(process.execPath, ['scripts/precache-size.js', dir], {
		encoding: 'utf8'
	});
	return [
		'## Offline precache size',
		'',
		"What a learner's browser downloads and stores, after one visit, to have the whole course",
		'offline: the code and styles, every prerendered page in both languages, the UI strings and the',
		'static files (not `__data.json`: every link is a page load). The service worker downloads them',
		'in one file, the offline pack (`_app/offline.pack`, gzipped whole by the build).',
		"`scripts/precache-size.js` runs the built service worker's own install step against `build/`",
		'and adds up what it downloads and what it caches; gzip is what a host that compresses its',
		'responses sends for a file on its own. No web fonts: system fonts only.',
		'',
		table.trim()
	].join('\n');
}

function chromiumVersion(/** @type {string} */ userAgent) {
	try {
		return execFileSync(findChromium() ?? 'chromium', ['--version'], { encoding: 'utf8' }).trim();
	} catch {
		return /Chrome\/[\d.]+/.exec(userAgent)?.[0] ?? 'unknown';
	}
}

const lesson = longestLesson();
if (!lesson) throw new Error('No lesson found in lessons/');
console.error(
	`Floor: ${buildFloor(dir, floorDir)} pages of ${dir}/ without scripts in ${floorDir}/`
);
const servers = [await startServer(dir, port), await startServer(floorDir, floorPort)];
const loadBefore = loadavg()[0];
try {
	const origin = (/** @type {number} */ at) => `http://${host}:${at}${base}`;
	const lighthouse = await benchLighthouse({
		pageURL: origin(port),
		floorURL: origin(floorPort),
		runs,
		lesson
	});
	mkdirSync('bench-results', { recursive: true });
	writeFileSync(
		'bench-results/lighthouse.json',
		JSON.stringify({ date: new Date().toISOString(), runs, pages: lighthouse.measured }, null, '\t')
	);
	const loadAfter = loadavg()[0];
	const sections = [
		lighthouse.markdown,
		precacheSection(),
		await benchProgress(origin(port)),
		suspendSection(),
		benchReview(),
		await benchSearch(origin(port), dir)
	];
	const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB`;
	const doc = [
		'# Benchmarks',
		'',
		`Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}.`,
		'',
		`- Machine: ${machine}; load average ${loadBefore.toFixed(1)} when Lighthouse started, ${loadAfter.toFixed(1)} when it ended (shared: read the ratios and medians, not single runs)`,
		`- Node: ${process.version}`,
		`- Chromium: ${chromiumVersion(lighthouse.userAgent)}`,
		`- Lighthouse: ${lighthouse.lighthouseVersion}; median benchmark index ${lighthouse.benchmarkIndex} (Lighthouse's measure of the CPU during the runs; below 1000 it warns that the CPU is slower than it expects, which lowers the performance score)`,
		'',
		'The production build is served locally by `scripts/serve.js`, compressed as a host should send it',
		'(brotli).',
		'',
		'To measure again: `npm run bench`. It builds the site, installs the bench tools into',
		'`bench/node_modules` on first use, and rewrites this file (each run per page in',
		'`bench-results/lighthouse.json`). `npm run bench -- --runs 3` for a quicker run;',
		'`--port P` and `--floor-port F` if 4391 and 4392 are taken.',
		'',
		...sections.flatMap((section) => [section, ''])
	].join('\n');
	writeFileSync('docs/BENCHMARKS.md', doc);
	console.log(doc);
} finally {
	for (const server of servers) server.kill();
}
