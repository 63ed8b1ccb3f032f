// Spaced review, measured (issue 14): today's queue from 2,000 cards, and one rating saved.
// Run by bench/review.js; writes bench-results/review.json.
import 'fake-indexeddb/auto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { indexedDbStorage } from '../src/lib/progress/storage';
import { ProgressStore } from '../src/lib/progress/store.svelte';
import { firstCard } from '../src/lib/review/card';
import { dueQueue } from '../src/lib/review/queue';
import { median, percentile } from './stats.js';

const cardCount = 2000;
const queueRuns = 200;
const ratingRuns = 200;
const day = 86_400_000;
const now = new Date('2026-12-02T09:00:00Z');

// 20 lessons of 100 questions: every card's question is in the course, half of them due today.
/** @type {import('../src/lib/review/queue').CourseQuestions} */
const course = Array.from({ length: 20 }, (_, lesson) => ({
	lessonId: `lesson-${lesson}`,
	questionIds: Array.from({ length: 100 }, (_, question) => `q-${question}`)
}));
const cards = course.flatMap(({ lessonId, questionIds }) =>
	questionIds.map((questionId, index) => {
		const card = firstCard({ lessonId, questionId }, 'good', new Date(now.getTime() - 5 * day));
		return {
			...card,
			due: new Date(now.getTime() + (index % 2 ? 1 : -1) * (index % 7) * day).toISOString()
		};
	})
);

it('measures', async () => {
	expect(cards).toHaveLength(cardCount);
	/** @type {number[]} */
	const queueMs = [];
	let due = 0;
	for (let run = 0; run < queueRuns; run++) {
		const start = performance.now();
		due = dueQueue(cards, now, course).length;
		queueMs.push(performance.now() - start);
	}

	const store = new ProgressStore(indexedDbStorage(), { now: () => now.getTime() });
	await store.load();
	// The scheduler loads with the first rating of a page: not part of what a rating costs.
	await store.rateQuestion('lesson-0', 'q-0', { score: 1, correct: true });
	/** @type {number[]} */
	const ratingMs = [];
	for (let run = 0; run < ratingRuns; run++) {
		const start = performance.now();
		await store.rateQuestion('lesson-1', `q-${run % 100}`, {
			score: run % 3 ? 1 : 0,
			correct: run % 3 > 0
		});
		ratingMs.push(performance.now() - start);
	}
	const summary = (/** @type {number[]} */ values) => ({
		runs: values.length,
		median: median(values),
		p95: percentile(values, 95)
	});
	mkdirSync('bench-results', { recursive: true });
	writeFileSync(
		'bench-results/review.json',
		JSON.stringify(
			{ cards: cardCount, due, queue: summary(queueMs), rating: summary(ratingMs) },
			null,
			'\t'
		)
	);
});
