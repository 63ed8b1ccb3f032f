/**
 * The learner's progress as the LMS keeps it: `cmi.suspend_data`, at most 4,096 characters in
 * SCORM 1.2. A compact text, never longer than the limit it is given; what does not fit is left
 * out, least important first (see `weights`). Read back, it is untrusted like any stored record:
 * every record decoded goes through records.ts's parsers, and what does not parse is dropped.
 *
 * Layout (version 2; version 1, which the first packages wrote, is read too: it had no cards,
 * track or exams, and scores in thousandths): `2` base `|` group `|` group …, where base is the
 * earliest time in the data (seconds since 1970, base 36) and a group is one lesson's records: its
 * id, then each record as `~` kind letter and fields joined by `,`. The group with no id holds the
 * course's records (the track and the exams). Times are seconds after base, in base 36. A
 * question is named by three characters of a hash of its id, resolved against the course's
 * questions of that lesson (`'id'` when two of the lesson's ids share a hash); an exam's question
 * by the lesson's place in the course, one character, and that name. An attempt id as the store
 * makes them (24 hex digits) is 16 base-64 characters. A question's score is a fraction of two
 * base-64 digits: exact for every score the question types give (right parts over all parts), so
 * that a restored exam keeps the score its certificate's code was made from.
 *
 * Kept: every lesson record; each attempt's times, questions, per-question scores and result;
 * the quiz in progress with its answers; every review card, in fixed width (`~C`, see
 * `cardCodec`); the track; each exam's draw, times, scores, result and the certificate's name,
 * and the answers of the exam in progress. Not kept: the answers, option order and carried
 * answers of a finished attempt or exam (they serve the review, which shows them only in the
 * browser that took the quiz); times below a second (below a minute for a card), except an
 * exam's finish, which its certificate's code is made from.
 */
import {
	isoTime,
	keyOf,
	parseRecord,
	schemaVersion,
	stabilityRange,
	type AnyRecord,
	type AttemptRecord,
	type CardRecord,
	type DraftRecord,
	type ExamRecord,
	type LessonRecord,
	type RecordKind,
	type ReviewState,
	type TrackRecord
} from '$lib/progress/records';
import { certifiedExam, finishedExams, type ProgressSnapshot } from '$lib/progress/queries';
import { timeFields, type ImportedRecord } from '$lib/progress/transfer';

export const suspendVersion = '2';
/** SCORM 1.2's `cmi.suspend_data` (CMIString4096). */
export const scorm12SuspendLimit = 4096;
/** SCORM 2004 4th edition's `cmi.suspend_data` (characterstring, SPM 64000). */
export const scorm2004SuspendLimit = 64000;

/** The course as the codec and the report need it, from the content (course-plugin.ts). */
export interface CourseOutline {
	/** Each lesson's question ids, in course order. */
	lessons: { id: string; questions: string[] }[];
	/** Each role track's lessons (lessons/tracks.yaml). */
	tracks: { id: string; lessons: string[] }[];
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

/** A whole number from 0 to 64^width - 1 in exactly `width` base-64 digits. */
function fixed(value: number, width: number): string {
	let rest = Math.min(64 ** width - 1, Math.max(0, Math.round(value)));
	let out = '';
	for (let index = 0; index < width; index++) {
		out = base64[rest % 64]! + out;
		rest = Math.floor(rest / 64);
	}
	return out;
}

function unfixed(text: string): number {
	let value = 0;
	for (const char of text) {
		const digit = base64.indexOf(char);
		if (digit < 0) return NaN;
		value = value * 64 + digit;
	}
	return text.length > 0 ? value : NaN;
}

/**
 * A share from 0 to 1 as a fraction of two base-64 digits, exact whenever the share is one (the
 * same fraction divides to the same float); else the nearest 63rd, which no question type gives.
 */
function encodeShare(share: number): string {
	for (let denominator = 1; denominator < 64; denominator++) {
		const numerator = Math.round(share * denominator);
		if (numerator / denominator === share) return base64[numerator]! + base64[denominator]!;
	}
	return base64[Math.round(Math.min(1, Math.max(0, share)) * 63)]! + base64[63]!;
}

function decodeShare(text: string): number {
	const numerator = base64.indexOf(text[0] ?? '');
	const denominator = base64.indexOf(text[1] ?? '');
	return text.length === 2 && numerator >= 0 && denominator > 0 ? numerator / denominator : NaN;
}

const hexId = /^[0-9a-f]{24}$/;

function encodeAttemptId(id: string): string {
	if (!hexId.test(id)) return `'${id}'`;
	let out = '';
	for (let index = 0; index < 24; index += 3) {
		out += fixed(parseInt(id.slice(index, index + 3), 16), 2);
	}
	return out;
}

function decodeAttemptId(text: string): string | undefined {
	if (text.startsWith("'")) return text.endsWith("'") ? text.slice(1, -1) : undefined;
	if (text.length !== 16) return undefined;
	let out = '';
	for (let index = 0; index < 16; index += 2) {
		const value = unfixed(text.slice(index, index + 2));
		if (!Number.isFinite(value)) return undefined;
		out += value.toString(16).padStart(3, '0');
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
	name(id: string): string {
		const hash = questionHash(id);
		return this.#byHash.get(hash) === id ? hash : `'${id}'`;
	}
	encode(ids: readonly string[]): string {
		return ids.map((id) => this.name(id)).join('');
	}
	/**
	 * The name at `index` and where the next begins; the id `undefined` when the name is not one of
	 * the lesson's questions (the content changed), the whole `undefined` when it is malformed.
	 */
	read(text: string, index: number): { id: string | undefined; next: number } | undefined {
		if (text[index] === "'") {
			const end = text.indexOf("'", index + 1);
			return end < 0 ? undefined : { id: text.slice(index + 1, end), next: end + 1 };
		}
		if (index + 3 > text.length) return undefined;
		return { id: this.#byHash.get(text.slice(index, index + 3)) ?? undefined, next: index + 3 };
	}
	/** `undefined` when a name is not one of the lesson's questions. */
	decode(text: string): string[] | undefined {
		const ids: string[] = [];
		for (let index = 0; index < text.length;) {
			const name = this.read(text, index);
			if (!name?.id) return undefined;
			ids.push(name.id);
			index = name.next;
		}
		return ids;
	}
}

/** Names exam questions (`lessonId:questionId`): the lesson's place in the course, and its name. */
class ExamNames {
	readonly #lessons: { id: string; names: QuestionNames }[];
	constructor(outline: CourseOutline) {
		this.#lessons = outline.lessons
			.slice(0, 64)
			.map((lesson) => ({ id: lesson.id, names: new QuestionNames(lesson.questions) }));
	}
	encode(keys: readonly string[]): string {
		return keys
			.map((key) => {
				const colon = key.indexOf(':');
				const index = this.#lessons.findIndex((lesson) => lesson.id === key.slice(0, colon));
				const name = index < 0 ? '' : this.#lessons[index]!.names.name(key.slice(colon + 1));
				return name.length === 3 ? base64[index]! + name : `'${key}'`;
			})
			.join('');
	}
	decode(text: string): string[] | undefined {
		const keys: string[] = [];
		for (let index = 0; index < text.length;) {
			if (text[index] === "'") {
				const end = text.indexOf("'", index + 1);
				if (end < 0) return undefined;
				keys.push(text.slice(index + 1, end));
				index = end + 1;
				continue;
			}
			const lesson = this.#lessons[base64.indexOf(text[index]!)];
			const name = lesson?.names.read(text, index + 1);
			if (!lesson || !name?.id || name.next !== index + 4) return undefined;
			keys.push(`${lesson.id}:${name.id}`);
			index = name.next;
		}
		return keys;
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
	/** Seconds since 1970. */
	base: number;
	/** A question's score as written: a fraction (`decodeShare`), or in version 1 thousandths. */
	share: (text: string) => number;
	time: (time: string) => string;
	at: (text: string) => string | undefined;
	names: QuestionNames;
	exams: ExamNames;
}

const cardStates: readonly ReviewState[] = ['review', 'learning', 'relearning'];
const day = 86_400_000;
/** Stability on a log scale over records.ts's range, 18 bits: within 0.004 % of the value. */
const stabilityScale = Math.log(stabilityRange.max / stabilityRange.min);
const stabilitySteps = 64 ** 3 - 1;

/**
 * One review card in 19 characters: name (3), flags (1: state, and which optional parts follow),
 * last review in minutes after base (4), scheduled days (2), stability (3), difficulty to 1/455
 * (2), reps and lapses (2 each; 3 when either passes 4,095). The due date is the last review
 * plus the scheduled days, as the course's scheduler makes it (long-term FSRS); another is
 * written after, in minutes (4), and so are learning steps other than 0 (2).
 */
const cardCodec = {
	encode(card: CardRecord, context: Context): string | undefined {
		const minutes = Math.floor((seconds(card.lastReview) - context.base) / 60);
		if (minutes < 0 || minutes >= 64 ** 4) return undefined;
		const dueAfter = Date.parse(card.due) - Date.parse(card.lastReview);
		const explicitDue = dueAfter !== card.scheduledDays * day;
		const wide = Math.max(card.reps, card.lapses) >= 64 ** 2;
		const flags =
			cardStates.indexOf(card.state) |
			(explicitDue ? 4 : 0) |
			(card.learningSteps !== 0 ? 8 : 0) |
			(wide ? 16 : 0);
		const stability = Math.log(card.stability / stabilityRange.min) / stabilityScale;
		return (
			context.names.name(card.questionId) +
			base64[flags] +
			fixed(minutes, 4) +
			fixed(card.scheduledDays, 2) +
			fixed(stability * stabilitySteps, 3) +
			fixed(((card.difficulty - 1) / 9) * 4095, 2) +
			fixed(card.reps, wide ? 3 : 2) +
			fixed(card.lapses, wide ? 3 : 2) +
			(explicitDue ? fixed(dueAfter / 60_000, 4) : '') +
			(card.learningSteps !== 0 ? fixed(card.learningSteps, 2) : '')
		);
	},
	/** Every card of a `~C` record: those that do not read, and all after them, are left out. */
	decode(text: string, lessonId: string, context: Context): unknown[] {
		const cards: unknown[] = [];
		let index = 0;
		const take = (width: number) => unfixed(text.slice(index, (index += width)));
		while (index < text.length) {
			const name = context.names.read(text, index);
			if (!name) break;
			index = name.next;
			const flags = base64.indexOf(text[index++] ?? '');
			if (flags < 0) break;
			const wide = flags & 16 ? 3 : 2;
			const lastReview = (context.base + take(4) * 60) * 1000;
			const scheduledDays = take(2);
			const stability = take(3);
			const difficulty = take(2);
			const reps = take(wide);
			const lapses = take(wide);
			const due = lastReview + (flags & 4 ? take(4) * 60_000 : scheduledDays * day);
			const learningSteps = flags & 8 ? take(2) : 0;
			if (index > text.length || Number.isNaN(due + stability + difficulty + learningSteps)) break;
			if (!name.id) continue;
			cards.push({
				schema: schemaVersion,
				lessonId,
				questionId: name.id,
				due: isoTime(due),
				lastReview: isoTime(lastReview),
				state: cardStates[flags & 3],
				stability: Math.min(
					stabilityRange.max,
					Math.max(
						stabilityRange.min,
						stabilityRange.min * Math.exp((stability / stabilitySteps) * stabilityScale)
					)
				),
				difficulty: 1 + (difficulty / 4095) * 9,
				scheduledDays,
				learningSteps,
				reps,
				lapses
			});
		}
		return cards;
	}
};

/**
 * The kinds of record the LMS keeps, each with its letter. `decode` returns a raw record for
 * records.ts to parse; it may throw on malformed text, which drops that record only. Cards are
 * written together, one `~C` record per lesson (`cardCodec`).
 */
const kinds = {
	lesson: {
		letter: 'L',
		/** Ends with the section's field empty: the renderer adds the section while it fits. */
		encode(record: LessonRecord, context: Context): string {
			return [
				context.time(record.openedAt),
				context.time(record.lastVisitedAt),
				record.finishedAt ? context.time(record.finishedAt) : '',
				b36(record.timeSpentMs / 1000),
				''
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
				record.questionIds.map((id) => encodeShare(record.scores[id] ?? 0)).join('')
			].join(',');
		},
		decode(fields: string[], lessonId: string, context: Context): unknown {
			const [id = '', started = '', duration = '', passed = '', names = '', scores = ''] = fields;
			const questionIds = context.names.decode(names) ?? [];
			const scoreOf = questionIds.map((_, index) =>
				context.share(scores.slice(index * 2, index * 2 + 2))
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
	},
	card: { letter: 'C' },
	track: {
		letter: 'T',
		encode(record: TrackRecord, context: Context): string {
			return [record.trackId, context.time(record.chosenAt)].join(',');
		},
		decode(fields: string[], _lessonId: string, context: Context): unknown {
			const [trackId = '', chosen = ''] = fields;
			return { schema: schemaVersion, trackId, chosenAt: context.at(chosen) };
		}
	},
	exam: {
		letter: 'E',
		/**
		 * The answers of an exam in progress as a list in the order of its questions (`null` for
		 * none yet): their keys are the longest part of them.
		 */
		encode(record: ExamRecord, context: Context): string {
			const finished = record.finishedAt !== undefined;
			return [
				record.trackId,
				encodeAttemptId(record.attemptId),
				b36(record.seed),
				escape(record.courseVersion),
				context.time(record.startedAt),
				finished && record.updatedAt === record.finishedAt ? '' : context.time(record.updatedAt),
				record.timeLimitMs === undefined ? '' : b36(record.timeLimitMs),
				context.exams.encode(record.questions),
				b36(record.questions.indexOf(record.current)),
				finished
					? ''
					: escape(JSON.stringify(record.questions.map((key) => record.answers[key] ?? null))),
				finished ? b36(Date.parse(record.finishedAt!) - context.base * 1000) : '',
				finished
					? record.questions.map((key) => encodeShare(record.scores?.[key] ?? 0)).join('')
					: '',
				finished ? (record.passed ? '1' : '0') : '',
				record.learnerName === undefined ? '' : escape(record.learnerName)
			].join(',');
		},
		decode(fields: string[], _lessonId: string, context: Context): unknown {
			const [trackId = '', id = '', seed = '', version = '', started = '', updated = ''] = fields;
			const [limit = '', names = '', current = '', answers = '', finished = ''] = fields.slice(6);
			const [scores = '', passed = '', name = ''] = fields.slice(11);
			const questions = context.exams.decode(names) ?? [];
			const given = answers ? (JSON.parse(unescape(answers)) as unknown[]) : [];
			const finishedAt = finished ? isoTime(context.base * 1000 + fromB36(finished)) : undefined;
			const scoreOf = questions.map((_, index) =>
				context.share(scores.slice(index * 2, index * 2 + 2))
			);
			return {
				schema: schemaVersion,
				trackId,
				attemptId: decodeAttemptId(id),
				seed: fromB36(seed),
				courseVersion: unescape(version),
				startedAt: context.at(started),
				updatedAt: updated ? context.at(updated) : finishedAt,
				...(limit ? { timeLimitMs: fromB36(limit) } : {}),
				questions,
				current: questions[fromB36(current)],
				answers: Object.fromEntries(
					questions.flatMap((key, index) =>
						given[index] === null || given[index] === undefined ? [] : [[key, given[index]]]
					)
				),
				...(finishedAt
					? {
							finishedAt,
							scores: Object.fromEntries(questions.map((key, index) => [key, scoreOf[index]])),
							// Summed as the store sums it: the same float, the same certificate code.
							score: scoreOf.reduce((sum, score) => sum + score, 0) / (questions.length || 1),
							passed: passed === '1'
						}
					: {}),
				...(name ? { learnerName: unescape(name) } : {})
			};
		}
	}
} as const;

/** The kinds suspend data carries: every kind of record the store keeps. */
type SuspendKind = keyof typeof kinds;

const kindOfLetter: Record<string, SuspendKind | undefined> = Object.fromEntries(
	Object.entries(kinds).map(([kind, codec]) => [codec.letter, kind as SuspendKind])
);

/** The group of the course's records, which belong to no lesson: the track and the exams. */
const courseGroup = '';

/** One record to write, and how much it matters: the lowest weight goes first over the limit. */
interface Item {
	/** Its group: a lesson's id, or `courseGroup`. */
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
 * What is left out first when the progress does not fit, lowest first; ties go oldest first:
 * 0. attempts other than a lesson's best and last, and finished exams other than a track's best
 *    and latest;
 * 1. the quiz in progress, and the exam in progress with its answers;
 * 2. the section of a lesson reached;
 * 3. a lesson's last attempt, and a track's latest exam;
 * 4. review cards, the least recently reviewed first;
 * 5. whole lessons with their best attempt, the least recently active first;
 * 6. the track, and the exam that decides the course (the chosen track's best, see report.ts; with
 *    no track chosen, each track's best).
 * Completion and the score rest on 5 and 6: they go only when nothing else is left.
 */
export const weights = {
	other: 0,
	inProgress: 1,
	section: 2,
	last: 3,
	card: 4,
	lesson: 5,
	course: 6
} as const;

function itemsOf(progress: ProgressSnapshot): Item[] {
	const items: Item[] = [];
	const lessonIds = new Set([
		...Object.keys(progress.lessons),
		...progress.attempts.map((attempt) => attempt.lessonId),
		...Object.keys(progress.drafts),
		...Object.values(progress.cards ?? {}).map((card) => card.lessonId)
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
				weight: weights.lesson,
				at: lesson.lastVisitedAt
			});
		}
		// Only the newest few others: more never fit, and this bounds the work on any input.
		const others = attempts.filter((a) => a !== best && a !== last).slice(-8);
		for (const attempt of [best, last, ...others]) {
			if (!attempt || items.some((item) => item.record === attempt)) continue;
			const weight =
				attempt === best ? weights.lesson : attempt === last ? weights.last : weights.other;
			items.push({ lessonId, kind: 'attempt', record: attempt, weight, at: attempt.finishedAt });
		}
		const draft = progress.drafts[lessonId];
		if (draft)
			items.push({
				lessonId,
				kind: 'draft',
				record: draft,
				weight: weights.inProgress,
				at: draft.updatedAt
			});
	}
	for (const card of Object.values(progress.cards ?? {})) {
		items.push({
			lessonId: card.lessonId,
			kind: 'card',
			record: card,
			weight: weights.card,
			at: card.lastReview
		});
	}
	const track = progress.track;
	if (track) {
		items.push({
			lessonId: courseGroup,
			kind: 'track',
			record: track,
			weight: weights.course,
			at: track.chosenAt
		});
	}
	const exams = progress.exams ?? [];
	for (const trackId of new Set(exams.map((exam) => exam.trackId))) {
		const finished = finishedExams(progress, trackId);
		const latest = finished.at(-1);
		const best = certifiedExam(progress, trackId) ?? latest;
		const decides = !track || track.trackId === trackId;
		for (const exam of [best, latest, ...finished.slice(-8)]) {
			if (!exam || items.some((item) => item.record === exam)) continue;
			const weight =
				exam === best && decides
					? weights.course
					: exam === best || exam === latest
						? weights.last
						: weights.other;
			items.push({ lessonId: courseGroup, kind: 'exam', record: exam, weight, at: exam.updatedAt });
		}
		for (const exam of exams.filter((e) => e.trackId === trackId && !e.finishedAt).slice(-2)) {
			items.push({
				lessonId: courseGroup,
				kind: 'exam',
				record: exam,
				weight: weights.inProgress,
				at: exam.updatedAt
			});
		}
	}
	return items;
}

function timesOf(record: AnyRecord): string[] {
	const fields = record as unknown as Record<string, unknown>;
	return timeFields.flatMap((field) => (typeof fields[field] === 'string' ? [fields[field]] : []));
}

/**
 * Writes items as suspend data. Each record is encoded once and kept: leaving records out to
 * fit the limit only joins what is left again. Times count from the earliest of all the items,
 * so that an encoded record stays valid whatever is left out.
 */
class Renderer {
	readonly #base: number;
	readonly #outline: CourseOutline;
	readonly #order: string[];
	readonly #exams: ExamNames;
	readonly #contexts = new Map<string, Context>();
	readonly #bodies = new Map<Item, string>();

	constructor(items: Item[], outline: CourseOutline) {
		this.#base = Math.min(...items.flatMap((item) => timesOf(item.record).map(seconds)));
		this.#outline = outline;
		this.#order = outline.lessons.map((lesson) => lesson.id);
		this.#exams = new ExamNames(outline);
	}

	#context(lessonId: string): Context {
		let context = this.#contexts.get(lessonId);
		if (!context) {
			const base = this.#base;
			context = {
				base,
				share: decodeShare,
				time: (time) => b36(seconds(time) - base),
				at: () => undefined,
				names: new QuestionNames(
					this.#outline.lessons.find((lesson) => lesson.id === lessonId)?.questions ?? []
				),
				exams: this.#exams
			};
			this.#contexts.set(lessonId, context);
		}
		return context;
	}

	#body(item: Item): string {
		let body = this.#bodies.get(item);
		if (body === undefined) {
			const context = this.#context(item.lessonId);
			const record = item.record;
			body =
				item.kind === 'card'
					? (cardCodec.encode(record as CardRecord, context) ?? '')
					: item.kind === 'lesson'
						? kinds.lesson.encode(record as LessonRecord, context)
						: item.kind === 'attempt'
							? kinds.attempt.encode(record as AttemptRecord, context)
							: item.kind === 'draft'
								? kinds.draft.encode(record as DraftRecord, context)
								: item.kind === 'track'
									? kinds.track.encode(record as TrackRecord, context)
									: kinds.exam.encode(record as ExamRecord, context);
			this.#bodies.set(item, body);
		}
		return body;
	}

	render(items: Item[], sections: Set<string>): string {
		if (items.length === 0 || !Number.isFinite(this.#base)) return suspendVersion;
		const groups = new Map<string, Item[]>();
		for (const item of items) {
			const group = groups.get(item.lessonId);
			if (group) group.push(item);
			else groups.set(item.lessonId, [item]);
		}
		const place = (id: string) => this.#order.indexOf(id) + 1 || Infinity;
		const lessonIds = [...groups.keys()].sort((a, b) => place(a) - place(b) || a.localeCompare(b));
		const parts = [suspendVersion + b36(this.#base)];
		for (const lessonId of lessonIds) {
			const records: string[] = [];
			let cards = '';
			for (const item of groups.get(lessonId)!) {
				const body = this.#body(item);
				if (item.kind === 'card') cards += body;
				else if (item.kind === 'lesson' && sections.has(lessonId)) {
					const section = (item.record as LessonRecord).section ?? '';
					records.push(`~${kinds.lesson.letter}${body}${escape(section)}`);
				} else records.push(`~${kinds[item.kind].letter}${body}`);
			}
			if (cards) records.push(`~${kinds.card.letter}${cards}`);
			parts.push(lessonId + records.join(''));
		}
		return parts.join('|');
	}
}

/**
 * The progress as suspend data of at most `limit` characters. Over the limit, records are left
 * out from the least important up (see `weights`): the text is never longer than `limit`.
 */
export function encodeSuspendData(
	progress: ProgressSnapshot,
	outline: CourseOutline,
	limit: number
): string {
	let items = itemsOf(progress);
	const renderer = new Renderer(items, outline);
	const sections = new Set(
		items
			.filter((item) => item.kind === 'lesson' && (item.record as LessonRecord).section)
			.map((item) => item.lessonId)
	);
	for (;;) {
		const text = renderer.render(items, sections);
		if (text.length <= limit) return text;
		const remaining = items;
		const lessonIds = new Set(
			remaining.filter((item) => item.lessonId !== courseGroup).map((item) => item.lessonId)
		);
		const candidates = [
			...remaining
				.filter((item) => item.weight < weights.lesson || item.lessonId === courseGroup)
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
			// A whole lesson: its record and its best attempt, and whatever else it still has.
			...[...lessonIds].map((lessonId) => ({
				weight: weights.lesson,
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
	if (typeof text !== 'string') return [];
	// Version 1 (lessons, attempts and drafts; scores in thousandths) reads as a part of this one.
	const version = text[0];
	if (version !== suspendVersion && version !== '1') return [];
	const [head = '', ...groups] = text.split('|');
	const base = fromB36(head.slice(1));
	if (!Number.isFinite(base)) return [];
	const exams = new ExamNames(outline);
	const records: ImportedRecord[] = [];
	for (const group of groups) {
		const [lessonId = '', ...entries] = group.split('~');
		const names = new QuestionNames(
			outline.lessons.find((lesson) => lesson.id === lessonId)?.questions ?? []
		);
		const context: Context = {
			base,
			share: version === '1' ? (score) => fromB36(score) / 1000 : decodeShare,
			time: () => '',
			at: (field) => {
				const offset = fromB36(field);
				return Number.isFinite(offset) ? isoTime((base + offset) * 1000) : undefined;
			},
			names,
			exams
		};
		for (const entry of entries) {
			const kind = kindOfLetter[entry[0] ?? ''];
			if (!kind) continue;
			let raws: unknown[];
			try {
				raws =
					kind === 'card'
						? cardCodec.decode(entry.slice(1), lessonId, context)
						: [kinds[kind].decode(entry.slice(1).split(','), lessonId, context)];
			} catch {
				continue;
			}
			for (const raw of raws) {
				const parsed = parseRecordOfKind(kind, raw);
				if (parsed) records.push(parsed);
			}
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
