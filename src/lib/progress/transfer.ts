/**
 * Export and import of progress as a JSON file. The format is documented in
 * docs/PROGRESS-FORMAT.md. An imported file is untrusted: it is refused whole, with a reason,
 * unless every record in it is exactly a valid record; nothing is written before that.
 */
import {
	isoTime,
	isPlainObject,
	keys,
	kindOfKey,
	migrate,
	parseRecord,
	type AnyRecord,
	type CardRecord,
	type DraftRecord,
	type ExamRecord,
	type LessonRecord,
	type RecordKind,
	type TrackRecord
} from './records';
import type { ProgressSnapshot } from './queries';

export const exportFormat = 'k8s-course-progress';
export const exportVersion = 1;
export const maxImportBytes = 5 * 1024 * 1024;
export const maxRecords = 20_000;
/**
 * How deeply arrays and objects may nest. An export nests five deep (file, records, record,
 * answers, answer); the margin is for records set aside as they were found. Checked on the
 * text, without recursion, before anything walks the data recursively.
 */
export const maxNesting = 32;
/** Clocks differ between machines; a day ahead is a wrong clock, not a forged file. */
const clockSkewMs = 24 * 60 * 60 * 1000;

export interface ProgressExport {
	format: typeof exportFormat;
	version: typeof exportVersion;
	exportedAt: string;
	records: Record<string, unknown>;
}

export interface ImportedRecord {
	key: string;
	kind: RecordKind;
	record: AnyRecord;
}

export type ImportProblem =
	| { code: 'too-large' }
	| { code: 'unreadable' }
	| { code: 'not-json' }
	| { code: 'wrong-shape' }
	| { code: 'unknown-version'; version: string }
	| { code: 'too-many' }
	| { code: 'too-deep' }
	| { code: 'bad-record'; key: string }
	| { code: 'future-date'; key: string };

export type ImportResult =
	{ ok: true; records: ImportedRecord[] } | { ok: false; problem: ImportProblem };

export function buildExport(entries: [string, unknown][], now: number): string {
	const file: ProgressExport = {
		format: exportFormat,
		version: exportVersion,
		exportedAt: isoTime(now),
		records: Object.fromEntries(entries)
	};
	return JSON.stringify(file, null, '\t');
}

export function exportFileName(now: number): string {
	return `k8s-course-progress-${isoTime(now).slice(0, 19).replace(/[:T]/g, '-')}.json`;
}

/** JSON with sorted keys, so that two objects compare by content. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (typeof value === 'object' && value !== null) {
		const entries = Object.keys(value)
			.sort()
			.map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`);
		return `{${entries.join(',')}}`;
	}
	return JSON.stringify(value) ?? 'undefined';
}

/** The deepest nesting of arrays and objects in a JSON text, found in one pass, no recursion. */
export function nestingDepth(text: string): number {
	let depth = 0;
	let deepest = 0;
	let inString = false;
	for (let index = 0; index < text.length; index++) {
		const char = text.charCodeAt(index);
		if (inString) {
			if (char === 0x5c) index++;
			else if (char === 0x22) inString = false;
		} else if (char === 0x22) inString = true;
		else if (char === 0x5b || char === 0x7b) deepest = Math.max(deepest, ++depth);
		else if (char === 0x5d || char === 0x7d) depth--;
	}
	return deepest;
}

/** Times that are in the past when written (a card's `due` is in the future by design). */
export const timeFields = [
	'openedAt',
	'lastVisitedAt',
	'finishedAt',
	'startedAt',
	'updatedAt',
	'lastReview',
	'chosenAt'
] as const;

/** Reads a file the learner chose: too large, unreadable or invalid, it says why. */
export async function readProgressFile(file: Blob, now: number): Promise<ImportResult> {
	if (file.size > maxImportBytes) return { ok: false, problem: { code: 'too-large' } };
	let text: string;
	try {
		text = await file.text();
	} catch {
		return { ok: false, problem: { code: 'unreadable' } };
	}
	return readImport(text, now);
}

/**
 * Reads an exported file. Nothing is written: the caller shows the plan, then writes. Never
 * throws: whatever the file holds, the answer is its records or the reason it is refused.
 */
export function readImport(text: string, now: number): ImportResult {
	try {
		return readImportUnguarded(text, now);
	} catch {
		return { ok: false, problem: { code: 'unreadable' } };
	}
}

function readImportUnguarded(text: string, now: number): ImportResult {
	if (text.length > maxImportBytes) return { ok: false, problem: { code: 'too-large' } };
	if (nestingDepth(text) > maxNesting) return { ok: false, problem: { code: 'too-deep' } };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, problem: { code: 'not-json' } };
	}
	if (!isPlainObject(data) || data.format !== exportFormat || !isPlainObject(data.records)) {
		return { ok: false, problem: { code: 'wrong-shape' } };
	}
	if (data.version !== exportVersion) {
		return {
			ok: false,
			problem: { code: 'unknown-version', version: String(data.version).slice(0, 20) }
		};
	}
	const entries = Object.entries(data.records);
	if (entries.length > maxRecords) return { ok: false, problem: { code: 'too-many' } };

	const records: ImportedRecord[] = [];
	for (const [key, value] of entries) {
		const kind = kindOfKey(key);
		if (kind === 'set-aside') continue;
		if (!kind || key.length > 500)
			return { ok: false, problem: { code: 'bad-record', key: key.slice(0, 80) } };
		const parsed = parseRecord(key, value);
		// Exactly valid or refused: parsing drops what does not fit, and that must be nothing.
		if (!parsed || canonical(parsed.record) !== canonical(migrate(kind, value))) {
			return { ok: false, problem: { code: 'bad-record', key } };
		}
		const record = parsed.record as unknown as Record<string, unknown>;
		for (const field of timeFields) {
			const time = record[field];
			if (typeof time === 'string' && Date.parse(time) > now + clockSkewMs) {
				return { ok: false, problem: { code: 'future-date', key } };
			}
		}
		records.push({ key, kind: parsed.kind, record: parsed.record });
	}
	return { ok: true, records };
}

export interface ImportPlan {
	/** What to write. */
	records: ImportedRecord[];
	newAttempts: number;
	lessonsChanged: number;
	draftsChanged: number;
	/** Review cards, the chosen track and exam attempts. */
	othersChanged: number;
}

const earliest = (a: string | undefined, b: string | undefined) =>
	a === undefined ? b : b === undefined ? a : a < b ? a : b;
const latest = (a: string, b: string) => (a > b ? a : b);

function mergeLesson(mine: LessonRecord, theirs: LessonRecord): LessonRecord {
	const newer = theirs.lastVisitedAt > mine.lastVisitedAt ? theirs : mine;
	const finishedAt = earliest(mine.finishedAt, theirs.finishedAt);
	const section = newer.section ?? mine.section ?? theirs.section;
	return {
		schema: 4,
		lessonId: mine.lessonId,
		openedAt: earliest(mine.openedAt, theirs.openedAt)!,
		lastVisitedAt: latest(mine.lastVisitedAt, theirs.lastVisitedAt),
		...(finishedAt ? { finishedAt } : {}),
		// The larger, not the sum: importing the same file twice must change nothing.
		timeSpentMs: Math.max(mine.timeSpentMs, theirs.timeSpentMs),
		...(section ? { section } : {})
	};
}

/**
 * Whether an incoming record of the new kinds replaces the one kept: the card reviewed later (it
 * holds the other's history), the track chosen later, and of one exam attempt the finished or
 * the later changed copy.
 */
function newerThan(kind: 'card' | 'track' | 'exam', mine: AnyRecord, theirs: AnyRecord): boolean {
	if (kind === 'card') {
		const [a, b] = [mine as CardRecord, theirs as CardRecord];
		return b.lastReview > a.lastReview || (b.lastReview === a.lastReview && b.reps > a.reps);
	}
	if (kind === 'track') return (theirs as TrackRecord).chosenAt > (mine as TrackRecord).chosenAt;
	const [a, b] = [mine as ExamRecord, theirs as ExamRecord];
	if (!!a.finishedAt !== !!b.finishedAt) return !!b.finishedAt;
	return b.updatedAt > a.updatedAt || (b.learnerName !== undefined && a.learnerName === undefined);
}

/**
 * Merge keeps everything: attempts are united (so best scores are kept), each lesson keeps its
 * first opening and finish, and the newer of two quizzes in progress wins; so does the newer
 * review card, track choice and copy of an exam attempt.
 */
export function planMerge(current: ProgressSnapshot, incoming: ImportedRecord[]): ImportPlan {
	const plan: ImportPlan = {
		records: [],
		newAttempts: 0,
		lessonsChanged: 0,
		draftsChanged: 0,
		othersChanged: 0
	};
	const kept = new Map<string, AnyRecord>([
		...Object.values(current.cards ?? {}).map(
			(card) => [keys.card(card.lessonId, card.questionId), card] as [string, AnyRecord]
		),
		...(current.track ? [[keys.track(), current.track] as [string, AnyRecord]] : []),
		...(current.exams ?? []).map(
			(exam) => [keys.exam(exam.trackId, exam.attemptId), exam] as [string, AnyRecord]
		)
	]);
	const attemptKeys = new Set(current.attempts.map((a) => keys.attempt(a.lessonId, a.attemptId)));
	for (const item of incoming) {
		if (item.kind === 'attempt') {
			if (attemptKeys.has(item.key)) continue;
			plan.records.push(item);
			plan.newAttempts++;
		} else if (item.kind === 'lesson') {
			const mine = current.lessons[(item.record as LessonRecord).lessonId];
			const merged = mine
				? mergeLesson(mine, item.record as LessonRecord)
				: (item.record as LessonRecord);
			if (mine && canonical(merged) === canonical(mine)) continue;
			plan.records.push({ ...item, record: merged });
			plan.lessonsChanged++;
		} else if (item.kind === 'draft') {
			const draft = item.record as DraftRecord;
			const mine = current.drafts[draft.lessonId];
			if (mine && mine.updatedAt >= draft.updatedAt) continue;
			plan.records.push(item);
			plan.draftsChanged++;
		} else {
			const mine = kept.get(item.key);
			if (mine && !newerThan(item.kind, mine, item.record)) continue;
			plan.records.push(item);
			plan.othersChanged++;
		}
	}
	return plan;
}

export function planReplace(incoming: ImportedRecord[]): ImportPlan {
	return {
		records: incoming,
		newAttempts: incoming.filter((item) => item.kind === 'attempt').length,
		lessonsChanged: incoming.filter((item) => item.kind === 'lesson').length,
		draftsChanged: incoming.filter((item) => item.kind === 'draft').length,
		othersChanged: incoming.filter((item) => ['card', 'track', 'exam'].includes(item.kind)).length
	};
}
