// npm run bench: measures the built course and writes the figures to docs/BENCHMARKS.md.
// Timings are medians over repeated runs; the machines are shared, so single runs mean little.
import { execFileSync, spawn } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { benchLighthouse } from './lighthouse.js';
import { benchProgress } from './progress.js';

const port = 4391;
const baseURL = `http://127.0.0.1:${port}`;

async function startServer() {
	const server = spawn(process.execPath, ['scripts/serve.js', '--port', String(port)], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise((resolve, reject) => {
		server.stdout.on('data', (chunk) => String(chunk).includes('running') && resolve(undefined));
		server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
	});
	return server;
}

function precacheSection() {
	const table = execFileSync(process.execPath, ['scripts/precache-size.js'], { encoding: 'utf8' });
	return [
		'## Offline precache size',
		'',
		"What a learner's browser downloads and stores, after one visit, to have the whole course",
		'offline: the code and styles, every prerendered page in both languages with the `__data.json`',
		'that client-side navigation fetches, and the static files. `scripts/precache-size.js` runs the',
		"built service worker's own install step against `build/` and adds up what it caches; gzip is",
		'what a host that compresses its responses sends. No web fonts: system fonts only. A prerendered',
		'page carries its data inline for hydration, so pages and `__data.json` hold the lesson text twice.',
		'',
		table.trim()
	].join('\n');
}

const server = await startServer();
try {
	const sections = [
		await benchLighthouse(baseURL),
		precacheSection(),
		await benchProgress(baseURL)
	];
	const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
	const doc = [
		'# Benchmarks',
		'',
		`Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, on ${machine}, with the system Chromium, against the production build served locally, compressed as a host should send it (brotli). Shared machine: read the medians, not single runs.`,
		'',
		...sections.flatMap((section) => [section, ''])
	].join('\n');
	writeFileSync('docs/BENCHMARKS.md', doc);
	console.log(doc);
} finally {
	server.kill();
}
