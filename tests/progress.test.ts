import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createStore } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import v1Fixture from './fixtures/progress-v1.json';
import v2Fixture from './fixtures/progress-v2.json';
import v3Fixture from './fixtures/progress-v3.json';
import { keys } from '../src/lib/progress/records';
import { buildExport, readImport } from '../src/lib/progress/transfer';
import {
	indexedDbStorage,
	memoryJournal,
	memoryStorage,
	openStorage,
	type ProgressStorage
} from '../src/lib/progress/storage';
import { ProgressStore } from '../src/lib/progress/store.svelte';
import { gradeQuiz } from '../src/lib/quiz/quiz';
import { codeLinesQuestion, multipleQuestion, singleQuestion } from './quiz/fixtures';

const clock = (start = Date.parse('2026-11-28T08:00:00Z')) => {
	let now = start;
	return () => (now += 1000);
};

/** Writes a record as another version of the app, another tab or a damaged disk might have. */
const put = (storage: ProgressStorage, key: string, value: unknown) =>
	storage.transact({ keys: [] }, () => ({ set: [[key, value]], result: undefined }));

beforeEach(() => {
	// A fresh, empty IndexedDB for every test.
	globalThis.indexedDB = new IDBFactory();
});

/** A store on the app's own IndexedDB database, as a new page load would open it. */
async function openPage() {
	const store = new ProgressStore(indexedDbStorage(), { now: clock() });
	await store.load();
	return store;
}

describe('lessons', () => {
	it('are recorded as opened, then finished, and survive a reload', async () => {
		const page = await openPage();
		expect(page.stateOf('containers')).toBe('not-started');
		await page.openLesson('containers');
		expect(page.stateOf('containers')).toBe('reading');
		await page.finishLesson('containers');
		expect(page.stateOf('containers')).toBe('read');

		const reloaded = await openPage();
		expect(reloaded.lessons.containers?.openedAt).toBe(page.lessons.containers?.openedAt);
		expect(reloaded.stateOf('containers')).toBe('read');
	});

	it('keep the first opening time when opened again', async () => {
		const page = await openPage();
		await page.openLesson('containers');
		const first = page.lessons.containers?.openedAt;
		await page.openLesson('containers');
		expect(page.lessons.containers?.openedAt).toBe(first);
	});
});

describe('the quiz in progress', () => {
	it('comes back after a reload at the same question with the answers given', async () => {
		const page = await openPage();
		await page.startQuiz('containers', ['q1', 'q2', 'q3']);
		await page.saveAnswer('containers', 'q1', 'kernel');
		await page.checkAnswer('containers', 'q1', 'kernel');
		await page.goToQuestion('containers', 'q2');
		await page.saveAnswer('containers', 'q2', ['a', 'b']);

		const reloaded = await openPage();
		const draft = reloaded.drafts.containers;
		expect(draft?.current).toBe('q2');
		expect(draft?.answers).toEqual({ q1: 'kernel', q2: ['a', 'b'] });
		expect(draft?.checked).toEqual(['q1']);
		expect(reloaded.stateOf('containers')).toBe('quiz-in-progress');
	});

	it('does not start over when started again', async () => {
		const page = await openPage();
		const first = await page.startQuiz('containers', ['q1']);
		await page.saveAnswer('containers', 'q1', 'kernel');
		const again = await page.startQuiz('containers', ['q1']);
		expect(again?.attemptId).toBe(first?.attemptId);
		expect(again?.answers).toEqual({ q1: 'kernel' });
	});

	it('keeps a checked answer fixed', async () => {
		const page = await openPage();
		await page.startQuiz('containers', ['q1']);
		await page.saveAnswer('containers', 'q1', 'kernel');
		await page.checkAnswer('containers', 'q1', 'kernel');
		await page.saveAnswer('containers', 'q1', 'guest-os');
		expect(page.drafts.containers?.answers.q1).toBe('kernel');
	});

	it('keeps an answer whose write was cut short by a reload', async () => {
		const journal = memoryJournal();
		const now = clock();
		const page = new ProgressStore(indexedDbStorage(), { now, journal });
		await page.load();
		await page.startQuiz('containers', ['q1', 'q2']);
		await page.saveAnswer('containers', 'q1', 'kernel');
		expect(journal.entries()).toEqual([]);

		// The next write never reaches IndexedDB: the tab reloads while it is in flight.
		const cutShort: ProgressStorage = {
			...indexedDbStorage(),
			transact: () => new Promise(() => {})
		};
		const leaving = new ProgressStore(cutShort, { now, journal });
		await leaving.load();
		void leaving.saveAnswer('containers', 'q2', ['a', 'b']);
		await vi.waitFor(() => expect(journal.entries()).toHaveLength(1));

		const reloaded = new ProgressStore(indexedDbStorage(), { now, journal });
		await reloaded.load();
		expect(reloaded.drafts.containers?.answers).toEqual({ q1: 'kernel', q2: ['a', 'b'] });
		expect(journal.entries()).toEqual([]);
		// It was written back, not only shown.
		expect((await openPage()).drafts.containers?.answers.q2).toEqual(['a', 'b']);
	});

	it('replays nothing onto a quiz finished or restarted since', async () => {
		const journal = memoryJournal();
		const page = new ProgressStore(indexedDbStorage(), { now: clock(), journal });
		await page.load();
		const draft = await page.startQuiz('containers', ['q1']);
		journal.write(
			'containers',
			JSON.stringify({
				...draft,
				attemptId: 'another-attempt',
				updatedAt: '2030-01-01T00:00:00.000Z'
			})
		);
		journal.write('kubernetes', JSON.stringify({ ...draft, lessonId: 'kubernetes' }));
		journal.write('cncf', 'not json');
		const reloaded = new ProgressStore(indexedDbStorage(), { now: clock(), journal });
		await reloaded.load();
		expect(reloaded.drafts.containers?.attemptId).toBe(draft?.attemptId);
		expect(reloaded.drafts.kubernetes).toBeUndefined();
		expect(journal.entries()).toEqual([]);
	});

	it('loses no answer when two tabs answer at once', async () => {
		const [left, right] = [await openPage(), await openPage()];
		await left.startQuiz('containers', ['q1', 'q2', 'q3', 'q4']);
		await right.load();
		await Promise.all([
			left.saveAnswer('containers', 'q1', 'a'),
			right.saveAnswer('containers', 'q2', 'b'),
			left.saveAnswer('containers', 'q3', 'c'),
			right.saveAnswer('containers', 'q4', 'd')
		]);
		const reloaded = await openPage();
		expect(reloaded.drafts.containers?.answers).toEqual({ q1: 'a', q2: 'b', q3: 'c', q4: 'd' });
	});
});

describe('attempts', () => {
	it('are saved with answers, score and times, and clear the quiz in progress', async () => {
		const page = await openPage();
		await page.startQuiz('containers', ['q1', 'q2']);
		await page.saveAnswer('containers', 'q1', 'kernel');
		await page.saveAnswer('containers', 'q2', 'guest-os');
		const attempt = await page.finishQuiz('containers', {
			questionIds: ['q1', 'q2'],
			scores: { q1: 1, q2: 0 },
			score: 0.5,
			passed: false
		});
		expect(attempt?.answers).toEqual({ q1: 'kernel', q2: 'guest-os' });
		expect(Date.parse(attempt!.finishedAt)).toBeGreaterThan(Date.parse(attempt!.startedAt));

		const reloaded = await openPage();
		expect(reloaded.drafts.containers).toBeUndefined();
		expect(reloaded.attemptsFor('containers')).toHaveLength(1);
		expect(reloaded.stateOf('containers')).toBe('needs-review');
	});

	it('give the best score across attempts', async () => {
		const page = await openPage();
		for (const score of [0.5, 0.9, 0.7]) {
			await page.startQuiz('containers', ['q1']);
			await page.finishQuiz('containers', {
				questionIds: ['q1'],
				scores: { q1: score },
				score,
				passed: score >= 0.8
			});
		}
		const reloaded = await openPage();
		expect(reloaded.bestScore('containers')).toBe(0.9);
		expect(reloaded.lastAttempt('containers')?.score).toBe(0.7);
		expect(reloaded.stateOf('containers')).toBe('passed');
	});
});

describe('retrying the wrong ones', () => {
	it('carries the right answers: not asked again, kept in the new attempt, and counted', async () => {
		const shared = singleQuestion();
		const features = multipleQuestion('all-or-nothing');
		const limits = codeLinesQuestion('all-or-nothing');
		const quiz = { passMark: 0.8, questions: [shared, features, limits] };
		const ids = quiz.questions.map((question) => question.id);
		const page = await openPage();
		await page.startQuiz('containers', ids);
		const given = { shared: 'kernel', features: ['namespaces'], limits: [6, 7] };
		for (const [id, answer] of Object.entries(given)) {
			await page.checkAnswer('containers', id, answer);
		}
		const first = await page.finishQuiz(
			'containers',
			gradeQuiz(quiz, page.drafts.containers!.answers)
		);
		expect(first?.scores).toEqual({ shared: 1, features: 0, limits: 1 });

		// What the quiz page asks for: every question but the wrong ones, with that attempt's answers.
		const wrong = ids.filter((id) => first!.scores[id]! < 1);
		const retry = await page.startQuiz('containers', ids, {
			ids: ids.filter((id) => !wrong.includes(id)),
			answers: first!.answers
		});
		expect(retry?.attemptId).not.toBe(first?.attemptId);
		expect(retry?.carried).toEqual(['shared', 'limits']);
		expect(retry?.checked).toEqual(['shared', 'limits']);
		expect(retry?.answers).toEqual({ shared: 'kernel', limits: [6, 7] });
		expect(retry?.current).toBe('features');
		// A carried answer stays as it was: checked answers do not change.
		expect(await page.saveAnswer('containers', 'shared', 'guest-os')).toBe(false);

		await page.checkAnswer('containers', 'features', ['namespaces', 'cgroups']);
		const reloaded = await openPage();
		const second = await reloaded.finishQuiz(
			'containers',
			gradeQuiz(quiz, reloaded.drafts.containers!.answers)
		);
		expect(second).toMatchObject({
			answers: { shared: 'kernel', features: ['namespaces', 'cgroups'], limits: [6, 7] },
			scores: { shared: 1, features: 1, limits: 1 },
			score: 1,
			passed: true,
			carried: ['shared', 'limits']
		});
		expect((await openPage()).bestScore('containers')).toBe(1);
	});

	it('carries only answers it has, for questions still in the quiz', async () => {
		const page = await openPage();
		const retry = await page.startQuiz('containers', ['q1', 'q2', 'q3', 'q4'], {
			// q3 was added since (no answer to carry); q0 was removed from the lesson.
			ids: ['q0', 'q1', 'q3'],
			answers: { q0: 'old', q1: 'kernel' }
		});
		expect(retry?.carried).toEqual(['q1']);
		expect(retry?.answers).toEqual({ q1: 'kernel' });
		expect(retry?.current).toBe('q2');
	});
});

describe('what is read back from storage', () => {
	it('is checked: unreadable or hostile records are set aside, never trusted or wiped', async () => {
		const storage = indexedDbStorage(createStore('k8s-course', 'progress'));
		const badLesson = { schema: 2, lessonId: 'containers', openedAt: 'yesterday' };
		const future = { schema: 99, lessonId: 'kubernetes', openedAt: '2026-01-01T00:00:00Z' };
		const attempt = (lessonId: string, attemptId: string, score: number) => ({
			schema: 2,
			lessonId,
			attemptId,
			startedAt: '2026-01-01T00:00:00Z',
			finishedAt: '2026-01-01T00:05:00Z',
			questionIds: ['q1'],
			answers: JSON.parse('{"__proto__": {"polluted": true}, "q1": "a"}'),
			scores: { q1: 1 },
			score,
			passed: true,
			seed: 1,
			carried: []
		});
		await put(storage, keys.lesson('containers'), badLesson);
		await put(storage, keys.lesson('kubernetes'), future);
		await put(storage, keys.attempt('cncf', 'a1'), attempt('cncf', 'a1', Number.NaN));
		await put(storage, keys.attempt('cloud-native', 'a2'), attempt('cloud-native', 'a2', 1));
		await put(storage, keys.attempt('cloud-native', 'a3'), attempt('cncf', 'a3', 1));
		await put(storage, 'something-else', 'ignored');

		const page = await openPage();
		expect(page.lessons).toEqual({});
		expect(page.attemptsFor('cncf')).toEqual([]);
		const [kept] = page.attemptsFor('cloud-native');
		expect(kept?.answers).toEqual({ q1: 'a' });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(page.setAside).toHaveLength(4);

		// Set aside, not wiped: every unreadable record is still there, out of harm's way.
		const stored = new Map(await storage.entries());
		const asideValues = [...stored].filter(([key]) => String(key).startsWith('set-aside:'));
		expect(asideValues.map(([, value]) => value)).toEqual(
			expect.arrayContaining([badLesson, future])
		);
		expect(stored.has(keys.lesson('containers'))).toBe(false);

		// Opening the lesson now writes a fresh record and leaves the set-aside one alone.
		await page.openLesson('containers');
		const after = new Map(await storage.entries());
		expect([...after].filter(([key]) => String(key).startsWith('set-aside:'))).toHaveLength(4);
	});

	it('never overwrites a record another tab made unreadable after this page loaded', async () => {
		const storage = indexedDbStorage(createStore('k8s-course', 'progress'));
		const page = await openPage();
		await page.openLesson('containers');
		const newer = { schema: 4, lessonId: 'containers', something: 'from a newer version' };
		await put(storage, keys.lesson('containers'), newer);
		await page.finishLesson('containers');
		const entries = await storage.entries();
		expect(entries.map(([, value]) => value)).toContainEqual(newer);
		expect(page.setAside).toHaveLength(1);
	});
});

describe('the store and the import accept the same records', () => {
	it('an attempt that finished before it began is set aside on load, and the export still imports', async () => {
		const storage = indexedDbStorage(createStore('k8s-course', 'progress'));
		// What finishQuiz wrote before it kept times in order, under a clock set back mid-quiz.
		const reversed = {
			schema: 4,
			lessonId: 'containers',
			attemptId: 'a1',
			startedAt: '2026-11-20T08:05:00.000Z',
			finishedAt: '2026-11-20T08:00:00.000Z',
			questionIds: ['q1'],
			answers: { q1: 'a' },
			scores: { q1: 1 },
			score: 1,
			passed: true,
			seed: 1,
			carried: []
		};
		await put(storage, keys.attempt('containers', 'a1'), reversed);
		const page = await openPage();
		expect(page.attemptsFor('containers')).toEqual([]);
		expect(page.setAside).toHaveLength(1);
		const exported = buildExport(await page.snapshot(), Date.parse('2026-11-28T08:00:00Z'));
		expect(exported).toContain('"finishedAt": "2026-11-20T08:00:00.000Z"');
		expect(readImport(exported, Date.parse('2026-11-28T08:00:00Z'))).toEqual({
			ok: true,
			records: []
		});
	});
});

describe('records of schema 1', () => {
	it('are migrated: the fixture of every kind loads and is brought forward', async () => {
		const storage = indexedDbStorage(createStore('k8s-course', 'progress'));
		for (const [key, value] of Object.entries(v1Fixture)) await put(storage, key, value);
		const page = await openPage();
		expect(page.setAside).toEqual([]);
		expect(page.lessons.containers).toEqual({
			schema: 4,
			lessonId: 'containers',
			openedAt: '2026-11-20T08:00:00.000Z',
			lastVisitedAt: '2026-11-20T08:00:00.000Z',
			finishedAt: '2026-11-20T08:10:00.000Z',
			timeSpentMs: 0
		});
		const [attempt] = page.attemptsFor('containers');
		expect(attempt).toMatchObject({ schema: 4, score: 0.75, seed: 0, carried: [] });
		// A schema-1 draft pointed at its question by position: now by id.
		expect(page.drafts.kubernetes).toMatchObject({
			schema: 4,
			revision: 0,
			current: 'name-meaning',
			carried: []
		});
	});
});

describe('records of schema 2 and 3', () => {
	it.each([
		['2', v2Fixture],
		['3', v3Fixture]
	])(
		'schema %s: the fixture of every kind loads and is brought forward unchanged',
		async (_, fixture) => {
			const storage = indexedDbStorage(createStore('k8s-course', 'progress'));
			for (const [key, value] of Object.entries(fixture)) await put(storage, key, value);
			const page = await openPage();
			expect(page.setAside).toEqual([]);
			expect(page.lessons.containers).toEqual({ ...fixture['lesson:containers'], schema: 4 });
			expect(page.attemptsFor('containers')).toEqual([
				{ ...fixture['attempt:containers:3f2a9c0d1e4b5a6978c0d1e2'], schema: 4 }
			]);
			// Schema 3 counted a draft's changes; a schema-2 draft starts counting from 0.
			expect(page.drafts.kubernetes).toEqual({
				revision: 0,
				...fixture['draft:kubernetes'],
				schema: 4
			});
			expect(page.cards).toEqual({});
			expect(page.exams).toEqual([]);
			expect(page.track).toBeUndefined();
		}
	);

	it('of the new kinds are never "migrated" from an earlier schema: set aside', async () => {
		const storage = indexedDbStorage(createStore('k8s-course', 'progress'));
		await put(storage, 'track:chosen', {
			schema: 3,
			trackId: 'rnd',
			chosenAt: '2026-11-20T08:00:00.000Z'
		});
		const page = await openPage();
		expect(page.track).toBeUndefined();
		expect(page.setAside).toHaveLength(1);
	});
});

describe('review cards, the track and the exam', () => {
	it('a checked answer rates its card: wrong is Again (a day), right is Good (days); a reload keeps them', async () => {
		const page = await openPage();
		const wrong = await page.rateQuestion('containers', 'q1', { score: 0, correct: false });
		const right = await page.rateQuestion('containers', 'q2', { score: 1, correct: true });
		expect(wrong).toMatchObject({ schema: 4, reps: 1, lapses: 0, scheduledDays: 1 });
		expect(right!.scheduledDays).toBeGreaterThan(1);
		const again = await page.rateQuestion('containers', 'q1', { score: 1, correct: true });
		expect(again).toMatchObject({ reps: 2 });
		const reloaded = await openPage();
		expect(Object.keys(reloaded.cards).sort()).toEqual(['containers:q1', 'containers:q2']);
		expect(reloaded.cards['containers:q1']).toEqual(again);
	});

	it('the chosen track changes only the track', async () => {
		const page = await openPage();
		await page.openLesson('containers');
		await page.chooseTrack('rnd');
		await page.chooseTrack('solutions');
		const reloaded = await openPage();
		expect(reloaded.track?.trackId).toBe('solutions');
		expect(reloaded.stateOf('containers')).toBe('reading');
	});

	it('an exam keeps its draw, answers and place across a reload, is graded once, and takes a name once passed', async () => {
		const page = await openPage();
		const start = {
			trackId: 'rnd',
			seed: 7,
			questions: ['containers:q1', 'kubernetes:q2', 'kubernetes:q3'],
			courseVersion: '0.1.0',
			timeLimitMs: 3_600_000
		};
		const exam = (await page.startExam(start))!;
		// Starting again (another tab, a reload) gives the same exam.
		expect((await page.startExam({ ...start, seed: 8 }))?.attemptId).toBe(exam.attemptId);
		await page.answerExam(exam, {
			question: 'containers:q1',
			answer: 'a',
			current: 'kubernetes:q2'
		});
		const reloaded = await openPage();
		const going = reloaded.exams[0]!;
		expect(going).toMatchObject({
			seed: 7,
			current: 'kubernetes:q2',
			answers: { 'containers:q1': 'a' }
		});
		// Not passed yet: no certificate to put a name on.
		expect((await reloaded.nameCertificate(going, 'Li Lei'))?.learnerName).toBeUndefined();
		const done = await reloaded.finishExam(going, {
			// A question removed from the course since: not part of the result.
			questions: ['containers:q1', 'kubernetes:q2'],
			scores: { 'containers:q1': 1, 'kubernetes:q2': 1 },
			passMark: 0.8
		});
		expect(done).toMatchObject({
			score: 1,
			passed: true,
			questions: ['containers:q1', 'kubernetes:q2']
		});
		// Finished: answers and scores never change again.
		expect(await reloaded.answerExam(done!, { question: 'containers:q1', answer: 'b' })).toEqual(
			done
		);
		expect(
			await reloaded.finishExam(done!, { questions: ['containers:q1'], scores: {}, passMark: 0.8 })
		).toEqual(done);
		const named = await reloaded.nameCertificate(done!, '  李雷 ');
		expect(named?.learnerName).toBe('李雷');
		expect((await openPage()).exams).toEqual([named]);
	});
});

describe('two tabs', () => {
	it("see each other's changes through the change channel", async () => {
		const channels = new Set<{ listener?: () => void }>();
		const channel = () => {
			const self: { listener?: () => void } = {};
			channels.add(self);
			return {
				postMessage: () => channels.forEach((other) => other !== self && other.listener?.()),
				addEventListener: (_type: 'message', listener: () => void) => (self.listener = listener),
				close: () => channels.delete(self)
			};
		};
		const left = new ProgressStore(indexedDbStorage(), { now: clock(), channel: channel() });
		const right = new ProgressStore(indexedDbStorage(), { now: clock(), channel: channel() });
		await Promise.all([left.load(), right.load()]);
		await left.openLesson('containers');
		await vi.waitFor(() => expect(right.stateOf('containers')).toBe('reading'));
	});
});

describe('reset', () => {
	it('forgets one lesson, or everything, and nothing else', async () => {
		const page = await openPage();
		await page.openLesson('containers');
		await page.openLesson('kubernetes');
		await page.startQuiz('kubernetes', ['q1']);
		await page.reset('kubernetes');
		expect(page.stateOf('kubernetes')).toBe('not-started');
		expect(page.stateOf('containers')).toBe('reading');
		await page.reset();
		expect(page.stateOf('containers')).toBe('not-started');
		expect((await openPage()).lessons).toEqual({});
	});
});

describe('time and place', () => {
	it('adds reading time and remembers the section reached', async () => {
		const page = await openPage();
		await page.noteReading('containers', 15_000, '什么是操作系统层虚拟化');
		await page.noteReading('containers', 10_000, undefined);
		const reloaded = await openPage();
		expect(reloaded.lessons.containers?.timeSpentMs).toBe(25_000);
		expect(reloaded.lessons.containers?.section).toBe('什么是操作系统层虚拟化');
		expect(reloaded.resumePoint()).toEqual({
			kind: 'lesson',
			lessonId: 'containers',
			at: reloaded.lessons.containers?.lastVisitedAt,
			section: '什么是操作系统层虚拟化'
		});
	});

	it('counts at most an hour of reading at a time and two hours per quiz: an idle tab does not count', async () => {
		const hour = 60 * 60 * 1000;
		const at = (ms: number) => new Date(Date.parse('2026-11-20T08:00:00.000Z') + ms).toISOString();
		const attempt = (lessonId: string, attemptId: string, ms: number) => [
			`attempt:${lessonId}:${attemptId}`,
			{
				schema: 4,
				lessonId,
				attemptId,
				startedAt: at(0),
				finishedAt: at(ms),
				questionIds: ['q1'],
				answers: { q1: 'a' },
				scores: { q1: 1 },
				score: 1,
				passed: true,
				seed: 1,
				carried: []
			}
		];
		const page = new ProgressStore(
			memoryStorage([
				// A quiz left open overnight, a quiz of ten minutes, and one exactly at the cap.
				attempt('containers', 'a1', 14 * hour),
				attempt('containers', 'a2', 10 * 60_000),
				attempt('kubernetes', 'a3', 2 * hour)
			] as [string, unknown][]),
			{ now: clock() }
		);
		await page.load();
		expect(page.timeSpentMs('containers')).toBe(2 * hour + 10 * 60_000);
		expect(page.timeSpentMs('kubernetes')).toBe(2 * hour);
		// Reading: a tab left open for five hours adds one; a clock that went back adds nothing.
		await page.noteReading('containers', 5 * hour, undefined);
		await page.noteReading('containers', -hour, undefined);
		await page.noteReading('containers', 90_000, undefined);
		expect(page.lessons.containers?.timeSpentMs).toBe(hour + 90_000);
		expect(page.timeSpentMs('containers')).toBe(3 * hour + 10 * 60_000 + 90_000);
		expect(page.timeSpentMs()).toBe(5 * hour + 10 * 60_000 + 90_000);
	});
});

describe('where IndexedDB is unavailable', () => {
	it('keeps progress in memory and says it is not persistent', async () => {
		// @ts-expect-error: a browser with IndexedDB blocked
		delete globalThis.indexedDB;
		const storage = await openStorage();
		expect(storage.persistent).toBe(false);
		const page = new ProgressStore(storage, { now: clock() });
		await page.load();
		expect(page.persistent).toBe(false);
		await page.openLesson('containers');
		expect(page.stateOf('containers')).toBe('reading');
	});

	it('reports a failed write and keeps the state it had', async () => {
		const storage = memoryStorage();
		const page = new ProgressStore(
			{ ...storage, transact: () => Promise.reject(new Error('QuotaExceededError')) },
			{ now: clock() }
		);
		await page.load();
		await page.openLesson('containers');
		expect(page.writeError).toBe('QuotaExceededError');
		expect(page.stateOf('containers')).toBe('not-started');
	});
});
