import { describe, expect, it } from 'vitest';
import { nextStep } from '../src/lib/progress/next-step';
import { quizPosition } from '../src/lib/progress/queries';
import { readLongEnough } from '../src/lib/progress/reading';
import { memoryStorage } from '../src/lib/progress/storage';
import { ProgressStore } from '../src/lib/progress/store.svelte';

const ids = ['containers', 'kubernetes', 'cloud-native'];

const lesson = (lessonId: string, at: string, finished = false) => [
	`lesson:${lessonId}`,
	{
		schema: 2,
		lessonId,
		openedAt: at,
		lastVisitedAt: at,
		timeSpentMs: 600_000,
		...(finished ? { finishedAt: at } : {}),
		section: 'intro'
	}
];
const attempt = (lessonId: string, at: string, passed: boolean) => [
	`attempt:${lessonId}:a${at.replace(/\D/g, '')}`,
	{
		schema: 2,
		lessonId,
		attemptId: `a${at.replace(/\D/g, '')}`,
		startedAt: at,
		finishedAt: at,
		questionIds: ['q1'],
		answers: { q1: 'a' },
		scores: { q1: passed ? 1 : 0 },
		score: passed ? 1 : 0,
		passed,
		seed: 1,
		carried: []
	}
];
const draft = (lessonId: string, at: string) => [
	`draft:${lessonId}`,
	{
		schema: 2,
		lessonId,
		attemptId: 'd1',
		startedAt: at,
		updatedAt: at,
		seed: 1,
		questionIds: ['q1', 'q2', 'q3', 'q4'],
		current: 'q4',
		answers: {},
		checked: ['q1'],
		carried: ['q1']
	}
];

async function learner(...entries: unknown[][]) {
	const progress = new ProgressStore(memoryStorage(entries as [string, unknown][]));
	await progress.load();
	return progress;
}

describe('the next step on the course home', () => {
	it('is the first lesson before anything is done', async () => {
		expect(nextStep(await learner(), ids)).toEqual({ kind: 'start', lessonId: 'containers' });
	});

	it('is reading on where the learner was, while a lesson is not read yet', async () => {
		const progress = await learner(lesson('containers', '2026-11-20T08:00:00.000Z'));
		expect(nextStep(progress, ids)).toEqual({
			kind: 'continue-reading',
			lessonId: 'containers',
			section: 'intro'
		});
	});

	it("is the lesson's quiz once the lesson is read", async () => {
		const progress = await learner(lesson('containers', '2026-11-20T08:00:00.000Z', true));
		expect(nextStep(progress, ids)).toEqual({ kind: 'take-quiz', lessonId: 'containers' });
	});

	it('is the quiz in progress, at the question the learner is at', async () => {
		const progress = await learner(
			lesson('containers', '2026-11-20T08:00:00.000Z', true),
			draft('containers', '2026-11-20T08:10:00.000Z')
		);
		expect(nextStep(progress, ids)).toEqual({
			kind: 'continue-quiz',
			lessonId: 'containers',
			n: 3,
			total: 3
		});
		expect(quizPosition(progress, 'containers')).toEqual({ n: 3, total: 3 });
		expect(quizPosition(progress, 'kubernetes')).toBeUndefined();
	});

	it('is a retry after a quiz not passed', async () => {
		const progress = await learner(
			lesson('containers', '2026-11-20T08:00:00.000Z', true),
			attempt('containers', '2026-11-20T08:10:00.000Z', false)
		);
		expect(nextStep(progress, ids)).toEqual({ kind: 'retry-quiz', lessonId: 'containers' });
	});

	it('is the next lesson after a quiz passed, even one taken without reading', async () => {
		const progress = await learner(attempt('containers', '2026-11-20T08:10:00.000Z', true));
		expect(nextStep(progress, ids)).toEqual({ kind: 'next-lesson', lessonId: 'kubernetes' });
		// A passed quiz counts its lesson as read.
		expect(progress.readCount(ids)).toBe(1);
	});

	it('skips lessons passed already, and comes back to one left behind', async () => {
		const progress = await learner(
			lesson('kubernetes', '2026-11-20T08:00:00.000Z'),
			attempt('containers', '2026-11-21T08:00:00.000Z', true),
			attempt('cloud-native', '2026-11-22T08:00:00.000Z', true)
		);
		// Last passed: the third lesson. After it comes none; the second is still open.
		expect(nextStep(progress, ids)).toEqual({
			kind: 'continue-reading',
			lessonId: 'kubernetes',
			section: 'intro'
		});
	});

	it('is the course complete once every quiz is passed', async () => {
		const progress = await learner(
			...ids.map((id, i) => attempt(id, `2026-11-2${i}T08:00:00.000Z`, true))
		);
		expect(nextStep(progress, ids)).toEqual({ kind: 'complete' });
		expect(progress.readCount(ids)).toBe(3);
	});
});

describe('a lesson counted as read', () => {
	it('needs 30% of its estimated reading time', () => {
		expect(readLongEnough(0, 10)).toBe(false);
		expect(readLongEnough(179_999, 10)).toBe(false);
		expect(readLongEnough(180_000, 10)).toBe(true);
		expect(readLongEnough(60_000, 3)).toBe(true);
	});
});
