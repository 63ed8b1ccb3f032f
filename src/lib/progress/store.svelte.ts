import {
	isoTime,
	keys,
	newId,
	newSeed,
	parseAttemptRecord,
	parseDraftRecord,
	parseLessonRecord,
	type AttemptRecord,
	type DraftRecord,
	type LessonRecord
} from './records';
import type { ProgressStorage } from './storage';

export type LessonState =
	'not-started' | 'reading' | 'read' | 'quiz-in-progress' | 'passed' | 'not-passed';

export interface FinishedQuiz {
	/** The questions graded, in the order asked. */
	questionIds: string[];
	scores: Record<string, number>;
	score: number;
	passed: boolean;
}

/**
 * The learner's progress: lessons opened and read, quiz attempts, and the quiz in progress.
 * Every change is written through to storage before the state here is updated, so what the
 * page shows is what is saved.
 */
export class ProgressStore {
	lessons = $state<Record<string, LessonRecord>>({});
	attempts = $state<AttemptRecord[]>([]);
	drafts = $state<Record<string, DraftRecord>>({});
	loaded = $state(false);
	/** Set when a write failed; what was saved before is untouched. */
	writeError = $state<string | undefined>();

	/** Per lesson, the attempt whose result the learner is looking at (this visit only). */
	resultShown = $state<Record<string, string>>({});
	/** False when the browser blocks IndexedDB and progress lives in memory only. */
	persistent = $state(true);

	readonly #storage: Promise<ProgressStorage>;
	readonly #now: () => number;

	constructor(storage: ProgressStorage | Promise<ProgressStorage>, now: () => number = Date.now) {
		this.#storage = Promise.resolve(storage).then((opened) => {
			this.persistent = opened.persistent;
			return opened;
		});
		this.#now = now;
	}

	async load(): Promise<void> {
		const storage = await this.#storage;
		const lessons: Record<string, LessonRecord> = {};
		const attempts: AttemptRecord[] = [];
		const drafts: Record<string, DraftRecord> = {};
		for (const [key, value] of await storage.entries()) {
			if (typeof key !== 'string') continue;
			if (key.startsWith('lesson:')) {
				const record = parseLessonRecord(value);
				if (record && key === keys.lesson(record.lessonId)) lessons[record.lessonId] = record;
			} else if (key.startsWith('attempt:')) {
				const record = parseAttemptRecord(value);
				if (record && key === keys.attempt(record.lessonId, record.attemptId))
					attempts.push(record);
			} else if (key.startsWith('draft:')) {
				const record = parseDraftRecord(value);
				if (record && key === keys.draft(record.lessonId)) drafts[record.lessonId] = record;
			}
		}
		attempts.sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
		this.lessons = lessons;
		this.attempts = attempts;
		this.drafts = drafts;
		this.loaded = true;
	}

	async #write<T>(work: () => Promise<T>): Promise<T | undefined> {
		try {
			const result = await work();
			this.writeError = undefined;
			return result;
		} catch (error) {
			this.writeError = error instanceof Error ? error.message : String(error);
			return undefined;
		}
	}

	/**
	 * Read-modify-write of one record in one transaction. `change` returns the new record, or
	 * `undefined` to keep the stored one. Resolves to the record as stored afterwards.
	 */
	async #update<T>(
		key: string,
		parse: (value: unknown) => T | undefined,
		change: (old: T | undefined) => T | undefined
	): Promise<T | undefined> {
		let result: T | undefined;
		const ok = await this.#write(async () => {
			const storage = await this.#storage;
			await storage.update(key, (stored) => {
				const old = parse(stored);
				const next = change(old);
				result = next ?? old;
				return next === undefined ? stored : next;
			});
			return true;
		});
		return ok ? result : undefined;
	}

	async openLesson(lessonId: string): Promise<void> {
		const now = isoTime(this.#now());
		const record = await this.#update<LessonRecord>(
			keys.lesson(lessonId),
			parseLessonRecord,
			(old) => (old ? undefined : { schema: 1, lessonId, openedAt: now })
		);
		if (record) this.lessons[lessonId] = record;
	}

	async finishLesson(lessonId: string): Promise<void> {
		const now = isoTime(this.#now());
		const record = await this.#update<LessonRecord>(
			keys.lesson(lessonId),
			parseLessonRecord,
			(old) =>
				old?.finishedAt
					? undefined
					: { schema: 1, lessonId, openedAt: old?.openedAt ?? now, finishedAt: now }
		);
		if (record) this.lessons[lessonId] = record;
	}

	/**
	 * The quiz in progress for a lesson, or a new one over `questionIds`. A retry carries the
	 * answers the learner got right in `carry`: they count again and are not asked again.
	 */
	async startQuiz(
		lessonId: string,
		questionIds: string[],
		carry: { ids: string[]; answers: Record<string, unknown> } = { ids: [], answers: {} }
	): Promise<DraftRecord | undefined> {
		delete this.resultShown[lessonId];
		const now = isoTime(this.#now());
		const carried = carry.ids.filter((id) => questionIds.includes(id));
		const first = questionIds.find((id) => !carried.includes(id)) ?? questionIds[0] ?? '';
		const draft = await this.#update<DraftRecord>(keys.draft(lessonId), parseDraftRecord, (old) =>
			old
				? undefined
				: {
						schema: 1,
						lessonId,
						attemptId: newId(),
						startedAt: now,
						updatedAt: now,
						seed: newSeed(),
						questionIds,
						current: first,
						answers: Object.fromEntries(carried.map((id) => [id, carry.answers[id]])),
						checked: carried,
						carried
					}
		);
		if (draft) this.drafts[lessonId] = draft;
		return draft;
	}

	async #changeDraft(lessonId: string, change: (draft: DraftRecord) => DraftRecord): Promise<void> {
		const now = isoTime(this.#now());
		const draft = await this.#update<DraftRecord>(keys.draft(lessonId), parseDraftRecord, (old) =>
			old ? { ...change(old), updatedAt: now } : undefined
		);
		if (draft) this.drafts[lessonId] = draft;
	}

	saveAnswer(lessonId: string, questionId: string, response: unknown): Promise<void> {
		return this.#changeDraft(lessonId, (draft) =>
			draft.checked.includes(questionId)
				? draft
				: { ...draft, answers: { ...draft.answers, [questionId]: response } }
		);
	}

	checkAnswer(lessonId: string, questionId: string): Promise<void> {
		return this.#changeDraft(lessonId, (draft) =>
			draft.checked.includes(questionId)
				? draft
				: { ...draft, checked: [...draft.checked, questionId] }
		);
	}

	goToQuestion(lessonId: string, questionId: string): Promise<void> {
		return this.#changeDraft(lessonId, (draft) => ({
			...draft,
			// A question added to the lesson after the attempt began joins it at the end.
			questionIds: draft.questionIds.includes(questionId)
				? draft.questionIds
				: [...draft.questionIds, questionId],
			current: questionId
		}));
	}

	/** Saves the attempt, then clears the quiz in progress. Saving again is harmless. */
	async finishQuiz(lessonId: string, result: FinishedQuiz): Promise<AttemptRecord | undefined> {
		const draft = this.drafts[lessonId];
		if (!draft) return undefined;
		const attempt: AttemptRecord = {
			schema: 1,
			lessonId,
			attemptId: draft.attemptId,
			startedAt: draft.startedAt,
			finishedAt: isoTime(this.#now()),
			questionIds: [...result.questionIds],
			answers: $state.snapshot(draft.answers),
			scores: result.scores,
			score: result.score,
			passed: result.passed,
			seed: draft.seed,
			carried: [...draft.carried]
		};
		const saved = await this.#write(async () => {
			const storage = await this.#storage;
			await storage.set(keys.attempt(lessonId, attempt.attemptId), attempt);
			await storage.del(keys.draft(lessonId));
			return true;
		});
		if (!saved) return undefined;
		this.attempts = [...this.attempts.filter((a) => a.attemptId !== attempt.attemptId), attempt];
		delete this.drafts[lessonId];
		this.resultShown[lessonId] = attempt.attemptId;
		return attempt;
	}

	attemptsFor(lessonId: string): AttemptRecord[] {
		return this.attempts.filter((attempt) => attempt.lessonId === lessonId);
	}

	bestScore(lessonId: string): number | undefined {
		const scores = this.attemptsFor(lessonId).map((attempt) => attempt.score);
		return scores.length > 0 ? Math.max(...scores) : undefined;
	}

	lastAttempt(lessonId: string): AttemptRecord | undefined {
		return this.attemptsFor(lessonId).at(-1);
	}

	stateOf(lessonId: string): LessonState {
		const attempts = this.attemptsFor(lessonId);
		if (attempts.some((attempt) => attempt.passed)) return 'passed';
		if (this.drafts[lessonId]) return 'quiz-in-progress';
		if (attempts.length > 0) return 'not-passed';
		const lesson = this.lessons[lessonId];
		if (lesson?.finishedAt) return 'read';
		if (lesson) return 'reading';
		return 'not-started';
	}
}
