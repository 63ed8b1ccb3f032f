import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { keys } from '../src/lib/progress/records';
import { indexedDbStorage, memoryStorage, openStorage } from '../src/lib/progress/storage';
import { ProgressStore } from '../src/lib/progress/store.svelte';

const clock = (start = Date.parse('2026-11-28T08:00:00Z')) => {
	let now = start;
	return () => (now += 1000);
};

beforeEach(() => {
	// A fresh, empty IndexedDB for every test.
	globalThis.indexedDB = new IDBFactory();
});

/** A store on the app's own IndexedDB database, as a new page load would open it. */
async function openPage() {
	const store = new ProgressStore(indexedDbStorage(), clock());
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
		await page.checkAnswer('containers', 'q1');
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
		await page.checkAnswer('containers', 'q1');
		await page.saveAnswer('containers', 'q1', 'guest-os');
		expect(page.drafts.containers?.answers.q1).toBe('kernel');
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
		expect(reloaded.stateOf('containers')).toBe('not-passed');
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

describe('what is read back from storage', () => {
	it('is checked: unreadable or hostile records are left out, never trusted', async () => {
		const store = createStore('k8s-course', 'progress');
		const storage = indexedDbStorage(store);
		await storage.set(keys.lesson('containers'), {
			schema: 1,
			lessonId: 'containers',
			openedAt: 'yesterday'
		});
		await storage.set(keys.lesson('kubernetes'), {
			schema: 99,
			lessonId: 'kubernetes',
			openedAt: '2026-01-01T00:00:00Z'
		});
		await storage.set(keys.attempt('cncf', 'a1'), {
			schema: 1,
			lessonId: 'cncf',
			attemptId: 'a1',
			startedAt: '2026-01-01T00:00:00Z',
			finishedAt: '2026-01-01T00:05:00Z',
			questionIds: ['q1'],
			answers: JSON.parse('{"__proto__": {"polluted": true}, "q1": "a"}'),
			scores: { q1: 1 },
			score: Number.NaN,
			passed: true
		});
		await storage.set(keys.attempt('cloud-native', 'a2'), {
			schema: 1,
			lessonId: 'cloud-native',
			attemptId: 'a2',
			startedAt: '2026-01-01T00:00:00Z',
			finishedAt: '2026-01-01T00:05:00Z',
			questionIds: ['q1'],
			answers: JSON.parse('{"__proto__": {"polluted": true}, "q1": "a"}'),
			scores: { q1: 1 },
			score: 1,
			passed: true
		});
		await storage.set('something-else', 'ignored');

		const page = await openPage();
		expect(page.lessons).toEqual({});
		expect(page.attemptsFor('cncf')).toEqual([]);
		const [attempt] = page.attemptsFor('cloud-native');
		expect(attempt?.answers).toEqual({ q1: 'a' });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		// Left in place, not wiped: a later version of the app may read them.
		expect(await storage.get(keys.lesson('kubernetes'))).toMatchObject({ schema: 99 });
	});
});

describe('where IndexedDB is unavailable', () => {
	it('keeps progress in memory and says it is not persistent', async () => {
		// @ts-expect-error: a browser with IndexedDB blocked
		delete globalThis.indexedDB;
		const storage = await openStorage();
		expect(storage.persistent).toBe(false);
		const page = new ProgressStore(storage, clock());
		await page.load();
		expect(page.persistent).toBe(false);
		await page.openLesson('containers');
		expect(page.stateOf('containers')).toBe('reading');
	});

	it('reports a failed write and keeps the state it had', async () => {
		const storage = memoryStorage();
		const page = new ProgressStore(
			{ ...storage, update: () => Promise.reject(new Error('QuotaExceededError')) },
			clock()
		);
		await page.load();
		await page.openLesson('containers');
		expect(page.writeError).toBe('QuotaExceededError');
		expect(page.stateOf('containers')).toBe('not-started');
	});
});
