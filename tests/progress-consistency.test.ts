import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	keys,
	parseRecord,
	type AttemptRecord,
	type CardRecord,
	type DraftRecord,
	type ExamRecord
} from '../src/lib/progress/records';
import {
	forgetTabProgress,
	indexedDbStorage,
	memoryJournal,
	memoryStorage,
	openStorage,
	tabStorage,
	withTabProgress,
	type ProgressStorage
} from '../src/lib/progress/storage';
import { parseJournalEntry } from '../src/lib/progress/draft-ops';
import { ProgressStore } from '../src/lib/progress/store.svelte';
import type { TabPresence } from '../src/lib/progress/tab';
import {
	buildExport,
	maxNesting,
	nestingDepth,
	planMerge,
	planReplace,
	readImport
} from '../src/lib/progress/transfer';

const start = Date.parse('2026-11-28T08:00:00Z');
const clock = () => {
	let now = start;
	return () => (now += 1000);
};

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
	vi.restoreAllMocks();
});

const put = (storage: ProgressStorage, key: string, value: unknown) =>
	storage.transact({ keys: [] }, () => ({ set: [[key, value]], result: undefined }));

/** Every write a storage is asked to make, counted. */
function counting(storage: ProgressStorage) {
	const counted = { writes: 0 };
	const wrapped: ProgressStorage = {
		...storage,
		transact: (read, decide) =>
			storage.transact(read, (records) => {
				const changes = decide(records);
				if ((changes.set?.length ?? 0) + (changes.del?.length ?? 0) > 0) counted.writes++;
				return changes;
			})
	};
	return { storage: wrapped, counted };
}

const attempt = (overrides: Partial<AttemptRecord> = {}): AttemptRecord => ({
	schema: 4,
	lessonId: 'containers',
	attemptId: 'a1',
	startedAt: '2026-11-20T08:11:00.000Z',
	finishedAt: '2026-11-20T08:15:00.000Z',
	questionIds: ['q1', 'q2'],
	answers: { q1: 'kernel', q2: ['namespaces'] },
	scores: { q1: 1, q2: 0 },
	score: 0.5,
	passed: false,
	seed: 42,
	carried: [],
	...overrides
});
const draft = (overrides: Partial<DraftRecord> = {}): DraftRecord => ({
	schema: 4,
	lessonId: 'containers',
	attemptId: 'd1',
	revision: 3,
	startedAt: '2026-11-20T08:11:00.000Z',
	updatedAt: '2026-11-20T08:12:00.000Z',
	seed: 7,
	questionIds: ['q1', 'q2', 'q3'],
	current: 'q2',
	answers: { q1: 'kernel' },
	checked: ['q1'],
	carried: [],
	...overrides
});

const card = (overrides: Partial<CardRecord> = {}): CardRecord => ({
	schema: 4,
	lessonId: 'containers',
	questionId: 'q1',
	due: '2026-11-23T08:15:00.000Z',
	lastReview: '2026-11-20T08:15:00.000Z',
	state: 'review',
	stability: 3.2,
	difficulty: 5.1,
	scheduledDays: 3,
	learningSteps: 0,
	reps: 2,
	lapses: 1,
	...overrides
});
const exam = (overrides: Partial<ExamRecord> = {}): ExamRecord => ({
	schema: 4,
	trackId: 'rnd',
	attemptId: 'e1',
	seed: 9,
	courseVersion: '0.1.0',
	startedAt: '2026-11-20T09:00:00.000Z',
	updatedAt: '2026-11-20T09:10:00.000Z',
	questions: ['containers:q1', 'kubernetes:q1'],
	current: 'kubernetes:q1',
	answers: { 'containers:q1': 'kernel' },
	...overrides
});
const finished = {
	finishedAt: '2026-11-20T09:20:00.000Z',
	scores: { 'containers:q1': 1, 'kubernetes:q1': 1 },
	score: 1,
	passed: true
};

describe('a record is accepted only if every view can show it', () => {
	const inconsistent: [string, string, unknown][] = [
		[
			'an attempt listing a question twice',
			'attempt:containers:a1',
			attempt({ questionIds: ['q1', 'q1'], answers: {}, scores: { q1: 1 }, score: 1 })
		],
		[
			'an attempt with no question',
			'attempt:containers:a1',
			attempt({ questionIds: [], answers: {}, scores: {}, score: 0 })
		],
		[
			'an attempt whose score is not the mean of its parts',
			'attempt:containers:a1',
			attempt({ score: 0.9 })
		],
		[
			'an attempt carrying a question it did not ask',
			'attempt:containers:a1',
			attempt({ carried: ['q9'] })
		],
		[
			'a draft listing a question twice',
			'draft:containers',
			draft({ questionIds: ['q1', 'q2', 'q2'] })
		],
		['a draft whose current question is not in it', 'draft:containers', draft({ current: 'q9' })],
		['a draft with a question checked twice', 'draft:containers', draft({ checked: ['q1', 'q1'] })],
		[
			'a draft with a question checked that it does not ask',
			'draft:containers',
			draft({ checked: ['q9'] })
		],
		['a draft carrying an unchecked answer', 'draft:containers', draft({ carried: ['q2'] })],
		['a draft with a negative revision', 'draft:containers', draft({ revision: -1 })],
		['a review card with a lapse for every rating', 'card:containers:q1', card({ lapses: 2 })],
		['a review card under another question’s key', 'card:containers:q2', card()],
		['a review card of an unknown state', 'card:containers:q1', card({ state: 'new' as 'review' })],
		[
			'a track choice of no id',
			'track:chosen',
			{ schema: 4, trackId: 'R&D', chosenAt: exam().startedAt }
		],
		[
			'an exam asking a question twice',
			'exam:rnd:e1',
			exam({ questions: ['containers:q1', 'containers:q1'] })
		],
		[
			'an exam whose current question is not in it',
			'exam:rnd:e1',
			exam({ current: 'containers:q9' })
		],
		[
			'an exam whose score is not the mean of its parts',
			'exam:rnd:e1',
			exam({ ...finished, score: 0.9 })
		],
		['an exam half finished (a score without its time)', 'exam:rnd:e1', exam({ score: 1 })],
		[
			'a name on a failed exam',
			'exam:rnd:e1',
			exam({
				...finished,
				scores: { 'containers:q1': 0, 'kubernetes:q1': 0 },
				score: 0,
				passed: false,
				learnerName: 'Li Lei'
			})
		],
		['a name on an exam in progress', 'exam:rnd:e1', exam({ learnerName: 'Li Lei' })]
	];

	it.each(inconsistent)('%s is refused by import and set aside on load', async (_, key, record) => {
		const file = buildExport([[key, record]], start);
		const result = readImport(file, start);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problem).toEqual({ code: 'bad-record', key });

		const storage = indexedDbStorage();
		await put(storage, key, record);
		const page = new ProgressStore(storage, { now: clock() });
		await page.load();
		expect(page.attempts).toEqual([]);
		expect(page.drafts).toEqual({});
		expect(page.cards).toEqual({});
		expect(page.exams).toEqual([]);
		expect(page.track).toBeUndefined();
		expect(page.setAside).toHaveLength(1);
		// Kept, untouched, under its set-aside key.
		const stored = new Map(await storage.entries());
		expect(stored.get(page.setAside[0]!)).toEqual(record);
		expect(stored.has(key)).toBe(false);
	});

	it('an answer to a question the attempt did not ask is refused by import, dropped on load', async () => {
		const record = attempt({ answers: { q1: 'kernel', q9: 'x' } });
		expect(readImport(buildExport([['attempt:containers:a1', record]], start), start).ok).toBe(
			false
		);
		expect(parseRecord('attempt:containers:a1', record)?.record).toEqual(
			attempt({ answers: { q1: 'kernel' } })
		);
	});

	it('answers are bounded: 200 characters and 100 parts are the limits, one more is not', () => {
		const accepts = (answer: unknown) =>
			readImport(
				buildExport([['attempt:containers:a1', attempt({ answers: { q1: answer } })]], start),
				start
			).ok;
		expect(accepts('x'.repeat(200))).toBe(true);
		expect(accepts('x'.repeat(201))).toBe(false);
		expect(accepts('x'.repeat(9000))).toBe(false);
		expect(accepts(Array.from({ length: 100 }, (_, i) => `o${i}`))).toBe(true);
		expect(accepts(Array.from({ length: 101 }, (_, i) => `o${i}`))).toBe(false);
		expect(accepts([['nested']])).toBe(false);
		expect(accepts({ item: { deeper: 'x' } })).toBe(false);
	});
});

describe('limits, at the limit and one past it', () => {
	const accepts = (record: AttemptRecord) =>
		readImport(
			buildExport([[`attempt:${record.lessonId}:${record.attemptId}`, record]], start),
			start
		).ok;
	const ids = (count: number) => Array.from({ length: count }, (_, i) => `q${i}`);
	const withQuestions = (count: number) =>
		attempt({ questionIds: ids(count), answers: {}, scores: {}, score: 0 });

	it('200 questions in an attempt, not 201', () => {
		expect(accepts(withQuestions(200))).toBe(true);
		expect(accepts(withQuestions(201))).toBe(false);
	});

	it('ids of 200 characters, not 201', () => {
		expect(accepts(attempt({ attemptId: 'a'.repeat(200) }))).toBe(true);
		expect(accepts(attempt({ attemptId: 'a'.repeat(201) }))).toBe(false);
	});

	it('a journal entry of 100 changes, not 101', () => {
		const entry = (count: number) =>
			JSON.stringify({
				tab: 'tab-a',
				attemptId: 'd1',
				base: 0,
				ops: Array.from({ length: count }, () => ({
					op: 'answer',
					attemptId: 'd1',
					question: 'q1',
					value: 'a'
				}))
			});
		expect(parseJournalEntry(entry(100), 'containers')?.ops).toHaveLength(100);
		expect(parseJournalEntry(entry(101), 'containers')).toBeUndefined();
	});
});

describe('deeply nested files', () => {
	const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

	it('are measured without recursion, strings and escapes not counted', () => {
		expect(nestingDepth(nested(100_000))).toBe(100_000);
		expect(nestingDepth('{"a":"[[[[\\"[[","b":[{}]}')).toBe(3);
	});

	it('are refused with their own reason, at the limit and one past it', () => {
		const file = (depth: number) =>
			JSON.stringify({ format: 'k8s-course-progress', version: 1, records: {} }).replace(
				'"records":{}',
				`"records":{},"x":${nested(depth - 1)}`
			);
		expect(nestingDepth(file(maxNesting))).toBe(maxNesting);
		expect(readImport(file(maxNesting), start)).toEqual({ ok: true, records: [] });
		expect(readImport(file(maxNesting + 1), start)).toEqual({
			ok: false,
			problem: { code: 'too-deep' }
		});
		const answer = buildExport([['attempt:containers:a1', attempt()]], start).replace(
			'"kernel"',
			nested(100_000)
		);
		expect(readImport(answer, start)).toEqual({ ok: false, problem: { code: 'too-deep' } });
	});
});

describe('all or nothing', () => {
	/** IndexedDB as a full disk: the `n`-th write of a transaction fails. */
	function quotaAfter(n: number) {
		let puts = 0;
		const put = FakeObjectStore.prototype.put;
		vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (
			this: IDBObjectStore,
			...args: Parameters<typeof put>
		) {
			if (++puts >= n) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		});
	}

	async function seeded() {
		const storage = indexedDbStorage();
		const page = new ProgressStore(storage, { now: clock() });
		await page.load();
		await page.openLesson('containers');
		await page.openLesson('kubernetes');
		await page.startQuiz('cncf', ['q1', 'q2']);
		await put(storage, 'set-aside:2026-11-01T00:00:00.000Z:lesson:x', { broken: true });
		await page.load();
		return { storage, page, before: await storage.entries() };
	}

	const incomingEntries: [string, unknown][] = [
		['attempt:containers:a1', attempt()],
		['attempt:containers:a2', attempt({ attemptId: 'a2' })],
		[
			'lesson:vms',
			{
				schema: 4,
				lessonId: 'vms',
				openedAt: '2026-11-20T08:00:00.000Z',
				lastVisitedAt: '2026-11-20T08:00:00.000Z',
				timeSpentMs: 0
			}
		]
	];
	const incoming = (more: [string, unknown][] = []) =>
		readImport(buildExport([...incomingEntries, ...more], start), start);

	it.each([
		['replace', true],
		['merge', false]
	])('%s under a full disk leaves storage exactly as it was, and says so', async (_, replace) => {
		const { storage, page, before } = await seeded();
		const result = incoming();
		if (!result.ok) throw new Error('the file should be valid');
		const records = replace ? result.records : planMerge(page, result.records).records;
		quotaAfter(2);
		expect(await page.writeRecords(records, { replace })).toBe(false);
		expect(page.writeError).toMatch(/quota/i);
		vi.restoreAllMocks();
		expect(await storage.entries()).toEqual(before);
		// And the page shows what is stored.
		expect(Object.keys(page.lessons).sort()).toEqual(['containers', 'kubernetes']);
	});

	it('replace keeps the records set aside: as they were, still listed, exported again', async () => {
		const { storage, page } = await seeded();
		const aside = 'set-aside:2026-11-01T00:00:00.000Z:lesson:x';
		expect(page.setAside).toEqual([aside]);
		// An export carries set-aside records too; importing one never writes them back.
		const result = incoming([['set-aside:2026-11-02T00:00:00.000Z:lesson:y', { other: true }]]);
		if (!result.ok) throw new Error('the file should be valid');
		// As the home's "Replace" writes it.
		expect(await page.writeRecords(planReplace(result.records).records, { replace: true })).toBe(
			true
		);
		expect(await storage.entries()).toEqual([...incomingEntries, [aside, { broken: true }]]);
		expect(page.setAside).toEqual([aside]);
		expect(Object.keys(JSON.parse(buildExport(await page.snapshot(), start)).records)).toContain(
			aside
		);
	});

	it('reset under a full disk is a failure that changes nothing', async () => {
		const { storage, page, before } = await seeded();
		vi.spyOn(FakeObjectStore.prototype, 'delete').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		expect(await page.reset()).toBe(false);
		vi.restoreAllMocks();
		expect(await storage.entries()).toEqual(before);
	});

	it('finishing a quiz saves the attempt and clears the draft together, or neither', async () => {
		const { storage, page } = await seeded();
		await page.saveAnswer('cncf', 'q1', 'a');
		const before = await storage.entries();
		quotaAfter(1);
		const result = {
			questionIds: ['q1', 'q2'],
			scores: { q1: 1, q2: 0 },
			score: 0.5,
			passed: false
		};
		expect(await page.finishQuiz('cncf', result)).toBeUndefined();
		vi.restoreAllMocks();
		expect(await storage.entries()).toEqual(before);
		expect(await page.finishQuiz('cncf', result)).toBeDefined();
		expect((await storage.entries()).some(([key]) => key === keys.draft('cncf'))).toBe(false);
	});
});

describe('opening storage', () => {
	it('moves to IndexedDB when it answers late, keeping what was done in memory meanwhile', async () => {
		const durable = indexedDbStorage();
		const earlier = new ProgressStore(durable, { now: clock() });
		await earlier.load();
		await earlier.openLesson('kubernetes');
		await earlier.startQuiz('cncf', ['q1', 'q2']);

		const page = new ProgressStore(memoryStorage(), { now: clock() });
		await page.load();
		expect(page.persistent).toBe(false);
		await page.openLesson('containers');
		await page.startQuiz('vms', ['q1']);
		expect(await page.adopt(durable)).toBe(true);
		expect(page.persistent).toBe(true);
		expect(Object.keys(page.lessons).sort()).toEqual(['containers', 'kubernetes']);
		expect(Object.keys(page.drafts).sort()).toEqual(['cncf', 'vms']);
		// From now on it is saved.
		await page.saveAnswer('vms', 'q1', 'a');
		const reloaded = new ProgressStore(indexedDbStorage(), { now: clock() });
		await reloaded.load();
		expect(reloaded.drafts.vms?.answers.q1).toBe('a');
		expect(reloaded.lessons.containers).toBeDefined();
	});

	it('moves what an earlier page of the tab kept there into IndexedDB, once, on a page that has it', async () => {
		const tab = new Map<string, string>();
		vi.stubGlobal('sessionStorage', {
			getItem: (key: string) => tab.get(key) ?? null,
			setItem: (key: string, value: string) => void tab.set(key, value),
			removeItem: (key: string) => void tab.delete(key)
		});
		try {
			// An earlier page: IndexedDB did not answer in time, progress went to the tab.
			const earlier = new ProgressStore(tabStorage(), { now: clock() });
			await earlier.load();
			await earlier.openLesson('containers');
			await earlier.settled();
			expect(tab.size).toBe(1);

			// This page: IndexedDB answers. The store starts from the tab, then moves it there.
			const durable = indexedDbStorage();
			let moved: Promise<boolean> | undefined;
			const page: ProgressStore = new ProgressStore(
				Promise.resolve(
					withTabProgress(durable, (storage) => {
						moved = page.adopt(storage).then((done) => (done && forgetTabProgress(), done));
					})
				),
				{ now: clock() }
			);
			await page.load();
			await vi.waitFor(() => expect(moved).toBeDefined());
			expect(await moved).toBe(true);
			expect(page.persistent).toBe(true);
			const reloaded = new ProgressStore(indexedDbStorage(), { now: clock() });
			await reloaded.load();
			expect(reloaded.lessons.containers).toBeDefined();

			// Moved once: the next page opens IndexedDB as it is.
			expect(tab.size).toBe(0);
			const next = indexedDbStorage();
			expect(withTabProgress(next, () => expect.fail('moved twice'))).toBe(next);
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it('gives up on an IndexedDB that never answers, and keeps progress in memory', async () => {
		vi.spyOn(globalThis.indexedDB, 'open').mockImplementation(
			() => ({}) as unknown as IDBOpenDBRequest
		);
		vi.useFakeTimers();
		try {
			const opening = openStorage({ timeoutMs: 3000 });
			await vi.advanceTimersByTimeAsync(3000);
			const storage = await opening;
			expect(storage.persistent).toBe(false);
		} finally {
			vi.useRealTimers();
		}
	});
});

/** Two tabs of the same browser: one IndexedDB, one localStorage journal, a change channel. */
function twoTabs(options: { aliveA?: boolean } = {}) {
	const journal = memoryJournal();
	const listeners = new Map<string, () => void>();
	const channel = (name: string) => ({
		postMessage: () => listeners.forEach((listener, other) => other !== name && listener()),
		addEventListener: (_type: 'message', listener: () => void) =>
			void listeners.set(name, listener),
		close: () => void listeners.delete(name)
	});
	const alive = new Set(['tab-a', 'tab-b']);
	if (options.aliveA === false) alive.delete('tab-a');
	const tab = (id: string): TabPresence => ({ id, isGone: async (other) => !alive.has(other) });
	const a = counting(indexedDbStorage());
	const b = counting(indexedDbStorage());
	const now = clock();
	const pageB = new ProgressStore(b.storage, {
		now,
		journal,
		channel: channel('b'),
		tab: tab('tab-b')
	});
	return {
		journal,
		alive,
		a: new ProgressStore(a.storage, { now, journal, channel: channel('a'), tab: tab('tab-a') }),
		b: pageB,
		writesOfB: b.counted,
		/** Tab B reloaded: its old page is gone; a new one has the same tab id and journal. */
		reloadB: () => {
			pageB.close();
			const fresh = counting(indexedDbStorage());
			return {
				page: new ProgressStore(fresh.storage, { now, journal, tab: tab('tab-b') }),
				counted: fresh.counted
			};
		}
	};
}

describe('two tabs on one quiz', () => {
	it('a check stores exactly the answer its tab showed, and the other tab then shows it', async () => {
		const { a, b } = twoTabs();
		await a.load();
		await a.startQuiz('containers', ['q1', 'q2']);
		await b.load();
		// B changes the answer while A checks the answer A shows.
		await Promise.all([
			b.saveAnswer('containers', 'q1', 'from-b'),
			a.checkAnswer('containers', 'q1', 'from-a')
		]);
		await Promise.all([a.settled(), b.settled()]);
		await b.load();
		const stored = (await indexedDbStorage().get(keys.draft('containers'))) as DraftRecord;
		expect(stored.answers.q1).toBe('from-a');
		expect(stored.checked).toEqual(['q1']);
		expect(b.drafts.containers?.answers.q1).toBe('from-a');
		expect(b.drafts.containers?.checked).toEqual(['q1']);
	});

	it('an answer to a question the other tab has checked is refused, and the tab shows the check', async () => {
		const { a, b } = twoTabs();
		await a.load();
		await a.startQuiz('containers', ['q1', 'q2']);
		await b.load();
		await a.checkAnswer('containers', 'q1', 'right');
		expect(await b.saveAnswer('containers', 'q1', 'stale')).toBe(false);
		expect(b.changedElsewhere.containers).toBe(true);
		expect(b.drafts.containers?.answers.q1).toBe('right');
		expect(b.drafts.containers?.checked).toEqual(['q1']);
	});

	it('a stale tab that answers and reloads at once cannot undo the other tab’s check', async () => {
		const { a, b, journal, reloadB } = twoTabs();
		await a.load();
		await a.startQuiz('containers', ['q1', 'q2']);
		await b.load();
		await a.checkAnswer('containers', 'q1', 'right');
		// B's write is journaled, then the page goes away before IndexedDB has it.
		const leaving = b.saveAnswer('containers', 'q1', 'stale');
		expect(journal.entries()).toHaveLength(1);
		const { page } = reloadB();
		await page.load();
		await leaving;
		const stored = (await indexedDbStorage().get(keys.draft('containers'))) as DraftRecord;
		expect(stored.answers.q1).toBe('right');
		expect(stored.checked).toEqual(['q1']);
		expect(page.drafts.containers?.answers.q1).toBe('right');
	});

	it('a tab replays its own journaled change after a reload, onto the draft it was made on', async () => {
		const { a, journal, reloadB } = twoTabs();
		// B's old page is gone before anything happens: only the new page may replay.
		const { page, counted } = reloadB();
		await a.load();
		await a.startQuiz('containers', ['q1', 'q2']);
		const stored = (await indexedDbStorage().get(keys.draft('containers'))) as DraftRecord;
		journal.write(
			'containers',
			JSON.stringify({
				tab: 'tab-b',
				attemptId: stored.attemptId,
				base: stored.revision,
				ops: [{ op: 'answer', attemptId: stored.attemptId, question: 'q2', value: 'b' }]
			})
		);
		await page.load();
		expect(page.drafts.containers?.answers.q2).toBe('b');
		expect(counted.writes).toBe(1);
		expect(journal.entries()).toEqual([]);
	});

	it('a passive tab does not replay a change another open tab is still saving', async () => {
		const { a, journal, reloadB } = twoTabs();
		await a.load();
		await a.startQuiz('containers', ['q1', 'q2']);
		const stored = (await indexedDbStorage().get(keys.draft('containers'))) as DraftRecord;
		const entry = JSON.stringify({
			tab: 'tab-a',
			attemptId: stored.attemptId,
			base: stored.revision,
			ops: [{ op: 'answer', attemptId: stored.attemptId, question: 'q1', value: 'a' }]
		});
		journal.write('containers', entry);
		const { page, counted } = reloadB();
		await page.load();
		expect(counted.writes).toBe(0);
		// Left for its tab, which commits or drops it.
		expect(journal.entries()).toEqual([['containers', entry]]);
	});

	it('a change left by a tab that is gone is replayed, only if nothing changed since', async () => {
		const { a, journal, reloadB, alive } = twoTabs();
		await a.load();
		await a.startQuiz('containers', ['q1', 'q2']);
		const stored = (await indexedDbStorage().get(keys.draft('containers'))) as DraftRecord;
		const entry = (base: number, value: string) =>
			JSON.stringify({
				tab: 'tab-a',
				attemptId: stored.attemptId,
				base,
				ops: [{ op: 'answer', attemptId: stored.attemptId, question: 'q1', value }]
			});
		alive.delete('tab-a');
		journal.write('containers', entry(stored.revision + 5, 'older-than-stored'));
		let { page } = reloadB();
		await page.load();
		expect(page.drafts.containers?.answers.q1).toBeUndefined();
		expect(journal.entries()).toEqual([]);

		journal.write('containers', entry(stored.revision, 'left-behind'));
		({ page } = reloadB());
		await page.load();
		expect(page.drafts.containers?.answers.q1).toBe('left-behind');
	});

	it('a passive tab reloading while the other answers writes nothing, and loses nothing', async () => {
		const { a, reloadB } = twoTabs();
		await a.load();
		const ids = Array.from({ length: 60 }, (_, i) => `q${i + 1}`);
		await a.startQuiz('containers', ids);
		let passiveWrites = 0;
		for (const [index, id] of ids.entries()) {
			const answering = (async () => {
				await a.saveAnswer('containers', id, `answer-${index}`);
				await a.checkAnswer('containers', id, `answer-${index}`);
				if (ids[index + 1]) await a.goToQuestion('containers', ids[index + 1]!);
			})();
			const { page, counted } = reloadB();
			await page.load();
			await answering;
			passiveWrites += counted.writes;
		}
		expect(passiveWrites).toBe(0);
		const stored = (await indexedDbStorage().get(keys.draft('containers'))) as DraftRecord;
		expect(stored.checked).toEqual(ids);
		expect(ids.every((id, index) => stored.answers[id] === `answer-${index}`)).toBe(true);
	});
});

describe('whatever the store writes, export then import reproduces exactly', () => {
	const action = fc.oneof(
		fc.record({ do: fc.constant('open'), lesson: fc.constantFrom('containers', 'kubernetes') }),
		fc.record({
			do: fc.constant('read'),
			lesson: fc.constantFrom('containers', 'kubernetes'),
			ms: fc.nat(5_000_000),
			section: fc.option(fc.constantFrom('intro', '容器-镜像', 'a-b-c'), { nil: undefined })
		}),
		fc.record({
			do: fc.constant('finish-lesson'),
			lesson: fc.constantFrom('containers', 'kubernetes')
		}),
		fc.record({
			do: fc.constant('start'),
			lesson: fc.constantFrom('cncf', 'vms'),
			count: fc.integer({ min: 1, max: 6 })
		}),
		fc.record({
			do: fc.constant('answer'),
			lesson: fc.constantFrom('cncf', 'vms'),
			pick: fc.nat(),
			value: fc.oneof(
				fc.string({ maxLength: 200 }),
				fc.boolean(),
				fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 5 }),
				fc.dictionary(fc.constantFrom('x', 'y', 'z'), fc.constantFrom('a', 'b'))
			)
		}),
		fc.record({ do: fc.constant('check'), lesson: fc.constantFrom('cncf', 'vms'), pick: fc.nat() }),
		fc.record({ do: fc.constant('move'), lesson: fc.constantFrom('cncf', 'vms'), pick: fc.nat() }),
		fc.record({
			do: fc.constant('finish'),
			lesson: fc.constantFrom('cncf', 'vms'),
			keep: fc.integer({ min: 1, max: 6 })
		}),
		fc.record({
			do: fc.constant('rate'),
			lesson: fc.constantFrom('cncf', 'vms'),
			question: fc.constantFrom('q1', 'q2', 'q3'),
			score: fc.constantFrom(0, 0.5, 0.8, 1)
		}),
		fc.record({ do: fc.constant('track'), track: fc.constantFrom('rnd', 'solutions', 'full') }),
		fc.record({
			do: fc.constant('exam'),
			track: fc.constantFrom('rnd', 'full'),
			count: fc.integer({ min: 1, max: 5 }),
			limit: fc.option(fc.integer({ min: 1, max: 86_400_000 }), { nil: undefined })
		}),
		fc.record({
			do: fc.constant('exam-answer'),
			track: fc.constantFrom('rnd', 'full'),
			pick: fc.nat(),
			value: fc.oneof(fc.string({ maxLength: 200 }), fc.array(fc.constantFrom('a', 'b')))
		}),
		fc.record({
			do: fc.constant('exam-finish'),
			track: fc.constantFrom('rnd', 'full'),
			keep: fc.integer({ min: 1, max: 5 }),
			right: fc.nat()
		}),
		fc.record({
			do: fc.constant('exam-name'),
			track: fc.constantFrom('rnd', 'full'),
			name: fc.string({ minLength: 1, maxLength: 80 })
		})
	);

	it('for any sequence of what a learner can do', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(action, { maxLength: 25 }), async (actions) => {
				globalThis.indexedDB = new IDBFactory();
				const storage = indexedDbStorage();
				const page = new ProgressStore(storage, { now: clock() });
				await page.load();
				for (const step of actions) {
					const current = 'lesson' in step ? page.drafts[step.lesson] : undefined;
					const ids = current?.questionIds ?? [];
					const pick = 'pick' in step ? ids[step.pick % Math.max(1, ids.length)] : undefined;
					if (step.do === 'open') await page.openLesson(step.lesson);
					else if (step.do === 'read') await page.noteReading(step.lesson, step.ms, step.section);
					else if (step.do === 'finish-lesson') await page.finishLesson(step.lesson);
					else if (step.do === 'start') {
						await page.startQuiz(
							step.lesson,
							Array.from({ length: step.count }, (_, i) => `q${i + 1}`)
						);
					} else if (step.do === 'answer' && pick) {
						await page.saveAnswer(step.lesson, pick, step.value);
					} else if (step.do === 'check' && pick) {
						await page.checkAnswer(step.lesson, pick, current?.answers[pick] ?? 'x');
					} else if (step.do === 'move' && pick) {
						await page.goToQuestion(step.lesson, pick);
					} else if (step.do === 'rate') {
						await page.rateQuestion(step.lesson, step.question, {
							score: step.score,
							correct: step.score === 1
						});
					} else if (step.do === 'track') {
						await page.chooseTrack(step.track);
					} else if (step.do === 'exam') {
						await page.startExam({
							trackId: step.track,
							seed: step.count * 7,
							questions: Array.from({ length: step.count }, (_, i) => `containers:q${i + 1}`),
							courseVersion: '0.1.0',
							timeLimitMs: step.limit
						});
					} else if ('track' in step) {
						const exams = page.exams.filter((exam) => exam.trackId === step.track);
						const exam = exams.at(-1);
						if (!exam) continue;
						if (step.do === 'exam-answer' && 'pick' in step && 'value' in step) {
							const question = exam.questions[step.pick % exam.questions.length]!;
							await page.answerExam(exam, { question, answer: step.value, current: question });
						} else if (step.do === 'exam-finish' && 'right' in step && 'keep' in step) {
							const asked = exam.questions.slice(0, step.keep);
							await page.finishExam(exam, {
								questions: asked,
								scores: Object.fromEntries(asked.map((id, i) => [id, (step.right >> i) & 1])),
								passMark: 0.8
							});
						} else if (step.do === 'exam-name' && 'name' in step) {
							await page.nameCertificate(exam, step.name);
						}
					} else if (step.do === 'finish' && current) {
						// The lesson may have lost questions since the quiz began.
						const asked = ids.slice(0, step.keep);
						const scores = Object.fromEntries(asked.map((id, i) => [id, i % 2]));
						const score = asked.reduce((sum, id) => sum + scores[id]!, 0) / asked.length;
						await page.finishQuiz(step.lesson, {
							questionIds: asked,
							scores,
							score,
							passed: score >= 0.8
						});
					}
				}
				const written = await storage.entries();
				const result = readImport(buildExport(written, start), Date.now());
				expect(result.ok).toBe(true);
				if (result.ok) {
					expect(result.records.map(({ key, record }) => [key, record])).toEqual(written);
				}
			}),
			{ numRuns: 150 }
		);
	});
});

describe('a reload while this tab writes', () => {
	/** Storage whose reads of everything wait until `release`, holding what they read when asked. */
	function heldReads(storage: ProgressStorage) {
		let release: () => void = () => {};
		let holding = false;
		const gate = { hold: () => (holding = true), release: () => release() };
		const wrapped: ProgressStorage = {
			...storage,
			entries: async () => {
				const read = await storage.entries();
				if (!holding) return read;
				holding = false;
				await new Promise<void>((resolve) => (release = resolve));
				return read;
			}
		};
		return { storage: wrapped, gate };
	}

	it('keeps what this tab wrote after the reload had read, in the page as in storage', async () => {
		const { storage, gate } = heldReads(memoryStorage());
		const store = new ProgressStore(storage, { now: clock() });
		await store.load();
		await store.startQuiz('containers', ['q1']);
		await store.checkAnswer('containers', 'q1', 'a');

		// Another tab's change (or an LMS connecting) reloads; the reload reads before the quiz ends.
		gate.hold();
		const reloading = store.load();
		await store.openLesson('kubernetes');
		const attempt = await store.finishQuiz('containers', {
			questionIds: ['q1'],
			scores: { q1: 1 },
			score: 1,
			passed: true
		});
		expect(attempt).toBeDefined();
		gate.release();
		await reloading;

		expect(store.attempts.map((a) => a.attemptId)).toEqual([attempt!.attemptId]);
		expect(store.drafts.containers).toBeUndefined();
		expect(store.lessons.kubernetes).toBeDefined();
		const again = new ProgressStore(storage, { now: clock() });
		await again.load();
		expect(again.attempts).toEqual(store.attempts);
		expect(again.lessons).toEqual(store.lessons);
	});
});
