import { describe, expect, it } from 'vitest';
import {
	attemptsFor,
	bestScore,
	lastActivity,
	lastAttempt,
	maxAttemptMs,
	passedCount,
	quizPosition,
	readCount,
	resumePoint,
	snapshotOf,
	stateOf,
	timeSpentMs,
	type ProgressSnapshot
} from '../src/lib/progress/queries';
import type { AttemptRecord, DraftRecord, LessonRecord } from '../src/lib/progress/records';
import { continues } from '../src/lib/progress/team';

const lesson = (
	lessonId: string,
	lastVisitedAt: string,
	more: Partial<LessonRecord> = {}
): LessonRecord => ({
	schema: 4,
	lessonId,
	openedAt: '2026-11-20T08:00:00.000Z',
	lastVisitedAt,
	timeSpentMs: 60_000,
	...more
});

const attempt = (
	lessonId: string,
	attemptId: string,
	score: number,
	startedAt: string,
	finishedAt: string
): AttemptRecord => ({
	schema: 4,
	lessonId,
	attemptId,
	startedAt,
	finishedAt,
	questionIds: ['q1'],
	answers: { q1: 'a' },
	scores: { q1: score },
	score,
	passed: score >= 0.8,
	seed: 1,
	carried: []
});

const draft = (
	lessonId: string,
	updatedAt: string,
	more: Partial<DraftRecord> = {}
): DraftRecord => ({
	schema: 4,
	lessonId,
	attemptId: 'd1',
	revision: 2,
	startedAt: '2026-11-20T08:00:00.000Z',
	updatedAt,
	seed: 1,
	questionIds: ['q1', 'q2', 'q3', 'q4'],
	current: 'q3',
	answers: {},
	checked: [],
	carried: [],
	...more
});

/** A snapshot as a file or the store gives it: records in no particular order. */
const snapshot = (...records: (LessonRecord | AttemptRecord | DraftRecord)[]): ProgressSnapshot =>
	snapshotOf(
		records.map((record) => ({
			kind: 'attemptId' in record ? ('revision' in record ? 'draft' : 'attempt') : 'lesson',
			record
		}))
	);

const empty = snapshot();

describe('a snapshot of records', () => {
	it('keys lessons and drafts by lesson and orders attempts by when they finished', () => {
		const first = attempt(
			'containers',
			'a1',
			0.5,
			'2026-11-21T08:00:00.000Z',
			'2026-11-21T08:05:00.000Z'
		);
		const second = attempt(
			'containers',
			'a2',
			1,
			'2026-11-22T08:00:00.000Z',
			'2026-11-22T08:05:00.000Z'
		);
		const progress = snapshot(
			second,
			lesson('containers', '2026-11-22T09:00:00.000Z'),
			first,
			draft('kubernetes', '2026-11-23T08:00:00.000Z')
		);
		expect(progress.attempts.map((a) => a.attemptId)).toEqual(['a1', 'a2']);
		expect(Object.keys(progress.lessons)).toEqual(['containers']);
		expect(Object.keys(progress.drafts)).toEqual(['kubernetes']);
		expect(lastAttempt(progress, 'containers')?.attemptId).toBe('a2');
		expect(attemptsFor(progress, 'kubernetes')).toEqual([]);
	});
});

describe('the state of a lesson', () => {
	const at = '2026-11-21T08:00:00.000Z';
	const later = '2026-11-21T09:00:00.000Z';

	it.each([
		['not-started', empty],
		['reading', snapshot(lesson('containers', at))],
		['read', snapshot(lesson('containers', at, { finishedAt: at }))],
		[
			'needs-review',
			snapshot(lesson('containers', at), attempt('containers', 'a1', 0.4, at, later))
		],
		[
			'passed',
			snapshot(
				attempt('containers', 'a1', 0.4, at, at),
				attempt('containers', 'a2', 0.9, at, later)
			)
		],
		// A retry in progress is what the learner is doing, even after a pass.
		[
			'quiz-in-progress',
			snapshot(attempt('containers', 'a1', 1, at, at), draft('containers', later))
		]
	] as const)('is %s', (state, progress) => {
		expect(stateOf(progress, 'containers')).toBe(state);
		expect(stateOf(progress, 'kubernetes')).toBe('not-started');
	});

	it('keeps the best score of every attempt, not the last', () => {
		const progress = snapshot(
			attempt('containers', 'a1', 0.9, at, at),
			attempt('containers', 'a2', 0.7, later, later)
		);
		expect(bestScore(progress, 'containers')).toBe(0.9);
		expect(lastAttempt(progress, 'containers')?.score).toBe(0.7);
		expect(bestScore(progress, 'kubernetes')).toBeUndefined();
	});
});

describe("a learner's overview, as the team page reads it", () => {
	const progress = snapshot(
		lesson('containers', '2026-11-20T09:00:00.000Z', { finishedAt: '2026-11-20T09:00:00.000Z' }),
		lesson('kubernetes', '2026-11-23T09:00:00.000Z'),
		attempt('containers', 'a1', 1, '2026-11-21T08:00:00.000Z', '2026-11-21T08:05:00.000Z'),
		// Passed without reading to the end: learnt all the same.
		attempt('cloud-native', 'a2', 1, '2026-11-22T08:00:00.000Z', '2026-11-22T08:05:00.000Z')
	);
	const ids = ['containers', 'kubernetes', 'cloud-native', 'cncf'];

	it('counts passed and read lessons and finds the last activity', () => {
		expect(passedCount(progress, ids)).toBe(2);
		expect(readCount(progress, ids)).toBe(2);
		expect(lastActivity(progress)).toBe('2026-11-23T09:00:00.000Z');
		expect(lastActivity(snapshot(draft('cncf', '2026-11-24T08:00:00.000Z')))).toBe(
			'2026-11-24T08:00:00.000Z'
		);
		expect(lastActivity(empty)).toBeUndefined();
		expect(passedCount(empty, ids)).toBe(0);
	});

	it('adds reading time and quiz time, per lesson and in all', () => {
		expect(timeSpentMs(progress, 'containers')).toBe(60_000 + 5 * 60_000);
		expect(timeSpentMs(progress, 'kubernetes')).toBe(60_000);
		expect(timeSpentMs(progress, 'cncf')).toBe(0);
		expect(timeSpentMs(progress)).toBe(2 * 60_000 + 2 * 5 * 60_000);
	});

	it('counts a quiz left open overnight as its cap, and a quiz timed backwards as nothing', () => {
		const overnight = attempt(
			'containers',
			'a1',
			1,
			'2026-11-21T20:00:00.000Z',
			'2026-11-22T08:00:00.000Z'
		);
		const backwards = attempt(
			'containers',
			'a2',
			1,
			'2026-11-22T09:00:00.000Z',
			'2026-11-22T08:59:00.000Z'
		);
		expect(timeSpentMs(snapshot(overnight))).toBe(maxAttemptMs);
		expect(maxAttemptMs).toBeLessThan(12 * 60 * 60 * 1000);
		expect(timeSpentMs(snapshot(backwards))).toBe(0);
	});
});

describe('where to pick up', () => {
	it('is the lesson visited last, at the section reached', () => {
		const progress = snapshot(
			lesson('containers', '2026-11-20T09:00:00.000Z', { section: 'images' }),
			lesson('kubernetes', '2026-11-21T09:00:00.000Z', { section: '控制平面' })
		);
		expect(resumePoint(progress)).toEqual({
			kind: 'lesson',
			lessonId: 'kubernetes',
			at: '2026-11-21T09:00:00.000Z',
			section: '控制平面'
		});
	});

	it('skips a lesson whose quiz is passed', () => {
		const progress = snapshot(
			lesson('containers', '2026-11-20T09:00:00.000Z', { section: 'images' }),
			lesson('kubernetes', '2026-11-21T09:00:00.000Z'),
			attempt('kubernetes', 'a1', 1, '2026-11-21T09:10:00.000Z', '2026-11-21T09:20:00.000Z')
		);
		expect(resumePoint(progress)).toMatchObject({
			kind: 'lesson',
			lessonId: 'containers',
			section: 'images'
		});
	});

	it('is the quiz in progress when it was touched after the last lesson visit', () => {
		const visited = lesson('containers', '2026-11-21T09:00:00.000Z', { section: 'images' });
		expect(resumePoint(snapshot(visited, draft('kubernetes', '2026-11-21T09:30:00.000Z')))).toEqual(
			{
				kind: 'quiz',
				lessonId: 'kubernetes',
				at: '2026-11-21T09:30:00.000Z'
			}
		);
		expect(
			resumePoint(snapshot(visited, draft('kubernetes', '2026-11-21T08:30:00.000Z')))
		).toMatchObject({ kind: 'lesson', lessonId: 'containers' });
		expect(resumePoint(empty)).toBeUndefined();
	});

	it('places the learner in a quiz among the questions still to answer', () => {
		const retry = draft('containers', '2026-11-21T09:30:00.000Z', {
			current: 'q3',
			answers: { q1: 'a' },
			checked: ['q1'],
			carried: ['q1']
		});
		expect(quizPosition(snapshot(retry), 'containers')).toEqual({ n: 2, total: 3 });
		expect(quizPosition(snapshot(retry), 'kubernetes')).toBeUndefined();
	});
});

describe('telling a later export of the same learner from another learner', () => {
	const opened = (lessonId: string, openedAt: string) =>
		lesson(lessonId, openedAt, { openedAt, timeSpentMs: 0 });
	const at = '2026-11-20T08:00:00.000Z';

	it('a later file holds all of the earlier one; another learner shares nothing', () => {
		const earlier = snapshot(opened('containers', at));
		const later = snapshot(
			opened('containers', at),
			opened('kubernetes', '2026-11-27T08:00:00.000Z')
		);
		const other = snapshot(opened('containers', '2026-11-20T08:00:00.001Z'));
		expect(continues(later, earlier)).toBe(true);
		expect(continues(earlier, later)).toBe(false);
		expect(continues(earlier, earlier)).toBe(true);
		expect(continues(later, other)).toBe(false);
		expect(continues(other, earlier)).toBe(false);
	});

	it('attempts count as well as openings', () => {
		const quiz = attempt('containers', 'a1', 1, at, at);
		expect(continues(snapshot(quiz, opened('containers', at)), snapshot(quiz))).toBe(true);
		expect(continues(snapshot(opened('containers', at)), snapshot(quiz))).toBe(false);
	});

	it('an empty file continues nothing and is continued by nothing', () => {
		const some = snapshot(opened('containers', at));
		expect(continues(some, empty)).toBe(false);
		expect(continues(empty, some)).toBe(false);
		expect(continues(empty, empty)).toBe(false);
	});
});
