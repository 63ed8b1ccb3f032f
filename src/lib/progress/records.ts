/**
 * The records kept in the progress store. Everything read back from storage is untrusted
 * (another version of the app, another tab, a browser extension): it is parsed field by field
 * and migrated to the current schema, and what does not fit is left out, never trusted.
 */

export const schemaVersion = 1;

export interface LessonRecord {
	schema: 1;
	lessonId: string;
	openedAt: string;
	finishedAt?: string;
}

/** One finished quiz attempt. Answers are keyed by stable question ids. */
export interface AttemptRecord {
	schema: 1;
	lessonId: string;
	attemptId: string;
	startedAt: string;
	finishedAt: string;
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

/** The quiz in progress: where the learner is and what they have answered so far. */
export interface DraftRecord {
	schema: 1;
	lessonId: string;
	attemptId: string;
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

export const keys = {
	lesson: (lessonId: string) => `lesson:${lessonId}`,
	attempt: (lessonId: string, attemptId: string) => `attempt:${lessonId}:${attemptId}`,
	draft: (lessonId: string) => `draft:${lessonId}`
};

type Raw = Record<string, unknown>;

function isObject(value: unknown): value is Raw {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isId = (value: unknown): value is string =>
	typeof value === 'string' && value.length <= 200 && idPattern.test(value);
const isTime = (value: unknown): value is string =>
	typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
const isShare = (value: unknown): value is number =>
	typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
const isIdList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isId);

/** Copies only own entries with id keys, so that `__proto__` and friends never get through. */
function idMap<T>(value: unknown, accept: (inner: unknown) => inner is T): Record<string, T> {
	if (!isObject(value)) return {};
	return Object.fromEntries(
		Object.entries(value).filter(
			(entry): entry is [string, T] => isId(entry[0]) && accept(entry[1])
		)
	);
}

const isJsonAnswer = (value: unknown): value is unknown => {
	try {
		return value !== undefined && JSON.stringify(value).length <= 10_000;
	} catch {
		return false;
	}
};

/** Steps that bring a record of schema N to N + 1; none yet, as schema 1 is the first. */
const migrations: Record<number, (record: Raw) => Raw> = {};

function migrate(value: unknown): Raw | undefined {
	if (!isObject(value)) return undefined;
	let record = value;
	let version = record.schema;
	while (typeof version === 'number' && version < schemaVersion) {
		const step = migrations[version];
		if (!step) return undefined;
		record = step(record);
		version = record.schema;
	}
	return version === schemaVersion ? record : undefined;
}

export function parseLessonRecord(value: unknown): LessonRecord | undefined {
	const raw = migrate(value);
	if (!raw || !isId(raw.lessonId) || !isTime(raw.openedAt)) return undefined;
	return {
		schema: 1,
		lessonId: raw.lessonId,
		openedAt: raw.openedAt,
		...(isTime(raw.finishedAt) ? { finishedAt: raw.finishedAt } : {})
	};
}

export function parseAttemptRecord(value: unknown): AttemptRecord | undefined {
	const raw = migrate(value);
	if (
		!raw ||
		!isId(raw.lessonId) ||
		!isId(raw.attemptId) ||
		!isTime(raw.startedAt) ||
		!isTime(raw.finishedAt) ||
		!isIdList(raw.questionIds) ||
		!isShare(raw.score) ||
		typeof raw.passed !== 'boolean'
	) {
		return undefined;
	}
	return {
		schema: 1,
		lessonId: raw.lessonId,
		attemptId: raw.attemptId,
		startedAt: raw.startedAt,
		finishedAt: raw.finishedAt,
		questionIds: raw.questionIds,
		answers: idMap(raw.answers, isJsonAnswer),
		scores: idMap(raw.scores, isShare),
		score: raw.score,
		passed: raw.passed,
		seed: Number.isSafeInteger(raw.seed) ? (raw.seed as number) : 0,
		carried: isIdList(raw.carried) ? raw.carried : []
	};
}

export function parseDraftRecord(value: unknown): DraftRecord | undefined {
	const raw = migrate(value);
	if (
		!raw ||
		!isId(raw.lessonId) ||
		!isId(raw.attemptId) ||
		!isTime(raw.startedAt) ||
		!isIdList(raw.questionIds) ||
		!Number.isSafeInteger(raw.seed) ||
		!isId(raw.current)
	) {
		return undefined;
	}
	const questionIds = raw.questionIds;
	const inQuiz = (id: string) => questionIds.includes(id);
	return {
		schema: 1,
		lessonId: raw.lessonId,
		attemptId: raw.attemptId,
		startedAt: raw.startedAt,
		updatedAt: isTime(raw.updatedAt) ? raw.updatedAt : raw.startedAt,
		seed: raw.seed as number,
		questionIds,
		current: raw.current,
		answers: idMap(raw.answers, isJsonAnswer),
		checked: isIdList(raw.checked) ? raw.checked.filter(inQuiz) : [],
		carried: isIdList(raw.carried) ? raw.carried.filter(inQuiz) : []
	};
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
