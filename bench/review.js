// Spaced review's two figures (issue 14), in Node through Vitest: the queue of today's cards from
// 2,000 cards, and one rating scheduled and saved by the progress store (fake-indexeddb, so the
// save is the store's own work, not Chromium's IndexedDB). `node bench/review.js` updates its
// section of docs/BENCHMARKS.md; `npm run bench` includes it.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const heading = '## Spaced review (Node, through Vitest)';

export function benchReview() {
	execFileSync(
		process.execPath,
		['node_modules/vitest/vitest.mjs', 'run', '--config', 'bench/review.config.js'],
		{ stdio: ['ignore', 'ignore', 'inherit'] }
	);
	const result = JSON.parse(readFileSync('bench-results/review.json', 'utf8'));
	const ms = (/** @type {number} */ value) => `${value.toFixed(2)} ms`;
	return [
		heading,
		'',
		`Targets: under 10 ms for the queue, under one frame (16.7 ms) for a rating. ${result.cards}`,
		`cards over 20 lessons, ${result.due} of them due today. A rating is FSRS scheduling plus the`,
		"store's read-modify-write transaction (fake-indexeddb in Node: the store's work, without",
		"Chromium's disk; the scheduler is loaded before timing, as after a page's first rating).",
		'',
		'| what | runs | median | 95th percentile |',
		'| --- | --- | --- | --- |',
		`| today's review queue from ${result.cards} cards | ${result.queue.runs} | ${ms(result.queue.median)} | ${ms(result.queue.p95)} |`,
		`| rate one card and save it | ${result.rating.runs} | ${ms(result.rating.median)} | ${ms(result.rating.p95)} |`
	].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const section = benchReview();
	const doc = readFileSync('docs/BENCHMARKS.md', 'utf8');
	const start = doc.indexOf(heading);
	const next = start < 0 ? -1 : doc.indexOf('\n## ', start + heading.length);
	const updated =
		start < 0
			? `${doc.trimEnd()}\n\n${section}\n`
			: `${doc.slice(0, start)}${section}\n${next < 0 ? '' : doc.slice(next)}`;
	writeFileSync('docs/BENCHMARKS.md', updated);
	console.log(section);
}
