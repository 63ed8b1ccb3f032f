/**
 * The records kept in the progress store. Everything read back from storage is untrusted
 * (another version of the app, another tab, a browser extension, an imported file): it is
 * migrated to the current schema and parsed field by field; what does not fit is never trusted.
 *
 * Schema history (each stored record carries its `schema`):
 * - 1: the first release. Drafts pointed at the question on screen by index.
 * - 2: lessons record last visit, time spent and the section reached; attempts keep their
 *      shuffle seed and the answers carried from a retried attempt; drafts point at the
 *      question on screen by id.
 * - 3: drafts count their changes (`revision`), so that a change from a tab that saw an older
 *      draft is recognised without trusting clocks. Lessons and attempts are unchanged.
 * - 4: new kinds: review cards (`card:`), the chosen role track (`track:chosen`) and final exam
 *      attempts (`exam:`, in progress or finished). Lessons, attempts and drafts are unchanged.
 *
 * A record is accepted only if it is consistent, not merely well-typed: every view that reads it
 * must be able to show it (ids unique within a list, answers only to questions of the attempt,
 * the current question inside the attempt, a score that is the mean of the question scores …).
 * The same parsers serve the store on load and the import, so "accepted" means the same in both.
 */

export const schemaVersion = 4;

export interface LessonRecord {
	schema: 4;
	lessonId: string;
	openedAt: string;
	lastVisitedAt: string;
	finishedAt?: string;
	/** Time with the lesson on screen. */
	timeSpentMs: number;
	/** The id of the last section heading the learner scrolled past. */
	section?: string;
}

/** One finished quiz attempt. Answers are keyed by stable question ids. */
export interface AttemptRecord {
	schema: 4;
	lessonId: string;
	attemptId: string;
	startedAt: string;
	finishedAt: string;
	/** The questions graded, in the order asked. */
	questionIds: string[];
	answers: Record<string, unknown>;
	/** Per question, 0 to 1. */
	scores: Record<string, number>;
	/** 0 to 1 over the whole quiz. */
	score: number;
	passed: boolean;
	/** The option order the learner saw, for review. */
	seed: number;
	/** Questions answered right in an earlier attempt and carried into this one (a retry). */
	carried: string[];
}

/** A graded quiz, as grading returns it and its attempt keeps it. */
export type QuizResult = Pick<AttemptRecord, 'questionIds' | 'scores' | 'score' | 'passed'>;

/** The quiz in progress: where the learner is and what they have answered so far. */
export interface DraftRecord {
	schema: 4;
	lessonId: string;
	attemptId: string;
	/** How many changes this draft has had: what a tab saw, without trusting clocks. */
	revision: number;
	startedAt: string;
	updatedAt: string;
	/** Seed for a stable option order across reloads and language switches. */
	seed: number;
	questionIds: string[];
	/** The question on screen, by id, so that content edits cannot shift it. */
	current: string;
	answers: Record<string, unknown>;
	checked: string[];
	/** Questions answered right in an earlier attempt: kept, checked, and not asked again. */
	carried: string[];
}

/**
 * A question's review card, scheduled by FSRS (src/lib/review/card.ts). Plain JSON, times as ISO
 * strings. Keyed by the stable lesson and question ids, never by the question's text: a question
 * edited under the same id keeps its history.
 */
export interface ReviewCard {
	lessonId: string;
	questionId: string;
	/** When the card is due next. */
	due: string;
	lastReview: string;
	state: ReviewState;
	/** FSRS memory state: days until recall probability falls to 90 %, and difficulty 1 to 10. */
	stability: number;
	difficulty: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
}

/** A card exists only once it has been rated, so it is never "new". */
export type ReviewState = 'learning' | 'review' | 'relearning';

export type CardRecord = ReviewCard & { schema: 4 };

/** The role track the learner chose on the home (lessons/tracks.yaml). */
export interface TrackRecord {
	schema: 4;
	trackId: string;
	chosenAt: string;
}

/**
 * One final exam attempt: in progress until `finishedAt` (then with its scores), so that a reload
 * or a language switch keeps the same draw, answers and clock. Questions are `lessonId:questionId`.
 */
export interface ExamRecord {
	schema: 4;
	trackId: string;
	attemptId: string;
	/** The seed of the draw and of the option order. */
	seed: number;
	/** The course version the exam was taken on, printed on the certificate. */
	courseVersion: string;
	startedAt: string;
	updatedAt: string;
	/** The time allowed, fixed when the exam starts. */
	timeLimitMs?: number;
	questions: string[];
	/** The question on screen. */
	current: string;
	answers: Record<string, unknown>;
	finishedAt?: string;
	scores?: Record<string, number>;
	score?: number;
	passed?: boolean;
	/** The name the learner typed for the certificate of a passed exam. */
	learnerName?: string;
}

export type FinishedExam = ExamRecord &
	Required<Pick<ExamRecord, 'finishedAt' | 'scores' | 'score' | 'passed'>>;

export type RecordKind = 'lesson' | 'attempt' | 'draft' | 'card' | 'track' | 'exam';
export type AnyRecord =
	LessonRecord | AttemptRecord | DraftRecord | CardRecord | TrackRecord | ExamRecord;

export const keys = {
	lesson: (lessonId: string) => `lesson:${lessonId}`,
	attempt: (lessonId: string, attemptId: string) => `attempt:${lessonId}:${attemptId}`,
	draft: (lessonId: string) => `draft:${lessonId}`,
	card: (lessonId: string, questionId: string) => `card:${lessonId}:${questionId}`,
	track: () => 'track:chosen',
	exam: (trackId: string, attemptId: string) => `exam:${trackId}:${attemptId}`,
	/** Where a record that cannot be read is moved, so that nothing overwrites it. */
	setAside: (key: string, at: string) => `set-aside:${at}:${key}`
};

const recordKinds: readonly string[] = ['lesson', 'attempt', 'draft', 'card', 'track', 'exam'];

export function kindOfKey(key: string): RecordKind | 'set-aside' | undefined {
	const prefix = key.slice(0, key.indexOf(':'));
	if (prefix === 'set-aside' || recordKinds.includes(prefix)) {
		return prefix as RecordKind | 'set-aside';
	}
	return undefined;
}

/** An exam's question: `lessonId:questionId`. */
export const examQuestionKey = (lessonId: string, questionId: string) =>
	`${lessonId}:${questionId}`;

type Raw = Record<string, unknown>;

function isObject(value: unknown): value is Raw {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object as JSON writes it: no array, no class instance, no null prototype. */
export function isPlainObject(value: unknown): value is Raw {
	return isObject(value) && Object.getPrototypeOf(value) === Object.prototype;
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const isId = (value: unknown): value is string =>
	typeof value === 'string' && value.length <= 200 && idPattern.test(value);
/** ISO 8601 as toISOString() writes it; Date.parse alone accepts nearly anything ("x 0"). */
const isoPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})$/;
const isTime = (value: unknown): value is string =>
	typeof value === 'string' && isoPattern.test(value) && !Number.isNaN(Date.parse(value));
const isShare = (value: unknown): value is number =>
	typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
/** At most this many questions in one quiz: far more than a lesson has, few enough to bound work. */
export const maxQuestions = 200;
const isIdList = (value: unknown): value is string[] =>
	Array.isArray(value) && value.length <= maxQuestions && value.every(isId);
const isUniqueIdList = (value: unknown): value is string[] =>
	isIdList(value) && new Set(value).size === value.length;
const isSubsetOf = (list: readonly string[], of: readonly string[]) =>
	list.every((id) => of.includes(id));
const isSection = (value: unknown): value is string =>
	typeof value === 'string' &&
	value.length <= 200 &&
	/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u.test(value);
const isDuration = (value: unknown): value is number =>
	typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1e11;
const isSeed = (value: unknown): value is number =>
	Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= 0xffffffff;

/** Means within rounding: scores are stored as computed, so only float noise may differ. */
const sameShare = (a: number, b: number) => Math.abs(a - b) <= 1e-9;

/** The longest text an answer holds (a typed short answer, or an id). */
export const maxAnswerText = 200;
/** The most parts an answer has (options chosen, items ordered, pairs matched, blanks filled). */
export const maxAnswerParts = 100;

const isAnswerScalar = (value: unknown) =>
	(typeof value === 'string' && value.length <= maxAnswerText) ||
	typeof value === 'boolean' ||
	(typeof value === 'number' && Number.isFinite(value));

/**
 * What every question type answers with: a scalar, a list of scalars, or a map of ids to scalars.
 * Nothing deeper, so that no answer from storage or a file makes any later walk over it costly.
 */
export function isAnswer(value: unknown): boolean {
	if (isAnswerScalar(value)) return true;
	if (Array.isArray(value)) return value.length <= maxAnswerParts && value.every(isAnswerScalar);
	if (!isPlainObject(value)) return false;
	const entries = Object.entries(value);
	return (
		entries.length <= maxAnswerParts &&
		entries.every(([key, inner]) => isId(key) && isAnswerScalar(inner))
	);
}

/**
 * The entries of a map kept for questions of the attempt whose values are accepted: own
 * entries only, so that `__proto__` and friends never get through. What is dropped cannot
 * break a view; an import refuses a file that had any (it must be exactly valid).
 */
function idMapOver<T>(
	value: unknown,
	questionIds: readonly string[],
	accept: (inner: unknown) => boolean
): Record<string, T> {
	if (!isObject(value)) return {};
	return Object.fromEntries(
		Object.entries(value).filter(
			([key, inner]) => isId(key) && questionIds.includes(key) && accept(inner)
		)
	) as Record<string, T>;
}

/** Steps that bring a record of schema N to N + 1, per kind of record. */
const migrations: Record<RecordKind, Record<number, (record: Raw) => Raw>> = {
	lesson: {
		1: (record) => ({ ...record, schema: 2, lastVisitedAt: record.openedAt, timeSpentMs: 0 }),
		2: (record) => ({ ...record, schema: 3 }),
		3: (record) => ({ ...record, schema: 4 })
	},
	attempt: {
		1: (record) => ({ ...record, schema: 2, seed: 0, carried: [] }),
		2: (record) => ({ ...record, schema: 3 }),
		3: (record) => ({ ...record, schema: 4 })
	},
	draft: {
		1: (record) => {
			const ids = Array.isArray(record.questionIds) ? record.questionIds : [];
			const index = typeof record.current === 'number' ? record.current : 0;
			return { ...record, schema: 2, current: ids[index] ?? ids[0], carried: [] };
		},
		2: (record) => ({ ...record, schema: 3, revision: 0 }),
		3: (record) => ({ ...record, schema: 4 })
	},
	// Kinds new in schema 4: nothing earlier to migrate.
	card: {},
	track: {},
	exam: {}
};

export function migrate(kind: RecordKind, value: unknown): Raw | undefined {
	if (!isObject(value)) return undefined;
	let record = value;
	while (typeof record.schema === 'number' && record.schema < schemaVersion) {
		const step = migrations[kind][record.schema];
		if (!step) return undefined;
		record = step(record);
	}
	return record.schema === schemaVersion ? record : undefined;
}

export function parseLessonRecord(value: unknown): LessonRecord | undefined {
	const raw = migrate('lesson', value);
	if (!raw || !isId(raw.lessonId) || !isTime(raw.openedAt)) return undefined;
	// Times are not required in order: a clock set back between two visits is no damage.
	const lastVisitedAt = isTime(raw.lastVisitedAt) ? raw.lastVisitedAt : raw.openedAt;
	return {
		schema: 4,
		lessonId: raw.lessonId,
		openedAt: raw.openedAt,
		lastVisitedAt,
		...(isTime(raw.finishedAt) ? { finishedAt: raw.finishedAt } : {}),
		timeSpentMs: isDuration(raw.timeSpentMs) ? raw.timeSpentMs : 0,
		...(isSection(raw.section) ? { section: raw.section } : {})
	};
}

export function parseAttemptRecord(value: unknown): AttemptRecord | undefined {
	const raw = migrate('attempt', value);
	if (
		!raw ||
		!isId(raw.lessonId) ||
		!isId(raw.attemptId) ||
		!isTime(raw.startedAt) ||
		!isTime(raw.finishedAt) ||
		// Finished before it began: the store never writes one (see finishQuiz), and a file that
		// says so is not trusted.
		Date.parse(raw.finishedAt) < Date.parse(raw.startedAt) ||
		!isUniqueIdList(raw.questionIds) ||
		raw.questionIds.length === 0 ||
		!isShare(raw.score) ||
		typeof raw.passed !== 'boolean'
	) {
		return undefined;
	}
	const questionIds = raw.questionIds;
	const carried = raw.carried === undefined ? [] : raw.carried;
	if (!isUniqueIdList(carried) || !isSubsetOf(carried, questionIds)) return undefined;
	const scores = idMapOver<number>(raw.scores, questionIds, isShare);
	// The quiz score is the mean over every question asked; a file that says otherwise lies.
	const mean = questionIds.reduce((sum, id) => sum + (scores[id] ?? 0), 0) / questionIds.length;
	if (!sameShare(mean, raw.score)) return undefined;
	return {
		schema: 4,
		lessonId: raw.lessonId,
		attemptId: raw.attemptId,
		startedAt: raw.startedAt,
		finishedAt: raw.finishedAt,
		questionIds,
		answers: idMapOver(raw.answers, questionIds, isAnswer),
		scores,
		score: raw.score,
		passed: raw.passed,
		seed: isSeed(raw.seed) ? raw.seed : 0,
		carried
	};
}

export function parseDraftRecord(value: unknown): DraftRecord | undefined {
	const raw = migrate('draft', value);
	if (
		!raw ||
		!isId(raw.lessonId) ||
		!isId(raw.attemptId) ||
		!Number.isSafeInteger(raw.revision) ||
		(raw.revision as number) < 0 ||
		!isTime(raw.startedAt) ||
		!isUniqueIdList(raw.questionIds) ||
		raw.questionIds.length === 0 ||
		!isSeed(raw.seed) ||
		!isId(raw.current)
	) {
		return undefined;
	}
	const questionIds = raw.questionIds;
	const updatedAt = isTime(raw.updatedAt) ? raw.updatedAt : raw.startedAt;
	const checked = raw.checked === undefined ? [] : raw.checked;
	const carried = raw.carried === undefined ? [] : raw.carried;
	if (
		!questionIds.includes(raw.current) ||
		!isUniqueIdList(checked) ||
		!isSubsetOf(checked, questionIds) ||
		!isUniqueIdList(carried) ||
		// A carried answer was right before: it counts as checked.
		!isSubsetOf(carried, checked)
	) {
		return undefined;
	}
	return {
		schema: 4,
		lessonId: raw.lessonId,
		attemptId: raw.attemptId,
		revision: raw.revision as number,
		startedAt: raw.startedAt,
		updatedAt,
		seed: raw.seed,
		questionIds,
		current: raw.current,
		answers: idMapOver(raw.answers, questionIds, isAnswer),
		checked,
		carried
	};
}

/** FSRS's bounds on stability (ts-fsrs S_MIN and S_MAX; a test keeps them equal). */
export const stabilityRange = { min: 0.001, max: 36500 } as const;
/** The longest any card waits: content changes within a year, and so may the learner's job. */
export const maximumIntervalDays = 365;
/**
 * ts-fsrs keeps Hard, Good and Easy at least a day apart even at the maximum interval, so Good can
 * be one day beyond it and Easy two.
 */
export const longestInterval = maximumIntervalDays + 2;
/** More ratings than a learner could give one question in a lifetime of daily reviews. */
export const maxReps = 100_000;

const reviewStates: readonly string[] = ['learning', 'review', 'relearning'];
const isCount = (value: unknown, max: number): value is number =>
	Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= max;
const isBetween = (value: unknown, min: number, max: number): value is number =>
	typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;

/**
 * A card read back from storage or a file, which are untrusted: `undefined` unless every field
 * has its type and range and the fields agree with each other. Unknown fields are dropped.
 */
export function parseReviewCard(value: unknown): ReviewCard | undefined {
	if (!isObject(value)) return undefined;
	const raw = value;
	if (
		!isId(raw.lessonId) ||
		!isId(raw.questionId) ||
		!isTime(raw.due) ||
		!isTime(raw.lastReview) ||
		typeof raw.state !== 'string' ||
		!reviewStates.includes(raw.state) ||
		!isBetween(raw.stability, stabilityRange.min, stabilityRange.max) ||
		!isBetween(raw.difficulty, 1, 10) ||
		!isCount(raw.scheduledDays, longestInterval) ||
		!isCount(raw.learningSteps, 100) ||
		!isCount(raw.reps, maxReps) ||
		!isCount(raw.lapses, maxReps) ||
		// A card is made by its first rating, and every lapse is a rating.
		raw.reps < 1 ||
		raw.lapses >= raw.reps ||
		// Due after its last review, and never further than the longest interval.
		Date.parse(raw.due) < Date.parse(raw.lastReview) ||
		Date.parse(raw.due) - Date.parse(raw.lastReview) > (longestInterval + 1) * 86_400_000
	) {
		return undefined;
	}
	return {
		lessonId: raw.lessonId,
		questionId: raw.questionId,
		due: raw.due,
		lastReview: raw.lastReview,
		state: raw.state as ReviewState,
		stability: raw.stability,
		difficulty: raw.difficulty,
		scheduledDays: raw.scheduledDays,
		learningSteps: raw.learningSteps,
		reps: raw.reps,
		lapses: raw.lapses
	};
}

export function parseCardRecord(value: unknown): CardRecord | undefined {
	const raw = migrate('card', value);
	const card = raw && parseReviewCard(raw);
	return card && { schema: 4, ...card };
}

export function parseTrackRecord(value: unknown): TrackRecord | undefined {
	const raw = migrate('track', value);
	if (!raw || !isId(raw.trackId) || !isTime(raw.chosenAt)) return undefined;
	return { schema: 4, trackId: raw.trackId, chosenAt: raw.chosenAt };
}

const isExamQuestion = (value: unknown): value is string => {
	if (typeof value !== 'string') return false;
	const colon = value.indexOf(':');
	return colon > 0 && isId(value.slice(0, colon)) && isId(value.slice(colon + 1));
};
const isVersion = (value: unknown): value is string =>
	typeof value === 'string' && /^[0-9A-Za-z][0-9A-Za-z.+-]{0,39}$/.test(value);
/** The longest name a certificate prints. */
export const maxLearnerName = 80;
const isLearnerName = (value: unknown): value is string =>
	typeof value === 'string' &&
	value.trim().length > 0 &&
	value.length <= maxLearnerName &&
	value === value.trim();
/** Up to a day: more than any exam needs, and a typo of minutes for hours shows. */
const isTimeLimit = (value: unknown): value is number =>
	Number.isSafeInteger(value) && (value as number) > 0 && (value as number) <= 86_400_000;

export function parseExamRecord(value: unknown): ExamRecord | undefined {
	const raw = migrate('exam', value);
	if (
		!raw ||
		!isId(raw.trackId) ||
		!isId(raw.attemptId) ||
		!isSeed(raw.seed) ||
		!isVersion(raw.courseVersion) ||
		!isTime(raw.startedAt) ||
		!isTime(raw.updatedAt) ||
		(raw.timeLimitMs !== undefined && !isTimeLimit(raw.timeLimitMs)) ||
		!Array.isArray(raw.questions) ||
		raw.questions.length === 0 ||
		raw.questions.length > maxQuestions ||
		!raw.questions.every(isExamQuestion) ||
		new Set(raw.questions).size !== raw.questions.length ||
		!isExamQuestion(raw.current) ||
		!raw.questions.includes(raw.current) ||
		!isObject(raw.answers)
	) {
		return undefined;
	}
	const questions = raw.questions as string[];
	const answers = Object.fromEntries(
		Object.entries(raw.answers).filter(
			([key, answer]) => questions.includes(key) && isAnswer(answer)
		)
	);
	const exam: ExamRecord = {
		schema: 4,
		trackId: raw.trackId,
		attemptId: raw.attemptId,
		seed: raw.seed,
		courseVersion: raw.courseVersion,
		startedAt: raw.startedAt,
		updatedAt: raw.updatedAt,
		...(raw.timeLimitMs !== undefined ? { timeLimitMs: raw.timeLimitMs as number } : {}),
		questions,
		current: raw.current,
		answers
	};
	const finished = [raw.finishedAt, raw.scores, raw.score, raw.passed].filter(
		(field) => field !== undefined
	).length;
	if (finished === 0) return raw.learnerName === undefined ? exam : undefined;
	if (
		finished !== 4 ||
		!isTime(raw.finishedAt) ||
		Date.parse(raw.finishedAt) < Date.parse(raw.startedAt) ||
		!isObject(raw.scores) ||
		!isShare(raw.score) ||
		typeof raw.passed !== 'boolean' ||
		// Only a passed exam has a certificate to put a name on.
		(raw.learnerName !== undefined && (!raw.passed || !isLearnerName(raw.learnerName)))
	) {
		return undefined;
	}
	const scores = Object.fromEntries(
		Object.entries(raw.scores).filter(([key, score]) => questions.includes(key) && isShare(score))
	) as Record<string, number>;
	const mean = questions.reduce((sum, id) => sum + (scores[id] ?? 0), 0) / questions.length;
	if (!sameShare(mean, raw.score)) return undefined;
	return {
		...exam,
		finishedAt: raw.finishedAt,
		scores,
		score: raw.score,
		passed: raw.passed,
		...(raw.learnerName !== undefined ? { learnerName: raw.learnerName as string } : {})
	};
}

export const isFinishedExam = (exam: ExamRecord): exam is FinishedExam =>
	exam.finishedAt !== undefined;

const parsers = {
	lesson: parseLessonRecord,
	attempt: parseAttemptRecord,
	draft: parseDraftRecord,
	card: parseCardRecord,
	track: parseTrackRecord,
	exam: parseExamRecord
} satisfies Record<RecordKind, (value: unknown) => AnyRecord | undefined>;

/** The key a record belongs under: a record stored under another key is not trusted. */
export function keyOf(kind: RecordKind, record: AnyRecord): string {
	switch (kind) {
		case 'attempt': {
			const attempt = record as AttemptRecord;
			return keys.attempt(attempt.lessonId, attempt.attemptId);
		}
		case 'card': {
			const card = record as CardRecord;
			return keys.card(card.lessonId, card.questionId);
		}
		case 'track':
			return keys.track();
		case 'exam': {
			const exam = record as ExamRecord;
			return keys.exam(exam.trackId, exam.attemptId);
		}
		case 'lesson':
			return keys.lesson((record as LessonRecord).lessonId);
		case 'draft':
			return keys.draft((record as DraftRecord).lessonId);
	}
}

/** A stored record of a known kind, parsed and migrated; `undefined` when it cannot be read. */
export function parseRecord(
	key: string,
	value: unknown
): { kind: RecordKind; record: AnyRecord } | undefined {
	const kind = kindOfKey(key);
	if (!kind || kind === 'set-aside') return undefined;
	const record = parsers[kind](value);
	return record && keyOf(kind, record) === key ? { kind, record } : undefined;
}

export function isoTime(milliseconds: number): string {
	return new Date(milliseconds).toISOString();
}

/** A random id that works in insecure contexts too (an intranet host over plain HTTP). */
export function newId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(12));
	return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function newSeed(): number {
	return crypto.getRandomValues(new Uint32Array(1))[0]!;
}
