import {
	isoTime,
	keyOf,
	keys,
	kindOfKey,
	newId,
	newSeed,
	parseCardRecord,
	parseDraftRecord,
	parseExamRecord,
	parseLessonRecord,
	parseRecord,
	parseTrackRecord,
	type AnyRecord,
	type AttemptRecord,
	type CardRecord,
	type DraftRecord,
	type ExamRecord,
	type LessonRecord,
	type TrackRecord,
	type QuizResult,
	type RecordKind
} from './records';
import * as queries from './queries';
import type { LessonState, ProgressSnapshot, ResumePoint } from './queries';
import { applyDraftOp, parseJournalEntry, type DraftOp, type JournalEntry } from './draft-ops';
import type { Changes, DraftJournal, ProgressStorage } from './storage';
import type { TabPresence } from './tab';

/** Tells other tabs of the same course that progress changed. */
export interface ChangeChannel {
	postMessage(message: unknown): void;
	addEventListener(type: 'message', listener: () => void): void;
	close(): void;
}

const channelName = 'k8s-course-progress';

const isProgressKey = (key: string) => kindOfKey(key) !== undefined;

/** What a load reads: every record as stored, and the keys of those set aside. */
type StoredProgress = ReturnType<typeof queries.snapshotOf> & { setAside: string[] };

const unique = (ids: string[]) => ids.filter((id, index) => ids.indexOf(id) === index);

/** Plain data only: IndexedDB cannot clone the proxies of reactive state. */
const plain = <T>(value: T): T => $state.snapshot(value) as T;

/**
 * The learner's progress: lessons opened and read, quiz attempts, and the quiz in progress.
 * Every change is written through to storage before the state here is updated, so what the
 * page shows is what is saved. Records that cannot be read are set aside, never overwritten.
 *
 * Between tabs (docs/PROGRESS-FORMAT.md, "Two tabs"): each change to a quiz in progress is a
 * compare-and-set on the stored draft, made in one transaction; a change that no longer applies
 * is refused and this tab shows what is stored. A tab writes only what its learner did.
 */
export class ProgressStore implements ProgressSnapshot {
	lessons = $state<Record<string, LessonRecord>>({});
	// Finished attempts never change: raw state spares proxying a thousand of them.
	attempts = $state.raw<AttemptRecord[]>([]);
	drafts = $state<Record<string, DraftRecord>>({});
	/** Review cards by `lessonId:questionId`; replaced whole on each change. */
	cards = $state.raw<Record<string, CardRecord>>({});
	track = $state.raw<TrackRecord | undefined>();
	/** Final exam attempts, in the order they started; replaced whole on each change. */
	exams = $state.raw<ExamRecord[]>([]);
	/** Keys of records that could not be read and were set aside (kept, and exported). */
	setAside = $state<string[]>([]);
	loaded = $state(false);
	/** Set when a write failed; what was saved before is untouched. */
	writeError = $state<string | undefined>();
	/** Per lesson, the attempt whose result the learner is looking at (this visit only). */
	resultShown = $state<Record<string, string>>({});
	/** False when the browser blocks IndexedDB and progress lives in memory only. */
	persistent = $state(true);
	/** Per lesson: a change of this tab was refused because another tab had changed the quiz. */
	changedElsewhere = $state<Record<string, boolean>>({});

	#storage: Promise<ProgressStorage>;
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never shown
	readonly #pending = new Set<Promise<unknown>>();
	/** How many writes of this tab have committed: a load that read before one reads again. */
	#committed = 0;
	readonly #now: () => number;
	readonly #journal: DraftJournal | undefined;
	readonly #tab: TabPresence;
	/** Per lesson, this tab's draft changes not yet committed, as journaled. */
	#unsaved: Record<string, JournalEntry> = {};
	#channel: ChangeChannel | undefined;

	constructor(
		storage: ProgressStorage | Promise<ProgressStorage>,
		options: {
			now?: () => number;
			channel?: ChangeChannel;
			journal?: DraftJournal;
			tab?: TabPresence;
		} = {}
	) {
		this.#storage = Promise.resolve(storage).then((opened) => {
			this.persistent = opened.persistent;
			return opened;
		});
		this.#now = options.now ?? Date.now;
		this.#journal = options.journal;
		// Without a browser tab (tests) every entry is this tab's.
		this.#tab = options.tab ?? { id: 'this-tab', isGone: async () => false };
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
		// A write of this tab that commits after the read, before the values are shown, would be
		// undone in the page by what was read (the stored copy keeps it): then read again. At most
		// a few times: writes come from the learner's actions.
		let read: StoredProgress;
		for (let pass = 0; ; pass++) {
			const committed = this.#committed;
			read = await this.#readAll();
			if (this.#committed === committed || pass === 3) break;
		}
		const { lessons, attempts, drafts, cards, track, exams, setAside } = read;
		for (const [lessonId, shown] of Object.entries(this.drafts)) {
			// A write still on its way when the values are shown: the page keeps what it shows.
			const loaded = drafts[lessonId];
			if (loaded && loaded.attemptId === shown.attemptId && loaded.revision < shown.revision) {
				drafts[lessonId] = plain(shown);
			}
		}
		this.lessons = lessons;
		this.attempts = attempts;
		this.drafts = drafts;
		this.cards = cards;
		this.track = track;
		this.exams = exams;
		this.setAside = setAside;
		this.loaded = true;
		// Read by the benchmark (npm run bench) and visible in the browser's performance panel.
		performance.measure('progress-load', { start: started });
	}

	/** Every record as stored, unreadable ones set aside, with the journal's unsaved answers. */
	async #readAll(): Promise<StoredProgress> {
		const storage = await this.#storage;
		const records: { kind: RecordKind; record: AnyRecord }[] = [];
		const setAside: string[] = [];
		const unreadable: string[] = [];
		for (const [key, value] of await storage.entries()) {
			if (typeof key !== 'string') continue;
			const kind = kindOfKey(key);
			if (kind === 'set-aside') {
				setAside.push(key);
				continue;
			}
			if (!kind) continue;
			const parsed = parseRecord(key, value);
			if (parsed) records.push(parsed);
			else unreadable.push(key);
		}
		if (unreadable.length > 0) setAside.push(...(await this.#setAsideAll(storage, unreadable)));
		const snapshot = queries.snapshotOf(records);
		await this.#replayJournal(storage, snapshot.drafts);
		return { ...snapshot, setAside };
	}

	/**
	 * Moves records that cannot be read, or that no view could show, out of the way, in one
	 * transaction, so that no later write replaces them. Returns the keys they are kept under.
	 */
	async #setAsideAll(storage: ProgressStorage, candidates: string[]): Promise<string[]> {
		const at = isoTime(this.#now());
		try {
			return await storage.transact({ keys: candidates }, (records) => {
				const moved: [string, string, unknown][] = [];
				for (const [key, value] of records) {
					// Another tab may have set it aside, or rewritten it, since it was read.
					if (value === undefined || parseRecord(key, value)) continue;
					moved.push([key, keys.setAside(key, at), value]);
				}
				return {
					del: moved.map(([key]) => key),
					set: moved.map(([, aside, value]) => [aside, value] as [string, unknown]),
					result: moved.map(([, aside]) => aside)
				};
			});
		} catch {
			// Could not be moved (storage full): left where it is, never trusted, and reported.
			return candidates;
		}
	}

	/**
	 * Writes the changes that were still being saved when a page went away. An entry is
	 * replayed only onto the draft it was made on, unchanged since (same attempt, same
	 * revision), and only by the tab that made it, or once that tab is gone: a tab that is
	 * still open will commit or drop its own changes, and a passive tab writes nothing.
	 */
	async #replayJournal(storage: ProgressStorage, drafts: Record<string, DraftRecord>) {
		for (const [lessonId, text] of this.#journal?.entries() ?? []) {
			if (this.#unsaved[lessonId]) continue;
			const entry = parseJournalEntry(text, lessonId);
			const mine = entry?.tab === this.#tab.id;
			if (entry && !mine && !(await this.#tab.isGone(entry.tab))) continue;
			const stored = drafts[lessonId];
			if (entry && stored?.attemptId === entry.attemptId && stored.revision === entry.base) {
				try {
					const replayed = await storage.transact({ keys: [keys.draft(lessonId)] }, (read) => {
						const draft = parseDraftRecord(read.get(keys.draft(lessonId)));
						if (draft?.attemptId !== entry.attemptId || draft.revision !== entry.base) {
							return { result: undefined };
						}
						let next: DraftRecord = draft;
						for (const op of entry.ops) next = applyDraftOp(next, op, isoTime(this.#now())) ?? next;
						return next === draft
							? { result: undefined }
							: { set: [[keys.draft(lessonId), next]], result: next };
					});
					if (replayed) drafts[lessonId] = replayed;
				} catch {
					continue;
				}
			}
			this.#journal?.clear(lessonId, text);
		}
	}

	/**
	 * Moves to durable storage that answered late (IndexedDB opened after the time limit, while
	 * the learner went on in memory): what was done meanwhile is merged into it by the rules of
	 * an import merge, in one transaction, and from then on progress is saved.
	 */
	async adopt(durable: ProgressStorage): Promise<boolean> {
		const previous = this.#storage;
		const inFlight = [...this.#pending];
		let done: (storage: ProgressStorage) => void = () => {};
		// New writes wait for the merge, then go to the durable storage.
		this.#storage = new Promise((resolve) => (done = resolve));
		await Promise.allSettled(inFlight);
		const memory = await previous;
		try {
			const { planMerge } = await import('./transfer');
			const mine = (await memory.entries()).flatMap(([key, value]) => {
				const parsed = parseRecord(key, value);
				return parsed ? [{ key, ...parsed }] : [];
			});
			await durable.transact({ all: isProgressKey }, (stored) => {
				const current = queries.snapshotOf(
					[...stored].flatMap(([key, value]) => parseRecord(key, value) ?? [])
				);
				const plan = planMerge(current, mine);
				return {
					set: plan.records.map(({ key, record }) => [key, plain(record)] as [string, unknown]),
					result: undefined
				};
			});
		} catch {
			// Durable storage refused the merge: go on in memory, as before.
			done(memory);
			return false;
		}
		done(durable);
		this.persistent = durable.persistent;
		await this.load();
		return true;
	}

	/** Resolves once every write begun so far has ended, so that a reload cuts none short. */
	async settled(): Promise<void> {
		while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
	}

	/**
	 * One transaction. `decide` sees the records read and says what to write; only a transaction
	 * that wrote something tells the other tabs. Resolves to the result, or `undefined` when the
	 * write failed (then nothing of it was stored, and `writeError` says why).
	 */
	async #transact<T>(
		read: Parameters<ProgressStorage['transact']>[0],
		decide: (records: Map<string, unknown>) => Changes<T>
	): Promise<{ result: T } | undefined> {
		const started = performance.now();
		let wrote = false;
		const job = this.#storage.then((storage) =>
			storage.transact(read, (records) => {
				const changes = decide(records);
				wrote = (changes.set?.length ?? 0) + (changes.del?.length ?? 0) > 0;
				return {
					...changes,
					set: changes.set?.map(([key, value]) => [key, plain(value)] as [string, unknown])
				};
			})
		);
		this.#pending.add(job);
		try {
			const result = await job;
			if (wrote) this.#committed++;
			performance.measure('progress-write', { start: started });
			this.writeError = undefined;
			if (wrote) this.#channel?.postMessage('changed');
			return { result };
		} catch (error) {
			this.writeError = error instanceof Error ? error.message : String(error);
			return undefined;
		} finally {
			this.#pending.delete(job);
		}
	}

	/**
	 * Read-modify-write of one record in one transaction. `change` returns the new record, or
	 * `undefined` to keep the stored one. A stored record that cannot be read is set aside in the
	 * same transaction and `change` sees none. Resolves to the record as stored afterwards.
	 */
	async #update<T extends AnyRecord>(
		key: string,
		parse: (value: unknown) => T | undefined,
		change: (old: T | undefined) => T | undefined
	): Promise<T | undefined> {
		const aside = keys.setAside(key, isoTime(this.#now()));
		const done = await this.#transact({ keys: [key] }, (records) => {
			const stored = records.get(key);
			const old = parse(stored);
			const unreadable = stored !== undefined && old === undefined;
			const next = change(old);
			const set: [string, unknown][] = [];
			if (unreadable) set.push([aside, stored]);
			if (next) set.push([key, next]);
			return {
				set,
				del: unreadable && !next ? [key] : [],
				result: { record: next ?? old, unreadable }
			};
		});
		if (done?.result.unreadable) this.setAside = [...this.setAside, aside];
		return done?.result.record;
	}

	async #updateLesson(lessonId: string, change: (old: LessonRecord) => LessonRecord | undefined) {
		const now = isoTime(this.#now());
		const record = await this.#update<LessonRecord>(
			keys.lesson(lessonId),
			parseLessonRecord,
			(old) =>
				change(old ?? { schema: 4, lessonId, openedAt: now, lastVisitedAt: now, timeSpentMs: 0 })
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
		delete this.changedElsewhere[lessonId];
		const now = isoTime(this.#now());
		const ids = unique(questionIds);
		const carried = unique(carry.ids).filter(
			(id) => ids.includes(id) && carry.answers[id] !== undefined
		);
		const first = ids.find((id) => !carried.includes(id)) ?? ids[0];
		if (!first) return undefined;
		const draft = await this.#update<DraftRecord>(keys.draft(lessonId), parseDraftRecord, (old) =>
			old
				? undefined
				: {
						schema: 4,
						lessonId,
						attemptId: newId(),
						revision: 0,
						startedAt: now,
						updatedAt: now,
						seed: newSeed(),
						questionIds: ids,
						current: first,
						answers: Object.fromEntries(carried.map((id) => [id, carry.answers[id]])),
						checked: carried,
						carried
					}
		);
		if (draft) this.drafts[lessonId] = draft;
		return draft;
	}

	/**
	 * A compare-and-set on the stored draft: `op` carries what this tab saw, and applies only if
	 * it still holds (same attempt; an answer only to a question not checked yet; a move only
	 * from the question still current). It is journaled first, synchronously: the IndexedDB
	 * write may be cut short by a reload. Resolves to whether it was applied.
	 */
	async #changeDraft(lessonId: string, op: DraftOp): Promise<boolean> {
		const shown = this.drafts[lessonId];
		if (!shown || op.attemptId !== shown.attemptId) return false;
		const unsaved = (this.#unsaved[lessonId] ??= {
			tab: this.#tab.id,
			attemptId: op.attemptId,
			base: shown.revision,
			ops: []
		});
		if (unsaved.attemptId !== op.attemptId) {
			unsaved.attemptId = op.attemptId;
			unsaved.base = shown.revision;
			unsaved.ops = [];
		}
		unsaved.ops.push(op);
		this.#journal?.write(lessonId, JSON.stringify(unsaved));

		const key = keys.draft(lessonId);
		const done = await this.#transact({ keys: [key] }, (records) => {
			const stored = parseDraftRecord(records.get(key));
			const next = stored && applyDraftOp(stored, op, isoTime(this.#now()));
			return next
				? { set: [[key, next]], result: { draft: next, applied: true } }
				: { result: { draft: stored, applied: false } };
		});
		const entry = this.#unsaved[lessonId];
		// A write that failed stays journaled: the next load replays it, by the rules above.
		if (entry && done) {
			// Earlier ops of this tab have ended too: stored, refused, or failed and now overtaken.
			entry.ops = entry.ops.slice(entry.ops.indexOf(op) + 1);
			if (done?.result.draft) entry.base = done.result.draft.revision;
			if (entry.ops.length === 0) {
				delete this.#unsaved[lessonId];
				this.#journal?.clear(lessonId);
			} else this.#journal?.write(lessonId, JSON.stringify(entry));
		}
		if (!done) return false;
		const { draft, applied } = done.result;
		if (draft) this.#show(lessonId, draft);
		else delete this.drafts[lessonId];
		if (!applied) {
			// What this tab saw no longer holds: another tab changed the quiz. Show what is stored.
			this.changedElsewhere[lessonId] = true;
			await this.load();
		}
		return applied;
	}

	/** Shows a stored draft, unless this tab already shows a later revision of it. */
	#show(lessonId: string, draft: DraftRecord) {
		const shown = this.drafts[lessonId];
		if (shown && shown.attemptId === draft.attemptId && shown.revision > draft.revision) return;
		this.drafts[lessonId] = draft;
	}

	#answerOp(op: 'answer' | 'check', lessonId: string, questionId: string, response: unknown) {
		const attemptId = this.drafts[lessonId]?.attemptId ?? '';
		return this.#changeDraft(lessonId, {
			op,
			attemptId,
			question: questionId,
			value: plain(response)
		});
	}

	saveAnswer(lessonId: string, questionId: string, response: unknown): Promise<boolean> {
		return this.#answerOp('answer', lessonId, questionId, response);
	}

	/** Stores `response` as the answer and marks it checked, in one step: what the tab graded. */
	checkAnswer(lessonId: string, questionId: string, response: unknown): Promise<boolean> {
		return this.#answerOp('check', lessonId, questionId, response);
	}

	goToQuestion(lessonId: string, questionId: string): Promise<boolean> {
		const draft = this.drafts[lessonId];
		return this.#changeDraft(lessonId, {
			op: 'move',
			attemptId: draft?.attemptId ?? '',
			from: draft?.current ?? '',
			to: questionId
		});
	}

	/**
	 * Saves the attempt and clears the quiz in progress, in one transaction, only if the stored
	 * draft is still the one this tab graded (same attempt and revision).
	 */
	async finishQuiz(lessonId: string, result: QuizResult): Promise<AttemptRecord | undefined> {
		const draft = this.drafts[lessonId];
		if (!draft) return undefined;
		const questionIds = unique(result.questionIds);
		const asked = (id: string) => questionIds.includes(id);
		const only = <T>(map: Record<string, T>) =>
			Object.fromEntries(Object.entries(map).filter(([id]) => asked(id)));
		const attempt: AttemptRecord = {
			schema: 4,
			lessonId,
			attemptId: draft.attemptId,
			startedAt: draft.startedAt,
			finishedAt: isoTime(Math.max(this.#now(), Date.parse(draft.startedAt))),
			questionIds,
			// A question removed from the lesson while the quiz was open is not part of the result.
			answers: only(plain(draft.answers)),
			scores: only(result.scores),
			score: result.score,
			passed: result.passed,
			seed: draft.seed,
			carried: draft.carried.filter(asked)
		};
		const key = keys.draft(lessonId);
		const attemptKey = keys.attempt(lessonId, attempt.attemptId);
		const done = await this.#transact({ keys: [key] }, (records) => {
			const stored = parseDraftRecord(records.get(key));
			if (stored?.attemptId !== draft.attemptId || stored.revision !== draft.revision) {
				return { result: false };
			}
			return { set: [[attemptKey, attempt]], del: [key], result: true };
		});
		if (!done) return undefined;
		if (!done.result) {
			this.changedElsewhere[lessonId] = true;
			await this.load();
			return undefined;
		}
		this.attempts = [...this.attempts.filter((a) => a.attemptId !== attempt.attemptId), attempt];
		delete this.drafts[lessonId];
		this.resultShown[lessonId] = attempt.attemptId;
		return attempt;
	}

	/**
	 * Rates a checked answer on the question's review card: right is Good, wrong Again (see
	 * review/card.ts). The scheduler loads here, with the first rating, never with the home.
	 */
	async rateQuestion(
		lessonId: string,
		questionId: string,
		grade: { score: number; correct: boolean }
	): Promise<CardRecord | undefined> {
		const { rateAnswer } = await import('$lib/review/card');
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a time to rate at, never shown
		const at = new Date(this.#now());
		const card = await this.#update<CardRecord>(
			keys.card(lessonId, questionId),
			parseCardRecord,
			(old) => ({ schema: 4, ...rateAnswer(old, { lessonId, questionId }, grade, at) })
		);
		if (card) this.cards = { ...this.cards, [`${lessonId}:${questionId}`]: card };
		return card;
	}

	/** The learner's role track: changing it changes what the home shows, never any progress. */
	async chooseTrack(trackId: string): Promise<void> {
		const chosenAt = isoTime(this.#now());
		const track = await this.#update<TrackRecord>(keys.track(), parseTrackRecord, (old) =>
			old?.trackId === trackId ? undefined : { schema: 4, trackId, chosenAt }
		);
		if (track) this.track = track;
	}

	#showExam(exam: ExamRecord) {
		this.exams = [...this.exams.filter((other) => other.attemptId !== exam.attemptId), exam].sort(
			(a, b) => a.startedAt.localeCompare(b.startedAt)
		);
	}

	/** The track's exam in progress, or a new one over the questions drawn with `seed`. */
	async startExam(start: {
		trackId: string;
		seed: number;
		questions: string[];
		courseVersion: string;
		timeLimitMs?: number;
	}): Promise<ExamRecord | undefined> {
		const going = queries.examInProgress(this, start.trackId);
		if (going) return going;
		const first = start.questions[0];
		if (!first) return undefined;
		const now = isoTime(this.#now());
		const attemptId = newId();
		const exam = await this.#update<ExamRecord>(
			keys.exam(start.trackId, attemptId),
			parseExamRecord,
			() => ({
				schema: 4,
				trackId: start.trackId,
				attemptId,
				seed: start.seed,
				courseVersion: start.courseVersion,
				startedAt: now,
				updatedAt: now,
				...(start.timeLimitMs ? { timeLimitMs: start.timeLimitMs } : {}),
				questions: unique(start.questions),
				current: first,
				answers: {}
			})
		);
		if (exam) this.#showExam(exam);
		return exam;
	}

	/** Changes an exam in one transaction; `change` returns the new record or `undefined`. */
	async #changeExam(
		exam: ExamRecord,
		change: (stored: ExamRecord, now: string) => ExamRecord | undefined
	): Promise<ExamRecord | undefined> {
		const now = isoTime(this.#now());
		const stored = await this.#update<ExamRecord>(
			keys.exam(exam.trackId, exam.attemptId),
			parseExamRecord,
			(old) => (old ? change(old, now) : undefined)
		);
		if (stored) this.#showExam(stored);
		return stored;
	}

	/** Saves an answer (or moves to `current`) in an exam in progress; a finished one never changes. */
	answerExam(
		exam: ExamRecord,
		change: { question: string; answer?: unknown; current?: string }
	): Promise<ExamRecord | undefined> {
		return this.#changeExam(exam, (old, now) => {
			if (old.finishedAt || !old.questions.includes(change.question)) return undefined;
			const current = change.current ?? old.current;
			return {
				...old,
				updatedAt: now,
				current: old.questions.includes(current) ? current : old.current,
				answers:
					change.answer === undefined
						? old.answers
						: { ...old.answers, [change.question]: plain(change.answer) }
			};
		});
	}

	/**
	 * Grades an exam once: `questions` are those still in the course (a question removed while the
	 * exam was open is not part of the result), with their scores.
	 */
	finishExam(
		exam: ExamRecord,
		result: { questions: string[]; scores: Record<string, number>; passMark: number }
	): Promise<ExamRecord | undefined> {
		return this.#changeExam(exam, (old, now) => {
			if (old.finishedAt) return undefined;
			const questions = unique(result.questions).filter((id) => old.questions.includes(id));
			if (questions.length === 0) return undefined;
			const scores = Object.fromEntries(questions.map((id) => [id, result.scores[id] ?? 0]));
			const score = questions.reduce((sum, id) => sum + scores[id]!, 0) / questions.length;
			const limit = old.timeLimitMs ? Date.parse(old.startedAt) + old.timeLimitMs : Infinity;
			const finishedAt = isoTime(
				Math.max(Date.parse(old.startedAt), Math.min(Date.parse(now), limit))
			);
			return {
				...old,
				updatedAt: finishedAt,
				questions,
				current: questions.includes(old.current) ? old.current : questions[0]!,
				answers: Object.fromEntries(
					Object.entries(old.answers).filter(([id]) => questions.includes(id))
				),
				finishedAt,
				scores,
				score,
				passed: Math.round(score * 1e9) >= Math.round(result.passMark * 1e9)
			};
		});
	}

	/** The name the learner typed for the certificate of a passed exam. */
	nameCertificate(exam: ExamRecord, learnerName: string): Promise<ExamRecord | undefined> {
		const name = learnerName.trim();
		return this.#changeExam(exam, (old) =>
			old.passed && name && name !== old.learnerName ? { ...old, learnerName: name } : undefined
		);
	}

	/** Every stored record, as stored: for export. Set-aside records are included untouched. */
	async snapshot(): Promise<[string, unknown][]> {
		const storage = await this.#storage;
		return (await storage.entries()).filter(
			([key]) => typeof key === 'string' && isProgressKey(key)
		);
	}

	/**
	 * Writes records that have been validated already (an import), all in one transaction:
	 * under any failure, storage is exactly as before. Replace removes every other record first,
	 * except those set aside. Then reloads.
	 */
	async writeRecords(
		records: { key: string; kind: RecordKind; record: AnyRecord }[],
		options: { replace: boolean }
	): Promise<boolean> {
		const valid = records.filter(({ key, kind, record }) => keyOf(kind, record) === key);
		const done = await this.#transact(
			options.replace ? { all: isProgressKey } : { keys: [] },
			(stored) => ({
				del: options.replace
					? [...stored.keys()].filter((key) => kindOfKey(key) !== 'set-aside')
					: [],
				set: valid.map(({ key, record }) => [key, record] as [string, unknown]),
				result: true
			})
		);
		await this.load();
		return done?.result === true;
	}

	/** Forgets one lesson's progress, or all of it (`lessonId` undefined), in one transaction. */
	async reset(lessonId?: string): Promise<boolean> {
		const done = await this.#transact({ all: isProgressKey }, (stored) => ({
			del: [...stored.keys()].filter((key) => {
				if (kindOfKey(key) === 'set-aside') return false;
				return lessonId === undefined || key.split(':')[1] === lessonId;
			}),
			result: true
		}));
		if (lessonId) delete this.resultShown[lessonId];
		else this.resultShown = {};
		await this.load();
		return done?.result === true;
	}

	// Read-only queries, for the pages that hold the store: each reads the store's state as a
	// snapshot (queries.ts), so that what a page shows follows each change.

	attemptsFor(lessonId: string): AttemptRecord[] {
		return queries.attemptsFor(this, lessonId);
	}

	bestScore(lessonId: string): number | undefined {
		return queries.bestScore(this, lessonId);
	}

	lastAttempt(lessonId: string): AttemptRecord | undefined {
		return queries.lastAttempt(this, lessonId);
	}

	stateOf(lessonId: string): LessonState {
		return queries.stateOf(this, lessonId);
	}

	passedCount(lessonIds: string[]): number {
		return queries.passedCount(this, lessonIds);
	}

	readCount(lessonIds: string[]): number {
		return queries.readCount(this, lessonIds);
	}

	lastActivity(): string | undefined {
		return queries.lastActivity(this);
	}

	timeSpentMs(lessonId?: string): number {
		return queries.timeSpentMs(this, lessonId);
	}

	resumePoint(): ResumePoint | undefined {
		return queries.resumePoint(this);
	}
}
