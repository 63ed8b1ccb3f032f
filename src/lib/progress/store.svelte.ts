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
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never shown
	readonly #pending = new Set<Promise<unknown>>();
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

	/** Resolves once every write begun so far has ended, so that a reload cuts none short. */
	async settled(): Promise<void> {
		while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
	}

	async #write<T>(work: () => Promise<T>): Promise<T | undefined> {
		const job = work();
		this.#pending.add(job);
		try {
			const result = await job;
			this.writeError = undefined;
			return result;
		} catch (error) {
			this.writeError = error instanceof Error ? error.message : String(error);
			return undefined;
		} finally {
			this.#pending.delete(job);
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

	/** The quiz in progress for a lesson, or a new one over `questionIds`. */
	async startQuiz(lessonId: string, questionIds: string[]): Promise<DraftRecord | undefined> {
		delete this.resultShown[lessonId];
		const now = isoTime(this.#now());
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
						current: 0,
						answers: {},
						checked: []
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

	goToQuestion(lessonId: string, index: number): Promise<void> {
		return this.#changeDraft(lessonId, (draft) => ({
			...draft,
			current: Math.min(Math.max(0, index), draft.questionIds.length - 1)
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
			questionIds: [...draft.questionIds],
			answers: $state.snapshot(draft.answers),
			scores: result.scores,
			score: result.score,
			passed: result.passed
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
