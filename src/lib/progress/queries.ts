/**
 * What the learner's progress says, read from a plain snapshot of the records: the same answers
 * for the store the pages keep up to date and for a learner's file on the team page. Reading
 * only; nothing here writes or waits.
 */
import {
	isFinishedExam,
	type AnyRecord,
	type AttemptRecord,
	type CardRecord,
	type DraftRecord,
	type ExamRecord,
	type FinishedExam,
	type LessonRecord,
	type RecordKind,
	type TrackRecord
} from './records';

export type LessonState =
	'not-started' | 'reading' | 'read' | 'quiz-in-progress' | 'passed' | 'needs-review';

/** One learner's records. The store is one (its state fields), and so is a file read on its own. */
export interface ProgressSnapshot {
	/** By lesson id. */
	lessons: Record<string, LessonRecord>;
	/** Finished attempts, in the order they finished. */
	attempts: AttemptRecord[];
	/** Quizzes in progress, by lesson id. */
	drafts: Record<string, DraftRecord>;
	/** Review cards, by `lessonId:questionId`. */
	cards: Record<string, CardRecord>;
	/** The chosen role track, if any. */
	track?: TrackRecord;
	/** Final exam attempts, in progress or finished, in the order they started. */
	exams: ExamRecord[];
}

/** One quiz's time counts at most this much, so that a tab left open overnight does not. */
export const maxAttemptMs = 2 * 60 * 60 * 1000;

/** The snapshot of records already parsed (see records.ts), whatever their order. */
export function snapshotOf(records: { kind: RecordKind; record: AnyRecord }[]): ProgressSnapshot {
	const snapshot: ProgressSnapshot = {
		lessons: {},
		attempts: [],
		drafts: {},
		cards: {},
		exams: []
	};
	for (const { kind, record } of records) {
		if (kind === 'lesson')
			snapshot.lessons[(record as LessonRecord).lessonId] = record as LessonRecord;
		else if (kind === 'attempt') snapshot.attempts.push(record as AttemptRecord);
		else if (kind === 'draft')
			snapshot.drafts[(record as DraftRecord).lessonId] = record as DraftRecord;
		else if (kind === 'card') {
			const card = record as CardRecord;
			snapshot.cards[`${card.lessonId}:${card.questionId}`] = card;
		} else if (kind === 'track') snapshot.track = record as TrackRecord;
		else snapshot.exams.push(record as ExamRecord);
	}
	snapshot.attempts.sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
	snapshot.exams.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
	return snapshot;
}

export function attemptsFor(progress: ProgressSnapshot, lessonId: string): AttemptRecord[] {
	return progress.attempts.filter((attempt) => attempt.lessonId === lessonId);
}

export function bestScore(progress: ProgressSnapshot, lessonId: string): number | undefined {
	const scores = attemptsFor(progress, lessonId).map((attempt) => attempt.score);
	return scores.length > 0 ? Math.max(...scores) : undefined;
}

export function lastAttempt(
	progress: ProgressSnapshot,
	lessonId: string
): AttemptRecord | undefined {
	return attemptsFor(progress, lessonId).at(-1);
}

export function stateOf(progress: ProgressSnapshot, lessonId: string): LessonState {
	const attempts = attemptsFor(progress, lessonId);
	if (progress.drafts[lessonId]) return 'quiz-in-progress';
	if (attempts.some((attempt) => attempt.passed)) return 'passed';
	if (attempts.length > 0) return 'needs-review';
	const lesson = progress.lessons[lessonId];
	if (lesson?.finishedAt) return 'read';
	if (lesson) return 'reading';
	return 'not-started';
}

/** How many of these lessons have a passed quiz. */
export function passedCount(progress: ProgressSnapshot, lessonIds: string[]): number {
	return lessonIds.filter((id) => stateOf(progress, id) === 'passed').length;
}

/** How many of these lessons were read, or had their quiz passed: that shows it was learnt. */
export function readCount(progress: ProgressSnapshot, lessonIds: string[]): number {
	return lessonIds.filter(
		(id) => progress.lessons[id]?.finishedAt || attemptsFor(progress, id).some((a) => a.passed)
	).length;
}

/** When the learner last read, answered or finished a quiz. */
export function lastActivity(progress: ProgressSnapshot): string | undefined {
	return [
		...Object.values(progress.lessons).map((lesson) => lesson.lastVisitedAt),
		...progress.attempts.map((attempt) => attempt.finishedAt),
		...Object.values(progress.drafts).map((draft) => draft.updatedAt)
	]
		.sort()
		.at(-1);
}

/** Reading time plus quiz time, each quiz capped so that an idle tab does not count. */
export function timeSpentMs(progress: ProgressSnapshot, lessonId?: string): number {
	const lessons = Object.values(progress.lessons).filter(
		(lesson) => !lessonId || lesson.lessonId === lessonId
	);
	const attempts = lessonId ? attemptsFor(progress, lessonId) : progress.attempts;
	return (
		lessons.reduce((sum, lesson) => sum + lesson.timeSpentMs, 0) +
		attempts.reduce(
			(sum, a) =>
				sum +
				Math.min(maxAttemptMs, Math.max(0, Date.parse(a.finishedAt) - Date.parse(a.startedAt))),
			0
		)
	);
}

export type ResumePoint =
	| { kind: 'quiz'; lessonId: string; at: string }
	| { kind: 'lesson'; lessonId: string; at: string; section?: string };

/** Where to pick up: the quiz in progress touched last, else the lesson visited last. */
export function resumePoint(progress: ProgressSnapshot): ResumePoint | undefined {
	const draft = Object.values(progress.drafts).sort((a, b) =>
		b.updatedAt.localeCompare(a.updatedAt)
	)[0];
	const lesson = Object.values(progress.lessons)
		.filter((l) => stateOf(progress, l.lessonId) !== 'passed')
		.sort((a, b) => b.lastVisitedAt.localeCompare(a.lastVisitedAt))[0];
	if (draft && (!lesson || draft.updatedAt >= lesson.lastVisitedAt)) {
		return { kind: 'quiz', lessonId: draft.lessonId, at: draft.updatedAt };
	}
	if (lesson) {
		return {
			kind: 'lesson',
			lessonId: lesson.lessonId,
			at: lesson.lastVisitedAt,
			section: lesson.section
		};
	}
	return undefined;
}

/** Where the learner is in a quiz in progress: the question on screen, of those to answer. */
export function quizPosition(
	progress: ProgressSnapshot,
	lessonId: string
): { n: number; total: number } | undefined {
	const draft = progress.drafts[lessonId];
	if (!draft) return undefined;
	const toAsk = draft.questionIds.filter((id) => !draft.carried.includes(id));
	return { n: Math.max(1, toAsk.indexOf(draft.current) + 1), total: toAsk.length };
}

/** When the learner last did anything in a lesson: read it, answered its quiz or finished one. */
export function lastTouched(progress: ProgressSnapshot, lessonId: string): string | undefined {
	return [
		progress.lessons[lessonId]?.lastVisitedAt,
		progress.drafts[lessonId]?.updatedAt,
		lastAttempt(progress, lessonId)?.finishedAt
	]
		.filter((time): time is string => time !== undefined)
		.sort()
		.at(-1);
}

/** Whether the learner has ever passed this lesson's quiz (a retry in progress keeps it passed). */
export function hasPassed(progress: ProgressSnapshot, lessonId: string): boolean {
	return attemptsFor(progress, lessonId).some((attempt) => attempt.passed);
}

/** A track's exam in progress, if any. */
export function examInProgress(
	progress: ProgressSnapshot,
	trackId: string
): ExamRecord | undefined {
	return progress.exams.filter((exam) => exam.trackId === trackId && !exam.finishedAt).at(-1);
}

/** A track's finished exams, in the order they finished. */
export function finishedExams(progress: ProgressSnapshot, trackId: string): FinishedExam[] {
	return progress.exams
		.filter((exam): exam is FinishedExam => exam.trackId === trackId && isFinishedExam(exam))
		.sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
}

/** The exam that earns the track's certificate: the best passed one, the latest of equals. */
export function certifiedExam(
	progress: ProgressSnapshot,
	trackId: string
): FinishedExam | undefined {
	return finishedExams(progress, trackId)
		.filter((exam) => exam.passed)
		.reduce<FinishedExam | undefined>(
			(best, exam) => (!best || exam.score >= best.score ? exam : best),
			undefined
		);
}
