import { describe, expect, it } from 'vitest';
import { loadCourse } from '../src/lib/content/course.server';
import { readOutline } from '../src/lib/content/course-plugin';
import { loadTracks } from '../src/lib/content/tracks.server';
import { certificateCode } from '../src/lib/exam/certificate';
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
import { snapshotOf, type ProgressSnapshot } from '../src/lib/progress/queries';
import {
	longestInterval,
	maxLearnerName,
	maxReps,
	stabilityRange,
	type AttemptRecord,
	type CardRecord,
	type DraftRecord,
	type ExamRecord,
	type FinishedExam,
	type LessonRecord,
	type RecordKind,
	type AnyRecord
} from '../src/lib/progress/records';
import { planMerge } from '../src/lib/progress/transfer';

const course = loadCourse('lessons', { enforceQuestionMix: false });
const outline: CourseOutline = readOutline('lessons');

const iso = (ms: number) => new Date(ms).toISOString();
const t0 = Date.parse('2026-01-01T00:00:00Z');
const twoYears = 2 * 365 * 24 * 3600 * 1000;
const day = 86_400_000;
const end = t0 + twoYears;

/** A finished exam of `trackId`, two questions of each of its lessons, as the store writes it. */
function exam(
	trackId: string,
	n: number,
	scoreOf: (index: number) => number,
	fields: Partial<ExamRecord> = {}
): FinishedExam {
	const lessons = outline.tracks.find((track) => track.id === trackId)!.lessons;
	const questions = lessons.flatMap((lessonId) =>
		outline.lessons
			.find((lesson) => lesson.id === lessonId)!
			.questions.slice(n % 2, (n % 2) + 2)
			.map((id) => `${lessonId}:${id}`)
	);
	const scores = Object.fromEntries(questions.map((key, index) => [key, scoreOf(index)]));
	const score = questions.reduce((sum, key) => sum + scores[key]!, 0) / questions.length;
	const startedAt = iso(end - (10 - n) * day + 123);
	const finishedAt = iso(end - (10 - n) * day + 3_599_987);
	return {
		schema: 4,
		trackId,
		attemptId: `${n}`.padStart(24, 'e'),
		seed: 0xffffffff - n,
		courseVersion: '2026.12.2+' + 'x'.repeat(29),
		startedAt,
		updatedAt: finishedAt,
		timeLimitMs: 3_600_000,
		questions,
		current: questions.at(-1)!,
		answers: {},
		finishedAt,
		scores,
		score,
		passed: score >= 0.8,
		...fields
	} as FinishedExam;
}

/**
 * The most a finished course can hold: every lesson read for the longest time the store counts,
 * the longest section id records accept, a failed attempt and a passed one per lesson, spread over
 * two years, a quiz in progress again in every lesson with the longest answers; every question a
 * review card with the longest history records accept (as the course's scheduler makes cards:
 * due after the scheduled days); the full track chosen; a failed exam, a passed one with the
 * longest name on its certificate, and a retake in progress with the longest answers.
 */
function fullCourse(): ProgressSnapshot {
	const records: { kind: RecordKind; record: AnyRecord }[] = [];
	const add = (kind: RecordKind, record: AnyRecord) => records.push({ kind, record });
	outline.lessons.forEach(({ id, questions }, index) => {
		const at = (offset: number) => iso(t0 + index * (twoYears / 20) + offset);
		add('lesson', {
			schema: 4,
			lessonId: id,
			openedAt: at(0),
			lastVisitedAt: iso(end),
			finishedAt: at(3_600_000),
			timeSpentMs: 1e11,
			section: '节'.repeat(200)
		} satisfies LessonRecord);
		const attempt = (n: number, passed: boolean): AttemptRecord => {
			const scores = Object.fromEntries(
				questions.map((q, i) => [q, passed ? (i % 3 === 0 ? 2 / 3 : 1) : 0])
			);
			const score = questions.reduce((sum, q) => sum + scores[q]!, 0) / questions.length;
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
		add('attempt', attempt(2, false));
		add('attempt', attempt(3, true));
		add('draft', {
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
		} satisfies DraftRecord);
		questions.forEach((questionId, q) => {
			const lastReview = end - (index * 13 + q) * 3_600_000 - 59_999;
			add('card', {
				schema: 4,
				lessonId: id,
				questionId,
				lastReview: iso(lastReview),
				due: iso(lastReview + longestInterval * day),
				state: 'review',
				stability: stabilityRange.max / (1 + q),
				difficulty: 1 + (9 * q) / 13,
				scheduledDays: longestInterval,
				learningSteps: 0,
				reps: maxReps,
				lapses: maxReps - 1
			} satisfies CardRecord);
		});
	});
	add('track', { schema: 4, trackId: 'full', chosenAt: iso(t0 + 1000) });
	add(
		'exam',
		exam('full', 1, () => 0.5)
	);
	add(
		'exam',
		exam('full', 2, (i) => (i === 0 ? 2 / 3 : i === 1 ? 1 / 3 : 1), {
			learnerName: '长'.repeat(maxLearnerName)
		})
	);
	const retake = exam('full', 3, () => 1);
	add('exam', {
		...retake,
		finishedAt: undefined,
		scores: undefined,
		score: undefined,
		passed: undefined,
		updatedAt: iso(end),
		answers: Object.fromEntries(retake.questions.map((key) => [key, 'z'.repeat(200)]))
	} as ExamRecord);
	return snapshotOf(records);
}

const passedExam = (progress: ProgressSnapshot) =>
	progress.exams.find((e) => e.passed) as FinishedExam;

const roundTrip = (progress: ProgressSnapshot, limit: number) =>
	snapshotOf(decodeSuspendData(encodeSuspendData(progress, outline, limit), outline));

describe('suspend data', () => {
	it('names the questions and tracks the course has, with no two questions alike in a lesson', () => {
		expect(outline.lessons.map((l) => l.id)).toEqual(course.lessons.map((l) => l.id));
		for (const lesson of course.lessons) {
			const ids = lesson.quiz.questions.map((q) => q.id);
			expect(outline.lessons.find((l) => l.id === lesson.id)?.questions).toEqual(ids);
			expect(new Set(ids.map(questionHash)).size).toBe(ids.length);
		}
		const tracks = loadTracks(
			'lessons',
			course.lessons.map((l) => l.id)
		);
		expect(outline.tracks).toEqual(tracks.map(({ id, lessons }) => ({ id, lessons })));
	});

	it('keeps lessons, passed attempts, cards, the track and the passed exam of a finished course within SCORM 1.2 limit', async () => {
		const progress = fullCourse();
		const unlimited = encodeSuspendData(progress, outline, Infinity);
		const startedAt = performance.now();
		const text = encodeSuspendData(progress, outline, scorm12SuspendLimit);
		const took = performance.now() - startedAt;
		const essentials = encodeSuspendData(
			{
				...progress,
				drafts: {},
				attempts: progress.attempts.filter((a) => a.passed),
				exams: [passedExam(progress)]
			},
			outline,
			Infinity
		).replace(/,节+/g, ',');
		const cards = Object.keys(progress.cards).length;
		const lessonsOnly = encodeSuspendData(
			{
				...snapshotOf([]),
				lessons: progress.lessons,
				attempts: progress.attempts.filter((a) => a.passed)
			},
			outline,
			Infinity
		).replace(/,节+/g, ',');
		console.log(
			`suspend data, ${outline.lessons.length} lessons, ${cards} cards: everything ${unlimited.length} chars; lessons and passed attempts ${lessonsOnly.length}; with cards, track and passed exam ${essentials.length}; written ${text.length} of ${scorm12SuspendLimit} in ${took.toFixed(0)} ms`
		);
		expect(text.length).toBeLessThanOrEqual(scorm12SuspendLimit);
		expect(essentials.length).toBeLessThanOrEqual(text.length);
		const restored = snapshotOf(decodeSuspendData(text, outline));
		for (const { id } of outline.lessons) {
			expect(restored.lessons[id]?.finishedAt, id).toBe(progress.lessons[id]!.finishedAt);
			expect(
				restored.attempts.filter((a) => a.lessonId === id && a.passed),
				id
			).toHaveLength(1);
		}
		expect(Object.keys(restored.cards).sort()).toEqual(Object.keys(progress.cards).sort());
		expect(restored.track?.trackId).toBe('full');
		const passed = passedExam(progress);
		const back = passedExam(restored);
		expect(back).toMatchObject({
			attemptId: passed.attemptId,
			finishedAt: passed.finishedAt,
			score: passed.score,
			learnerName: passed.learnerName
		});
		// The certificate printed in the first browser is confirmed by the restored one.
		const code = (exam: FinishedExam) =>
			certificateCode({
				learnerName: exam.learnerName!,
				trackId: exam.trackId,
				date: exam.finishedAt,
				score: exam.score,
				attemptId: exam.attemptId,
				courseVersion: exam.courseVersion
			});
		expect(await code(back)).toBe(await code(passed));
		// The lessons and their passed attempts leave room for the course to grow.
		expect(lessonsOnly.length).toBeLessThanOrEqual(scorm12SuspendLimit * 0.4);
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
		// Scores are fractions: exact.
		expect(back.scores).toEqual(passed.scores);
		expect(back.score).toBe(passed.score);
		expect(back.passed).toBe(true);
		expect(back.answers).toEqual({});
		expect(restored.drafts[id]).toMatchObject({
			answers: progress.drafts[id]!.answers,
			current: progress.drafts[id]!.current,
			checked: progress.drafts[id]!.checked,
			revision: 9999
		});
		for (const [key, card] of Object.entries(progress.cards)) {
			const copy = restored.cards[key]!;
			expect(copy, key).toMatchObject({
				state: card.state,
				scheduledDays: card.scheduledDays,
				learningSteps: card.learningSteps,
				reps: card.reps,
				lapses: card.lapses
			});
			// To the minute, and due as scheduled after it.
			expect(Date.parse(card.lastReview) - Date.parse(copy.lastReview)).toBeGreaterThanOrEqual(0);
			expect(Date.parse(card.lastReview) - Date.parse(copy.lastReview)).toBeLessThan(60_000);
			expect(Date.parse(copy.due) - Date.parse(copy.lastReview)).toBe(card.scheduledDays * day);
			expect(Math.abs(copy.stability / card.stability - 1)).toBeLessThan(1e-4);
			expect(Math.abs(copy.difficulty - card.difficulty)).toBeLessThan(0.002);
		}
		const retake = progress.exams.find((e) => !e.finishedAt)!;
		expect(restored.exams.find((e) => !e.finishedAt)).toMatchObject({
			attemptId: retake.attemptId,
			seed: retake.seed,
			questions: retake.questions,
			current: retake.current,
			answers: retake.answers,
			timeLimitMs: retake.timeLimitMs,
			courseVersion: retake.courseVersion
		});
		expect(restored.exams.filter((e) => e.finishedAt)).toHaveLength(2);
		expect(restored.track).toEqual(progress.track);
		// The LMS's copy merged into the browser that made it changes nothing.
		expect(planMerge(progress, records).records).toEqual([]);
		// Into a fresh profile, everything.
		expect(planMerge(snapshotOf([]), records).records).toHaveLength(records.length);
		// Cards that are not as the scheduler makes them (a due date of their own, learning steps,
		// a state other than review) come back too.
		const odd: CardRecord = {
			...Object.values(progress.cards)[0]!,
			due: iso(Date.parse(Object.values(progress.cards)[0]!.lastReview) + 600_000),
			state: 'relearning',
			learningSteps: 3,
			scheduledDays: 0,
			reps: 5,
			lapses: 4
		};
		const oddBack = roundTrip(
			{ ...snapshotOf([]), cards: { [`${odd.lessonId}:${odd.questionId}`]: odd } },
			Infinity
		).cards[`${odd.lessonId}:${odd.questionId}`];
		expect(oddBack).toMatchObject({ state: 'relearning', learningSteps: 3, reps: 5, lapses: 4 });
		expect(Date.parse(oddBack!.due) - Date.parse(oddBack!.lastReview)).toBe(600_000);
	});

	it('leaves out the least important first, by its stated order, and never writes more than the limit', () => {
		const progress = fullCourse();
		const full = encodeSuspendData(progress, outline, Infinity);
		const decisive = passedExam(progress).attemptId;
		const allCards = Object.keys(progress.cards).length;
		const limits = [
			full.length - 1,
			8000,
			5000,
			scorm12SuspendLimit,
			3500,
			2500,
			1500,
			700,
			400,
			60,
			1
		];
		for (const limit of limits) {
			const text = encodeSuspendData(progress, outline, limit);
			expect(text.length).toBeLessThanOrEqual(limit);
			const restored = snapshotOf(decodeSuspendData(text, outline));
			const lessonsKept = Object.keys(restored.lessons).length;
			const passedKept = restored.attempts.filter((a) => a.passed).length;
			const cardsKept = Object.keys(restored.cards).length;
			const examsKept = restored.exams.map((e) => e.attemptId);
			// 1. Drafts, the exam in progress and failed attempts and exams go before any card does.
			if (cardsKept < allCards) {
				expect(Object.keys(restored.drafts), `${limit}`).toEqual([]);
				expect(
					restored.attempts.filter((a) => !a.passed),
					`${limit}`
				).toEqual([]);
				expect(
					examsKept.filter((id) => id !== decisive),
					`${limit}`
				).toEqual([]);
			}
			// 2. Cards go before any lesson or passed attempt does.
			if (lessonsKept < outline.lessons.length) expect(cardsKept, `${limit}`).toBe(0);
			// 3. The track and the exam that decides the course go last of all.
			if (lessonsKept > 0) {
				expect(restored.track, `${limit}`).toBeDefined();
				expect(examsKept, `${limit}`).toContain(decisive);
			}
			// A lesson goes with its passed attempt; the most recently active stay.
			expect(passedKept).toBe(lessonsKept);
		}
		const small = roundTrip(progress, 900);
		expect(Object.keys(small.lessons)).toContain(outline.lessons.at(-1)!.id);
		expect(Object.keys(small.lessons)).not.toContain(outline.lessons[0]!.id);
		// Some cards go, the least recently reviewed first.
		const some = roundTrip(progress, 3500);
		const kept = Object.values(some.cards).map(
			(c) => progress.cards[`${c.lessonId}:${c.questionId}`]!
		);
		const dropped = Object.values(progress.cards).filter(
			(c) => !some.cards[`${c.lessonId}:${c.questionId}`]
		);
		expect(kept.length).toBeGreaterThan(0);
		expect(dropped.length).toBeGreaterThan(0);
		const newestDropped = dropped
			.map((c) => c.lastReview)
			.sort()
			.at(-1)!;
		expect(kept.every((c) => c.lastReview >= newestDropped)).toBe(true);
	});

	it('reads whatever the LMS holds without throwing, keeping only valid records', () => {
		for (const text of [
			'',
			'2abc',
			'1',
			'2',
			'2zz|',
			'2x|containers~Lq,q,q',
			'2|~A',
			'2a|kubernetes~D,,,,,,,,,{',
			'2a|x~Z1,2',
			'2a|~E,,,,,,,,,[',
			'2a|~Efull,,,,,,,,,null',
			'2a|containers~C',
			'2a|containers~CAAAAAAA',
			"2a|containers~C'x'",
			'2a|~T'
		]) {
			expect(() => decodeSuspendData(text, outline)).not.toThrow();
		}
		expect(decodeSuspendData('2a|containers~L0,0,,0,', outline)).toHaveLength(1);
		expect(decodeSuspendData('2a|Bad Id~L0,0,,0,', outline)).toEqual([]);
		// Version 1, written by the first packages: its lessons and attempts, scores in thousandths.
		const first = outline.lessons[0]!;
		const v1 = `1a|${first.id}~L0,0,,0,~AAAAAAAAAAAAAAAAA,0,1,1,${first.questions.map(questionHash).join('')},${first.questions.map((_, i) => (i === 0 ? 'go' : 'rs')).join('')}`;
		const v1Attempt = snapshotOf(decodeSuspendData(v1, outline)).attempts[0];
		expect(v1Attempt?.scores[first.questions[0]!]).toBe(0.6);
		expect(v1Attempt?.passed).toBe(true);
		expect(decodeSuspendData('3a|containers~L0,0,,0,', outline)).toEqual([]);
		// A question the course no longer has: the attempt is not restored.
		expect(decodeSuspendData('2a|containers~AAAAAAAAAAAAAAAAA,0,1,1,zzz,BB', outline)).toEqual([]);
		expect(decodeSuspendData('2a|~Tfull,0', outline)).toHaveLength(1);
	});
});

/** Every quiz of `lessonIds` passed with `score`, and nothing else. */
function passedLessons(lessonIds: string[], score = 1): AttemptRecord[] {
	return lessonIds.map((lessonId, index) => {
		const questions = outline.lessons.find((l) => l.id === lessonId)!.questions;
		const scores = Object.fromEntries(questions.map((q, i) => [q, i === 0 ? score : 1]));
		const mean = questions.reduce((sum, q) => sum + scores[q]!, 0) / questions.length;
		return {
			schema: 4,
			lessonId,
			attemptId: `${index}`.padStart(24, 'b'),
			startedAt: iso(t0 + index * day),
			finishedAt: iso(t0 + index * day + 60_000),
			questionIds: questions,
			answers: {},
			scores,
			score: mean,
			passed: true,
			seed: 0,
			carried: []
		};
	});
}

const withTrack = (trackId: string, attempts: AttemptRecord[], exams: ExamRecord[] = []) =>
	snapshotOf([
		{ kind: 'track', record: { schema: 4, trackId, chosenAt: iso(t0) } },
		...attempts.map((record) => ({ kind: 'attempt' as const, record })),
		...exams.map((record) => ({ kind: 'exam' as const, record }))
	]);

describe('what the LMS is told', () => {
	const rnd = outline.tracks.find((t) => t.id === 'rnd')!.lessons;
	const allLessons = outline.lessons.map((l) => l.id);

	it('with no track: complete once every lesson is passed; the score is the mean of the best quiz scores', () => {
		const progress = fullCourse();
		const noTrack = { ...progress, track: undefined, exams: [] };
		expect(courseReport(noTrack, outline)).toMatchObject({ complete: true, progress: 1 });
		const passedScores = progress.attempts.filter((a) => a.passed).map((a) => a.score);
		const mean = passedScores.reduce((sum, score) => sum + score, 0) / passedScores.length;
		expect(courseReport(noTrack, outline).score).toBeCloseTo(mean, 9);
		const best = passedScores[0]!;
		const one = {
			...noTrack,
			attempts: progress.attempts.filter((a) => a.lessonId === 'containers')
		};
		const report = courseReport(one, outline);
		expect(report.complete).toBe(false);
		expect(report.progress).toBeCloseTo(1 / outline.lessons.length, 9);
		// The best of the lesson's two attempts, not their mean, and untaken quizzes do not count.
		expect(report.score).toBeCloseTo(best, 9);
		expect(courseReport(snapshotOf([]), outline)).toEqual({
			complete: false,
			failed: false,
			progress: 0,
			score: undefined
		});
		// A track the course no longer has counts as none.
		expect(courseReport(withTrack('gone', passedLessons(rnd)), outline)).toMatchObject({
			complete: false,
			progress: rnd.length / allLessons.length
		});
	});

	it("with a track and no exam taken: complete once the track's lessons are passed, scored over them", () => {
		const others = allLessons.filter((id) => !rnd.includes(id));
		expect(others.length).toBeGreaterThan(0);
		// Another lesson's quiz taken and failed counts neither way.
		const failed = { ...passedLessons([others[0]!], 0)[0]!, passed: false };
		const attempts = [...passedLessons(rnd, 0.5), failed];
		const report = courseReport(withTrack('rnd', attempts), outline);
		const mean = passedLessons(rnd, 0.5).reduce((sum, a) => sum + a.score, 0) / rnd.length;
		expect(report).toMatchObject({ complete: true, progress: 1 });
		expect(report.score).toBeCloseTo(mean, 9);
		const partly = courseReport(withTrack('rnd', passedLessons(rnd.slice(1))), outline);
		expect(partly.complete).toBe(false);
		expect(partly.progress).toBeCloseTo((rnd.length - 1) / rnd.length, 9);
		// An exam in progress, or one of another track, decides nothing.
		const inProgress = {
			...exam('rnd', 1, () => 1),
			finishedAt: undefined,
			scores: undefined,
			score: undefined,
			passed: undefined
		} as ExamRecord;
		expect(
			courseReport(
				withTrack('rnd', passedLessons(rnd.slice(1)), [inProgress, exam('full', 2, () => 1)]),
				outline
			)
		).toEqual(partly);
	});

	it("with a track's exam taken: complete once passed, scored by the best passed exam, else the latest", () => {
		const lessons = passedLessons(rnd);
		const failedEarly = exam('rnd', 1, (i) => (i < 6 ? 0 : 1));
		const passedLow = exam('rnd', 2, (i) => (i < 2 ? 0 : 1));
		const passedHigh = exam('rnd', 3, (i) => (i < 1 ? 0 : 1));
		const failedLate = exam('rnd', 4, () => 0.25);
		expect([failedEarly.passed, passedLow.passed, passedHigh.passed, failedLate.passed]).toEqual([
			false,
			true,
			true,
			false
		]);
		// Taken and failed: failed, not complete, whatever the quizzes; the latest exam's score.
		const failing = courseReport(withTrack('rnd', lessons, [failedLate, failedEarly]), outline);
		expect(failing).toEqual({
			complete: false,
			failed: true,
			progress: 1,
			score: failedLate.score
		});
		// Passed: complete, the best passed score, not a later failure's.
		expect(
			courseReport(
				withTrack('rnd', lessons, [failedEarly, passedHigh, passedLow, failedLate]),
				outline
			)
		).toEqual({ complete: true, failed: false, progress: 1, score: passedHigh.score });
		// Restored from the LMS alone, with no quiz attempt kept: still complete.
		expect(courseReport(withTrack('rnd', [], [passedLow]), outline)).toEqual({
			complete: true,
			failed: false,
			progress: 1,
			score: passedLow.score
		});
	});

	it("writes each version's values in its own formats", () => {
		expect(scorm12Time(0)).toBe('0000:00:00.00');
		expect(scorm12Time(3_723_456)).toBe('0001:02:03.46');
		expect(scorm2004Time(3_723_456)).toBe('PT1H2M3.46S');
		const report = { complete: true, failed: false, progress: 1, score: 0.875 };
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

	it('reports a failed final exam as failed, and the course as incomplete until it is passed', () => {
		const failedExam = exam('rnd', 1, () => 0.25);
		const report = courseReport(withTrack('rnd', passedLessons(rnd), [failedExam]), outline);
		expect(report).toMatchObject({ complete: false, failed: true });
		const v12 = new Map(dataModels['1.2'].values(report, 1000));
		expect(v12.get('cmi.core.lesson_status')).toBe('failed');
		const v2004 = new Map(dataModels['2004'].values(report, 1000));
		expect(v2004.get('cmi.success_status')).toBe('failed');
		expect(v2004.get('cmi.completion_status')).toBe('incomplete');
		// Before any exam: neither passed nor failed.
		const noExam = courseReport(withTrack('rnd', passedLessons(rnd.slice(1))), outline);
		expect(noExam.failed).toBe(false);
		expect(new Map(dataModels['1.2'].values(noExam, 0)).get('cmi.core.lesson_status')).toBe(
			'incomplete'
		);
		expect(new Map(dataModels['2004'].values(noExam, 0)).get('cmi.success_status')).toBe('unknown');
		// Passed after failing: passed.
		const passedLater = exam('rnd', 2, () => 1);
		const retaken = courseReport(
			withTrack('rnd', passedLessons(rnd), [failedExam, passedLater]),
			outline
		);
		expect(new Map(dataModels['1.2'].values(retaken, 0)).get('cmi.core.lesson_status')).toBe(
			'passed'
		);
		expect(new Map(dataModels['2004'].values(retaken, 0)).get('cmi.success_status')).toBe('passed');
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
