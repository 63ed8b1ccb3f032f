import {
	isoTime,
	keyOf,
	keys,
	newId,
	newSeed,
	parseDraftRecord,
	parseLessonRecord,
	parseRecord,
	type AnyRecord,
	type AttemptRecord,
	type DraftRecord,
	type LessonRecord,
	type RecordKind
} from './records';
import type { DraftJournal, ProgressStorage } from './storage';

export type LessonState =
	'not-started' | 'reading' | 'read' | 'quiz-in-progress' | 'passed' | 'needs-review';

export interface FinishedQuiz {
	/** The questions graded, in the order asked. */
	questionIds: string[];
	scores: Record<string, number>;
	score: number;
	passed: boolean;
}

/** Tells other tabs of the same course that progress changed. */
export interface ChangeChannel {
	postMessage(message: unknown): void;
	addEventListener(type: 'message', listener: () => void): void;
	close(): void;
}

const channelName = 'k8s-course-progress';

/** One quiz's time counts at most this much, so that a tab left open overnight does not. */
const maxAttemptMs = 2 * 60 * 60 * 1000;

/**
 * The learner's progress: lessons opened and read, quiz attempts, and the quiz in progress.
 * Every change is written through to storage before the state here is updated, so what the
 * page shows is what is saved. Records that cannot be read are set aside, never overwritten.
 */
export class ProgressStore {
	lessons = $state<Record<string, LessonRecord>>({});
	// Finished attempts never change: raw state spares proxying a thousand of them.
	attempts = $state.raw<AttemptRecord[]>([]);
	drafts = $state<Record<string, DraftRecord>>({});
	/** Keys of records that could not be read and were set aside (kept, and exported). */
	setAside = $state<string[]>([]);
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
	readonly #journal: DraftJournal | undefined;
	#channel: ChangeChannel | undefined;

	constructor(
		storage: ProgressStorage | Promise<ProgressStorage>,
		options: { now?: () => number; channel?: ChangeChannel; journal?: DraftJournal } = {}
	) {
		this.#storage = Promise.resolve(storage).then((opened) => {
			this.persistent = opened.persistent;
			return opened;
		});
		this.#now = options.now ?? Date.now;
		this.#journal = options.journal;
		this.#channel = options.channel;
		this.#channel?.addEventListener('message', () => void this.load());
	}

	/** Listens for and tells other tabs about changes, where the browser can. */
	static channel(): ChangeChannel | undefined {
		return typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(channelName);
	}

	close(): void {
		this.#channel?.close();
		this.#channel = undefined;
	}

	async load(): Promise<void> {
		const started = performance.now();
		const storage = await this.#storage;
		const lessons: Record<string, LessonRecord> = {};
		const attempts: AttemptRecord[] = [];
		const drafts: Record<string, DraftRecord> = {};
		const setAside: string[] = [];
		for (const [key, value] of await storage.entries()) {
			if (typeof key !== 'string') continue;
			if (key.startsWith('set-aside:')) {
				setAside.push(key);
				continue;
			}
			const kind = key.slice(0, key.indexOf(':'));
			if (kind !== 'lesson' && kind !== 'attempt' && kind !== 'draft') continue;
			const parsed = parseRecord(key, value);
			if (!parsed) {
				setAside.push(await this.#setAside(storage, key, value));
			} else if (parsed.kind === 'lesson') {
				lessons[parsed.record.lessonId] = parsed.record as LessonRecord;
			} else if (parsed.kind === 'attempt') {
				attempts.push(parsed.record as AttemptRecord);
			} else {
				drafts[parsed.record.lessonId] = parsed.record as DraftRecord;
			}
		}
		attempts.sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
		await this.#replayJournal(storage, drafts);
		this.lessons = lessons;
		this.attempts = attempts;
		this.drafts = drafts;
		this.setAside = setAside;
		this.loaded = true;
		// Read by the benchmark (npm run bench) and visible in the browser's performance panel.
		performance.measure('progress-load', { start: started });
	}

	/**
	 * Writes the answers that were still being saved when the page went away. Only onto the same
	 * quiz in progress, and only when newer: a quiz finished or reset since has no draft left.
	 */
	async #replayJournal(storage: ProgressStorage, drafts: Record<string, DraftRecord>) {
		for (const [lessonId, text] of this.#journal?.entries() ?? []) {
			let saving: DraftRecord | undefined;
			try {
				saving = parseDraftRecord(JSON.parse(text));
			} catch {
				saving = undefined;
			}
			const stored = drafts[lessonId];
			if (
				saving &&
				stored &&
				saving.lessonId === lessonId &&
				saving.attemptId === stored.attemptId &&
				saving.updatedAt >= stored.updatedAt
			) {
				try {
					await storage.set(keys.draft(lessonId), saving);
					drafts[lessonId] = saving;
				} catch {
					continue;
				}
			}
			this.#journal?.clear(lessonId, text);
		}
	}

	/** Moves an unreadable record out of the way, so that no later write replaces it. */
	async #setAside(storage: ProgressStorage, key: string, value: unknown): Promise<string> {
		const aside = keys.setAside(key, isoTime(this.#now()));
		try {
			await storage.set(aside, value);
			await storage.del(key);
			return aside;
		} catch {
			return key;
		}
	}

	/** Resolves once every write begun so far has ended, so that a reload cuts none short. */
	async settled(): Promise<void> {
		while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
	}

	async #write<T>(work: (storage: ProgressStorage) => Promise<T>): Promise<T | undefined> {
		const started = performance.now();
		const job = this.#storage.then(work);
		this.#pending.add(job);
		try {
			const result = await job;
			performance.measure('progress-write', { start: started });
			this.writeError = undefined;
			this.#channel?.postMessage('changed');
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
		for (let attempt = 0; attempt < 2; attempt++) {
			let result: T | undefined;
			let unreadable: unknown;
			const ok = await this.#write(async (storage) => {
				await storage.update(key, (stored) => {
					const old = parse(stored);
					if (stored !== undefined && old === undefined) {
						unreadable = stored;
						return stored;
					}
					// Plain data only: IndexedDB cannot clone the proxies of reactive state.
					const next = $state.snapshot(change(old)) as T | undefined;
					result = next ?? old;
					return next === undefined ? stored : next;
				});
				return true;
			});
			if (!ok) return undefined;
			if (unreadable === undefined) return result;
			const storage = await this.#storage;
			this.setAside = [...this.setAside, await this.#setAside(storage, key, unreadable)];
		}
		return undefined;
	}

	async #updateLesson(lessonId: string, change: (old: LessonRecord) => LessonRecord | undefined) {
		const now = isoTime(this.#now());
		const record = await this.#update<LessonRecord>(
			keys.lesson(lessonId),
			parseLessonRecord,
			(old) =>
				change(old ?? { schema: 2, lessonId, openedAt: now, lastVisitedAt: now, timeSpentMs: 0 })
		);
		if (record) this.lessons[lessonId] = record;
	}

	openLesson(lessonId: string): Promise<void> {
		const now = isoTime(this.#now());
		return this.#updateLesson(lessonId, (old) => ({ ...old, lastVisitedAt: now }));
	}

	finishLesson(lessonId: string): Promise<void> {
		const now = isoTime(this.#now());
		return this.#updateLesson(lessonId, (old) =>
			old.finishedAt ? undefined : { ...old, finishedAt: now }
		);
	}

	/** Adds reading time, and where the learner is, in one write. */
	noteReading(lessonId: string, elapsedMs: number, section: string | undefined): Promise<void> {
		const now = isoTime(this.#now());
		const add = Math.min(Math.max(0, Math.round(elapsedMs)), 60 * 60 * 1000);
		return this.#updateLesson(lessonId, (old) => ({
			...old,
			lastVisitedAt: now,
			timeSpentMs: old.timeSpentMs + add,
			...(section ? { section } : {})
		}));
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
						schema: 2,
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
		const shown = this.drafts[lessonId];
		// Journaled at once, synchronously: the IndexedDB write below may be cut short by a reload.
		const journaled = shown
			? JSON.stringify({ ...change($state.snapshot(shown) as DraftRecord), updatedAt: now })
			: undefined;
		if (journaled) this.#journal?.write(lessonId, journaled);
		const draft = await this.#update<DraftRecord>(keys.draft(lessonId), parseDraftRecord, (old) =>
			old ? { ...change(old), updatedAt: now } : undefined
		);
		if (draft) this.drafts[lessonId] = draft;
		if (journaled && draft) this.#journal?.clear(lessonId, journaled);
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
			schema: 2,
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
		const saved = await this.#write(async (storage) => {
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

	/** Every stored record, as stored: for export. Set-aside records are included untouched. */
	async snapshot(): Promise<[string, unknown][]> {
		const storage = await this.#storage;
		return (await storage.entries()).filter(
			([key]) => typeof key === 'string' && /^(lesson|attempt|draft|set-aside):/.test(key)
		);
	}

	/** Writes records that have been validated already (an import), then reloads. */
	async writeRecords(
		records: { key: string; kind: RecordKind; record: AnyRecord }[],
		options: { replace: boolean }
	): Promise<boolean> {
		const ok = await this.#write(async (storage) => {
			if (options.replace) {
				for (const [key] of await this.snapshot()) {
					if (!key.startsWith('set-aside:')) await storage.del(key);
				}
			}
			for (const { key, kind, record } of records) {
				if (keyOf(kind, record) !== key) continue;
				await storage.set(key, $state.snapshot(record));
			}
			return true;
		});
		await this.load();
		return ok === true;
	}

	/** Forgets one lesson's progress, or all of it (`lessonId` undefined). */
	async reset(lessonId?: string): Promise<boolean> {
		const ok = await this.#write(async (storage) => {
			for (const [key] of await this.snapshot()) {
				if (key.startsWith('set-aside:')) continue;
				const owner = key.split(':')[1];
				if (lessonId === undefined || owner === lessonId) await storage.del(key);
			}
			return true;
		});
		if (lessonId) delete this.resultShown[lessonId];
		else this.resultShown = {};
		await this.load();
		return ok === true;
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
		if (this.drafts[lessonId]) return 'quiz-in-progress';
		if (attempts.some((attempt) => attempt.passed)) return 'passed';
		if (attempts.length > 0) return 'needs-review';
		const lesson = this.lessons[lessonId];
		if (lesson?.finishedAt) return 'read';
		if (lesson) return 'reading';
		return 'not-started';
	}

	/** How many of these lessons have a passed quiz. */
	passedCount(lessonIds: string[]): number {
		return lessonIds.filter((id) => this.stateOf(id) === 'passed').length;
	}

	/** How many of these lessons were read, or had their quiz passed: that shows it was learnt. */
	readCount(lessonIds: string[]): number {
		return lessonIds.filter(
			(id) => this.lessons[id]?.finishedAt || this.attemptsFor(id).some((a) => a.passed)
		).length;
	}

	/** When the learner last read, answered or finished a quiz. */
	lastActivity(): string | undefined {
		return [
			...Object.values(this.lessons).map((lesson) => lesson.lastVisitedAt),
			...this.attempts.map((attempt) => attempt.finishedAt),
			...Object.values(this.drafts).map((draft) => draft.updatedAt)
		]
			.sort()
			.at(-1);
	}

	/** Reading time plus quiz time, each quiz capped so that an idle tab does not count. */
	timeSpentMs(lessonId?: string): number {
		const lessons = Object.values(this.lessons).filter((l) => !lessonId || l.lessonId === lessonId);
		const attempts = lessonId ? this.attemptsFor(lessonId) : this.attempts;
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

	/** Where to pick up: the quiz in progress touched last, else the lesson visited last. */
	resumePoint():
		| { kind: 'quiz'; lessonId: string; at: string }
		| { kind: 'lesson'; lessonId: string; at: string; section?: string }
		| undefined {
		const draft = Object.values(this.drafts).sort((a, b) =>
			b.updatedAt.localeCompare(a.updatedAt)
		)[0];
		const lesson = Object.values(this.lessons)
			.filter((l) => this.stateOf(l.lessonId) !== 'passed')
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
}
