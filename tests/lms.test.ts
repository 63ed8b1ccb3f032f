import { describe, expect, it } from 'vitest';
import { loadCourse } from '../src/lib/content/course.server';
import { readOutline } from '../src/lib/content/course-plugin';
import {
	decodeSuspendData,
	encodeSuspendData,
	questionHash,
	scorm12SuspendLimit,
	type CourseOutline
} from '../src/lib/lms/suspend';
import {
	courseReport,
	dataModels,
	locationPattern,
	scorm12Time,
	scorm2004Time
} from '../src/lib/lms/report';
import { snapshotOf } from '../src/lib/progress/queries';
import type { AttemptRecord, DraftRecord, LessonRecord } from '../src/lib/progress/records';
import { planMerge } from '../src/lib/progress/transfer';

const course = loadCourse('lessons', { enforceQuestionMix: false });
const outline: CourseOutline = readOutline('lessons');

const iso = (ms: number) => new Date(ms).toISOString();
const t0 = Date.parse('2026-01-01T00:00:00Z');
const twoYears = 2 * 365 * 24 * 3600 * 1000;

/** The most a finished course can hold: every lesson read for the longest time the store counts,
 * the longest section id records accept, a failed attempt and a passed one per lesson, spread over
 * two years, and a quiz in progress again in every lesson with the longest answers. */
function fullCourse() {
	const lessons: LessonRecord[] = [];
	const attempts: AttemptRecord[] = [];
	const drafts: DraftRecord[] = [];
	outline.lessons.forEach(({ id, questions }, index) => {
		const at = (offset: number) => iso(t0 + index * (twoYears / 20) + offset);
		lessons.push({
			schema: 4,
			lessonId: id,
			openedAt: at(0),
			lastVisitedAt: iso(t0 + twoYears),
			finishedAt: at(3_600_000),
			timeSpentMs: 1e11,
			section: '节'.repeat(200)
		});
		const attempt = (n: number, passed: boolean): AttemptRecord => {
			const scores = Object.fromEntries(
				questions.map((q, i) => [q, passed ? (i % 3 === 0 ? 2 / 3 : 1) : 0])
			);
			const score = Object.values(scores).reduce((a, b) => a + b, 0) / questions.length;
			return {
				schema: 4,
				lessonId: id,
				attemptId: `${n}`.padStart(24, 'a'),
				startedAt: at(n * 7_200_000),
				finishedAt: at(n * 7_200_000 + 7_199_000),
				questionIds: questions,
				answers: Object.fromEntries(questions.map((q) => [q, 'x'.repeat(200)])),
				scores,
				score,
				passed,
				seed: 0xffffffff,
				carried: []
			};
		};
		attempts.push(attempt(2, false), attempt(3, true));
		drafts.push({
			schema: 4,
			lessonId: id,
			attemptId: 'f'.repeat(24),
			revision: 9999,
			startedAt: at(4 * 7_200_000),
			updatedAt: at(5 * 7_200_000),
			seed: 0xffffffff,
			questionIds: questions,
			current: questions.at(-1)!,
			answers: Object.fromEntries(questions.map((q) => [q, 'y'.repeat(200)])),
			checked: questions.slice(0, -1),
			carried: []
		});
	});
	return snapshotOf([
		...lessons.map((record) => ({ kind: 'lesson' as const, record })),
		...attempts.map((record) => ({ kind: 'attempt' as const, record })),
		...drafts.map((record) => ({ kind: 'draft' as const, record }))
	]);
}

describe('suspend data', () => {
	it('names the questions the course has, with no two alike in a lesson', () => {
		expect(outline.lessons.map((l) => l.id)).toEqual(course.lessons.map((l) => l.id));
		for (const lesson of course.lessons) {
			const ids = lesson.quiz.questions.map((q) => q.id);
			expect(outline.lessons.find((l) => l.id === lesson.id)?.questions).toEqual(ids);
			expect(new Set(ids.map(questionHash)).size).toBe(ids.length);
		}
	});

	it('keeps every lesson and its passed attempt of a finished course within SCORM 1.2 limit', () => {
		const progress = fullCourse();
		const unlimited = encodeSuspendData(progress, outline, Infinity);
		const text = encodeSuspendData(progress, outline, scorm12SuspendLimit);
		const essentials = encodeSuspendData(
			{ ...progress, drafts: {}, attempts: progress.attempts.filter((a) => a.passed) },
			outline,
			Infinity
		).replace(/,节+/g, ',');
		console.log(
			`suspend data, ${outline.lessons.length} lessons: everything ${unlimited.length} chars; lessons and passed attempts ${essentials.length}; written ${text.length} of ${scorm12SuspendLimit}`
		);
		expect(text.length).toBeLessThanOrEqual(scorm12SuspendLimit);
		const restored = snapshotOf(decodeSuspendData(text, outline));
		for (const { id } of outline.lessons) {
			expect(restored.lessons[id]?.finishedAt, id).toBe(progress.lessons[id]!.finishedAt);
			expect(
				restored.attempts.filter((a) => a.lessonId === id && a.passed),
				id
			).toHaveLength(1);
		}
		// Room for the course to grow: the essentials take at most three quarters of the limit.
		expect(essentials.length).toBeLessThanOrEqual(scorm12SuspendLimit * 0.75);
	});

	it('round-trips records as records.ts accepts them, and the merge adds nothing twice', () => {
		const progress = fullCourse();
		const text = encodeSuspendData(progress, outline, Infinity);
		const records = decodeSuspendData(text, outline);
		const restored = snapshotOf(records);
		const id = outline.lessons[0]!.id;
		const lesson = progress.lessons[id]!;
		expect(restored.lessons[id]).toEqual({ ...lesson, timeSpentMs: 1e11 });
		const passed = progress.attempts.find((a) => a.lessonId === id && a.passed)!;
		const back = restored.attempts.find((a) => a.attemptId === passed.attemptId)!;
		expect(back.questionIds).toEqual(passed.questionIds);
		expect(back.score).toBeCloseTo(passed.score, 3);
		expect(back.passed).toBe(true);
		expect(back.answers).toEqual({});
		expect(restored.drafts[id]).toMatchObject({
			answers: progress.drafts[id]!.answers,
			current: progress.drafts[id]!.current,
			checked: progress.drafts[id]!.checked,
			revision: 9999
		});
		// The LMS's copy merged into the browser that made it changes nothing.
		expect(planMerge(progress, records).records).toEqual([]);
		// Into a fresh profile, everything.
		expect(planMerge(snapshotOf([]), records).records).toHaveLength(records.length);
	});

	it('leaves out the least important first, and never writes more than the limit', () => {
		const progress = fullCourse();
		const full = encodeSuspendData(progress, outline, Infinity);
		for (const limit of [full.length - 1, 3000, 1500, 400, 60, 1]) {
			const text = encodeSuspendData(progress, outline, limit);
			expect(text.length).toBeLessThanOrEqual(limit);
			const restored = snapshotOf(decodeSuspendData(text, outline));
			const lessonsKept = Object.keys(restored.lessons).length;
			const passedKept = restored.attempts.filter((a) => a.passed).length;
			// Drafts and failed attempts go before any lesson or passed attempt does.
			if (lessonsKept < outline.lessons.length || passedKept < outline.lessons.length) {
				expect(Object.keys(restored.drafts)).toEqual([]);
				expect(restored.attempts.filter((a) => !a.passed)).toEqual([]);
			}
			// A lesson goes with its passed attempt; the most recently active stay.
			expect(passedKept).toBe(lessonsKept);
		}
		const small = snapshotOf(decodeSuspendData(encodeSuspendData(progress, outline, 700), outline));
		expect(Object.keys(small.lessons)).toContain(outline.lessons.at(-1)!.id);
		expect(Object.keys(small.lessons)).not.toContain(outline.lessons[0]!.id);
	});

	it('reads whatever the LMS holds without throwing, keeping only valid records', () => {
		for (const text of [
			'',
			'2abc',
			'1',
			'1zz|',
			'1x|containers~Lq,q,q',
			'1|~A',
			'1a|kubernetes~D,,,,,,,,,{',
			'1a|x~Z1,2'
		]) {
			expect(() => decodeSuspendData(text, outline)).not.toThrow();
		}
		expect(decodeSuspendData('1a|containers~L0,0,,0,', outline)).toHaveLength(1);
		expect(decodeSuspendData('1a|Bad Id~L0,0,,0,', outline)).toEqual([]);
		// A question the course no longer has: the attempt is not restored.
		expect(decodeSuspendData('1a|containers~AAAAAAAAAAAAAAAAA,0,1,1,zzz,rs', outline)).toEqual([]);
	});
});

describe('what the LMS is told', () => {
	it('complete once every lesson is passed; the score is the mean of the best quiz scores', () => {
		const progress = fullCourse();
		expect(courseReport(progress, outline)).toMatchObject({ complete: true, progress: 1 });
		const passedScores = progress.attempts.filter((a) => a.passed).map((a) => a.score);
		const mean = passedScores.reduce((sum, score) => sum + score, 0) / passedScores.length;
		expect(courseReport(progress, outline).score).toBeCloseTo(mean, 9);
		const best = passedScores[0]!;
		const one = {
			...progress,
			attempts: progress.attempts.filter((a) => a.lessonId === 'containers')
		};
		const report = courseReport(one, outline);
		expect(report.complete).toBe(false);
		expect(report.progress).toBeCloseTo(1 / outline.lessons.length, 9);
		// The best of the lesson's two attempts, not their mean, and untaken quizzes do not count.
		expect(report.score).toBeCloseTo(best, 9);
		expect(courseReport(snapshotOf([]), outline)).toEqual({
			complete: false,
			progress: 0,
			score: undefined
		});
	});

	it("writes each version's values in its own formats", () => {
		expect(scorm12Time(0)).toBe('0000:00:00.00');
		expect(scorm12Time(3_723_456)).toBe('0001:02:03.46');
		expect(scorm2004Time(3_723_456)).toBe('PT1H2M3.46S');
		const report = { complete: true, progress: 1, score: 0.875 };
		expect(dataModels['1.2'].values(report, 1000)).toEqual([
			['cmi.core.lesson_status', 'passed'],
			['cmi.core.score.min', '0'],
			['cmi.core.score.max', '100'],
			['cmi.core.score.raw', '87.5'],
			['cmi.core.session_time', '0000:00:01.00']
		]);
		expect(new Map(dataModels['2004'].values(report, 1000))).toEqual(
			new Map([
				['cmi.completion_status', 'completed'],
				['cmi.success_status', 'passed'],
				['cmi.progress_measure', '1'],
				['cmi.score.min', '0'],
				['cmi.score.max', '100'],
				['cmi.score.raw', '87.5'],
				['cmi.score.scaled', '0.875'],
				['cmi.session_time', 'PT0H0M1.00S']
			])
		);
	});

	it('resumes only at pages of the course', () => {
		for (const place of [
			'zh/index.html',
			'en/lessons/cncf/quiz/index.html',
			'zh/glossary/',
			'en/'
		]) {
			expect(place).toMatch(locationPattern);
		}
		for (const place of [
			'',
			'https://evil.example/',
			'../x',
			'zh/lessons/../../x',
			'de/index.html',
			'/zh/'
		]) {
			expect(place).not.toMatch(locationPattern);
		}
	});
});
