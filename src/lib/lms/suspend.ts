/**
 * The learner's progress as the LMS keeps it: `cmi.suspend_data`, at most 4,096 characters in
 * SCORM 1.2. A compact text, never longer than the limit it is given; what does not fit is left
 * out, least important first (see `encodeSuspendData`). Read back, it is untrusted like any
 * stored record: every record decoded goes through records.ts's parsers, and what does not parse
 * is dropped.
 *
 * Layout (version 1): `1` base `|` group `|` group …, where base is the earliest time in the data
 * (seconds since 1970, base 36) and a group is one lesson's records: its id, then each record as
 * `~` kind letter and fields joined by `,`. Times are seconds after base, in base 36. A question
 * is named by three characters of a hash of its id, resolved against the course's questions of
 * that lesson (`'id'` when two of the lesson's ids share a hash); an attempt id as the store
 * makes them (24 hex digits) in 16 base-64 characters.
 *
 * Kept: every lesson record; each attempt's times, questions, per-question scores (to 1/1000)
 * and result; the quiz in progress with its answers. Not kept: a finished attempt's answers,
 * option order and carried answers (they serve the review, which shows them only in the browser
 * that took the quiz).
 */
import {
	isoTime,
	keyOf,
	parseRecord,
	schemaVersion,
	type AnyRecord,
	type AttemptRecord,
	type DraftRecord,
	type LessonRecord,
	type RecordKind
} from '$lib/progress/records';
import type { ProgressSnapshot } from '$lib/progress/queries';
import type { ImportedRecord } from '$lib/progress/transfer';

export const suspendVersion = '1';
/** SCORM 1.2's `cmi.suspend_data` (CMIString4096). */
export const scorm12SuspendLimit = 4096;
/** SCORM 2004 4th edition's `cmi.suspend_data` (characterstring, SPM 64000). */
export const scorm2004SuspendLimit = 64000;

/** The course as the codec needs it: each lesson's question ids, from the content. */
export interface CourseOutline {
	lessons: { id: string; questions: string[] }[];
}

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** FNV-1a, 18 bits of it as three base-64 characters. */
export function questionHash(id: string): string {
	let hash = 0x811c9dc5;
	for (let index = 0; index < id.length; index++) {
		hash ^= id.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return base64[hash & 63]! + base64[(hash >>> 6) & 63]! + base64[(hash >>> 12) & 63]!;
}

const hexId = /^[0-9a-f]{24}$/;

function encodeAttemptId(id: string): string {
	if (!hexId.test(id)) return `'${id}'`;
	let out = '';
	for (let index = 0; index < 24; index += 3) {
		const value = parseInt(id.slice(index, index + 3), 16);
		out += base64[value >>> 6]! + base64[value & 63]!;
	}
	return out;
}

function decodeAttemptId(text: string): string | undefined {
	if (text.startsWith("'")) return text.endsWith("'") ? text.slice(1, -1) : undefined;
	if (text.length !== 16) return undefined;
	let out = '';
	for (let index = 0; index < 16; index += 2) {
		const high = base64.indexOf(text[index]!);
		const low = base64.indexOf(text[index + 1]!);
		if (high < 0 || low < 0) return undefined;
		out += ((high << 6) | low).toString(16).padStart(3, '0');
	}
	return out;
}

/** Names questions of one lesson: a hash where it is unique in the lesson, else the id quoted. */
class QuestionNames {
	readonly #byHash = new Map<string, string | null>();
	constructor(questions: readonly string[]) {
		for (const id of questions) {
			const hash = questionHash(id);
			this.#byHash.set(hash, this.#byHash.has(hash) ? null : id);
		}
	}
	encode(ids: readonly string[]): string {
		return ids
			.map((id) => {
				const hash = questionHash(id);
				return this.#byHash.get(hash) === id ? hash : `'${id}'`;
			})
			.join('');
	}
	/** `undefined` when a name is not one of the lesson's questions (the content changed). */
	decode(text: string): string[] | undefined {
		const ids: string[] = [];
		let index = 0;
		while (index < text.length) {
			if (text[index] === "'") {
				const end = text.indexOf("'", index + 1);
				if (end < 0) return undefined;
				ids.push(text.slice(index + 1, end));
				index = end + 1;
			} else {
				const id = this.#byHash.get(text.slice(index, index + 3));
				if (!id) return undefined;
				ids.push(id);
				index += 3;
			}
		}
		return ids;
	}
}

const seconds = (time: string) => Math.floor(Date.parse(time) / 1000);
const b36 = (value: number) => Math.max(0, Math.round(value)).toString(36);
const fromB36 = (text: string) => (/^[0-9a-z]{1,12}$/.test(text) ? parseInt(text, 36) : NaN);
/** Characters that separate groups, records and fields: escaped inside free text. */
const escape = (text: string) => text.replace(/[%|~,]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
const unescape = (text: string) =>
	text.replace(/%(25|7c|7e|2c)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

interface Context {
	base: number;
	time: (time: string) => string;
	at: (text: string) => string | undefined;
	names: QuestionNames;
}

/**
 * The kinds of record the LMS keeps, each with its letter: the one place to add a kind (schema 4's
 * exams and reviews, say). `decode` returns a raw record for records.ts to parse; it may throw on
 * malformed text, which drops that record only.
 */
const kinds = {
	lesson: {
		letter: 'L',
		encode(record: LessonRecord, context: Context, options: { section: boolean }): string {
			return [
				context.time(record.openedAt),
				context.time(record.lastVisitedAt),
				record.finishedAt ? context.time(record.finishedAt) : '',
				b36(record.timeSpentMs / 1000),
				options.section && record.section ? escape(record.section) : ''
			].join(',');
		},
		decode(fields: string[], lessonId: string, context: Context): unknown {
			const [opened = '', visited = '', finished = '', spent = '', section = ''] = fields;
			return {
				schema: schemaVersion,
				lessonId,
				openedAt: context.at(opened),
				lastVisitedAt: context.at(visited),
				...(finished ? { finishedAt: context.at(finished) } : {}),
				timeSpentMs: fromB36(spent) * 1000,
				...(section ? { section: unescape(section) } : {})
			};
		}
	},
	attempt: {
		letter: 'A',
		encode(record: AttemptRecord, context: Context): string {
			const started = seconds(record.startedAt);
			return [
				encodeAttemptId(record.attemptId),
				context.time(record.startedAt),
				b36(Math.max(0, seconds(record.finishedAt) - started)),
				record.passed ? '1' : '0',
				context.names.encode(record.questionIds),
				record.questionIds
					.map((id) => b36((record.scores[id] ?? 0) * 1000).padStart(2, '0'))
					.join('')
			].join(',');
		},
		decode(fields: string[], lessonId: string, context: Context): unknown {
			const [id = '', started = '', duration = '', passed = '', names = '', scores = ''] = fields;
			const questionIds = context.names.decode(names) ?? [];
			const scoreOf = questionIds.map(
				(_, index) => fromB36(scores.slice(index * 2, index * 2 + 2)) / 1000
			);
			const startedAt = context.at(started);
			return {
				schema: schemaVersion,
				lessonId,
				attemptId: decodeAttemptId(id),
				startedAt,
				finishedAt: startedAt && isoTime(Date.parse(startedAt) + fromB36(duration) * 1000),
				questionIds,
				answers: {},
				scores: Object.fromEntries(questionIds.map((qid, index) => [qid, scoreOf[index]])),
				score: scoreOf.reduce((sum, score) => sum + score, 0) / (scoreOf.length || 1),
				passed: passed === '1',
				seed: 0,
				carried: []
			};
		}
	},
	draft: {
		letter: 'D',
		encode(record: DraftRecord, context: Context): string {
			return [
				encodeAttemptId(record.attemptId),
				context.time(record.startedAt),
				context.time(record.updatedAt),
				b36(record.revision),
				b36(record.seed),
				context.names.encode([record.current]),
				context.names.encode(record.questionIds),
				context.names.encode(record.checked),
				context.names.encode(record.carried),
				escape(JSON.stringify(record.answers))
			].join(',');
		},
		decode(fields: string[], lessonId: string, context: Context): unknown {
			const [id = '', started = '', updated = '', revision = '', seed = '', current = ''] = fields;
			const [questions = '', checked = '', carried = ''] = fields.slice(6, 9);
			return {
				schema: schemaVersion,
				lessonId,
				attemptId: decodeAttemptId(id),
				revision: fromB36(revision),
				startedAt: context.at(started),
				updatedAt: context.at(updated),
				seed: fromB36(seed),
				questionIds: context.names.decode(questions),
				current: context.names.decode(current)?.[0],
				answers: JSON.parse(unescape(fields.slice(9).join(','))) as unknown,
				checked: context.names.decode(checked),
				carried: context.names.decode(carried)
			};
		}
	}
} as const;

/**
 * The kinds suspend data carries: what completion, the score and resuming rest on. Review cards,
 * the track and exams (schema 4) are not in it yet: the LMS restores them from this browser only.
 */
type SuspendKind = keyof typeof kinds;

const kindOfLetter: Record<string, SuspendKind | undefined> = Object.fromEntries(
	Object.entries(kinds).map(([kind, codec]) => [codec.letter, kind as SuspendKind])
);

/** One record to write, and how much it matters: the lowest weight goes first over the limit. */
interface Item {
	lessonId: string;
	kind: SuspendKind;
	record: AnyRecord;
	/** Higher is kept longer. */
	weight: number;
	/** Ties: the older goes first. */
	at: string;
}

/** The best attempt of a lesson: passed first, then the highest score, then the latest. */
function bestAttempt(attempts: AttemptRecord[]): AttemptRecord | undefined {
	return [...attempts].sort(
		(a, b) =>
			Number(b.passed) - Number(a.passed) ||
			b.score - a.score ||
			b.finishedAt.localeCompare(a.finishedAt)
	)[0];
}

/**
 * What is kept longest: lessons and their best attempt; then the last attempt; then sections,
 * the quiz in progress, and other attempts, newest first.
 */
const weights = { essential: 4, lastAttempt: 3, section: 2, draft: 1, otherAttempt: 0 };

function itemsOf(progress: ProgressSnapshot): Item[] {
	const items: Item[] = [];
	const lessonIds = new Set([
		...Object.keys(progress.lessons),
		...progress.attempts.map((attempt) => attempt.lessonId),
		...Object.keys(progress.drafts)
	]);
	for (const lessonId of lessonIds) {
		const lesson = progress.lessons[lessonId];
		const attempts = progress.attempts.filter((attempt) => attempt.lessonId === lessonId);
		const best = bestAttempt(attempts);
		const last = attempts.at(-1);
		if (lesson) {
			items.push({
				lessonId,
				kind: 'lesson',
				record: lesson,
				weight: weights.essential,
				at: lesson.lastVisitedAt
			});
		}
		// Only the newest few others: more never fit, and this bounds the work on any input.
		const others = attempts.filter((a) => a !== best && a !== last).slice(-8);
		for (const attempt of [best, last, ...others]) {
			if (!attempt || items.some((item) => item.record === attempt)) continue;
			const weight =
				attempt === best
					? weights.essential
					: attempt === last
						? weights.lastAttempt
						: weights.otherAttempt;
			items.push({ lessonId, kind: 'attempt', record: attempt, weight, at: attempt.finishedAt });
		}
		const draft = progress.drafts[lessonId];
		if (draft)
			items.push({
				lessonId,
				kind: 'draft',
				record: draft,
				weight: weights.draft,
				at: draft.updatedAt
			});
	}
	return items;
}

function timesOf(record: AnyRecord): string[] {
	const fields = record as unknown as Record<string, unknown>;
	return ['openedAt', 'lastVisitedAt', 'finishedAt', 'startedAt', 'updatedAt'].flatMap((field) =>
		typeof fields[field] === 'string' ? [fields[field]] : []
	);
}

function render(items: Item[], sections: Set<string>, outline: CourseOutline): string {
	if (items.length === 0) return suspendVersion;
	const base = Math.min(...items.flatMap((item) => timesOf(item.record).map(seconds)));
	const order = outline.lessons.map((lesson) => lesson.id);
	const groups = new Map<string, Item[]>();
	for (const item of items) groups.set(item.lessonId, [...(groups.get(item.lessonId) ?? []), item]);
	const lessonIds = [...groups.keys()].sort(
		(a, b) =>
			(order.indexOf(a) + 1 || Infinity) - (order.indexOf(b) + 1 || Infinity) || a.localeCompare(b)
	);
	const parts = [suspendVersion + b36(base)];
	for (const lessonId of lessonIds) {
		const names = new QuestionNames(
			outline.lessons.find((lesson) => lesson.id === lessonId)?.questions ?? []
		);
		const context: Context = {
			base,
			time: (time) => b36(seconds(time) - base),
			at: () => undefined,
			names
		};
		const records = groups.get(lessonId)!.map((item) => {
			const body =
				item.kind === 'lesson'
					? kinds.lesson.encode(item.record as LessonRecord, context, {
							section: sections.has(lessonId)
						})
					: item.kind === 'attempt'
						? kinds.attempt.encode(item.record as AttemptRecord, context)
						: kinds.draft.encode(item.record as DraftRecord, context);
			return `~${kinds[item.kind].letter}${body}`;
		});
		parts.push(lessonId + records.join(''));
	}
	return parts.join('|');
}

/**
 * The progress as suspend data of at most `limit` characters. Over the limit, records are left
 * out from the least important up (other attempts, oldest first; the quiz in progress; the
 * section reached; the last attempt), and last of all whole lessons, the least recently visited
 * first: the text is never longer than `limit`.
 */
export function encodeSuspendData(
	progress: ProgressSnapshot,
	outline: CourseOutline,
	limit: number
): string {
	let items = itemsOf(progress);
	const sections = new Set(
		items
			.filter((item) => item.kind === 'lesson' && (item.record as LessonRecord).section)
			.map((item) => item.lessonId)
	);
	for (;;) {
		const text = render(items, sections, outline);
		if (text.length <= limit) return text;
		const remaining = items;
		const candidates = [
			...remaining
				.filter((item) => item.weight < weights.essential)
				.map((item) => ({
					weight: item.weight,
					at: item.at,
					drop: () => (items = items.filter((other) => other !== item))
				})),
			...[...sections].map((lessonId) => ({
				weight: weights.section,
				at: progress.lessons[lessonId]?.lastVisitedAt ?? '',
				drop: () => sections.delete(lessonId)
			})),
			// Last of all, a whole lesson: its record and its best attempt.
			...[...new Set(remaining.map((item) => item.lessonId))].map((lessonId) => ({
				weight: weights.essential,
				at: remaining
					.filter((item) => item.lessonId === lessonId)
					.map((item) => item.at)
					.sort()
					.at(-1)!,
				drop: () => (items = items.filter((item) => item.lessonId !== lessonId))
			}))
		].sort((a, b) => a.weight - b.weight || a.at.localeCompare(b.at));
		const next = candidates[0];
		if (!next) return suspendVersion;
		next.drop();
	}
}

/**
 * The records in suspend data, each parsed as a stored record is (records.ts): what does not
 * parse, or names a question the course no longer has, is left out. Never throws.
 */
export function decodeSuspendData(text: string, outline: CourseOutline): ImportedRecord[] {
	if (typeof text !== 'string' || !text.startsWith(suspendVersion)) return [];
	const [head = '', ...groups] = text.split('|');
	const base = fromB36(head.slice(suspendVersion.length));
	if (!Number.isFinite(base)) return [];
	const records: ImportedRecord[] = [];
	for (const group of groups) {
		const [lessonId = '', ...entries] = group.split('~');
		const names = new QuestionNames(
			outline.lessons.find((lesson) => lesson.id === lessonId)?.questions ?? []
		);
		const context: Context = {
			base,
			time: () => '',
			at: (field) => {
				const offset = fromB36(field);
				return Number.isFinite(offset) ? isoTime((base + offset) * 1000) : undefined;
			},
			names
		};
		for (const entry of entries) {
			const kind = kindOfLetter[entry[0] ?? ''];
			if (!kind) continue;
			let raw: unknown;
			try {
				raw = kinds[kind].decode(entry.slice(1).split(','), lessonId, context);
			} catch {
				continue;
			}
			const parsed = parseRecordOfKind(kind, raw);
			if (parsed) records.push(parsed);
		}
	}
	return records;
}

function parseRecordOfKind(kind: RecordKind, raw: unknown): ImportedRecord | undefined {
	const record = raw as AnyRecord;
	let key: string;
	try {
		key = keyOf(kind, record);
	} catch {
		return undefined;
	}
	const parsed = parseRecord(key, raw);
	return parsed && parsed.kind === kind ? { key, ...parsed } : undefined;
}
