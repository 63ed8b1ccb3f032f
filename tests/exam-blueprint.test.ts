import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	drawExam,
	drawKey,
	examSize,
	maxRecallShare,
	minPerLesson,
	type DrawnQuestion,
	type PoolLesson,
	type PoolQuestion
} from '../src/lib/exam/blueprint';
import { parse } from 'yaml';

const question = fc.record({
	kind: fc.constantFrom<PoolQuestion['kind']>('recall', 'apply', 'scenario'),
	trivia: fc.option(fc.constant(true as const), { nil: undefined, freq: 6 })
});

/** A track: up to 12 lessons of 1 to 15 questions each, of any mix. */
const pool = fc
	.array(fc.array(question, { minLength: 1, maxLength: 15 }), { minLength: 1, maxLength: 12 })
	.map((lessons): PoolLesson[] =>
		lessons.map((questions, lesson) => ({
			lessonId: `lesson-${lesson}`,
			questions: questions.map((item, index) => ({
				id: `q${index}`,
				kind: item.kind,
				...(item.trivia ? { trivia: true } : {})
			}))
		}))
	);
const seed = fc.nat({ max: 0xffffffff });

/** Lessons with the given numbers of questions of each tier, kinds alternating within a tier. */
const lessonsOf = (counts: readonly { applied: number; recall: number; trivia: number }[]) =>
	counts.map(({ applied, recall, trivia }, lesson): PoolLesson => {
		const kinds: Omit<PoolQuestion, 'id'>[] = [
			...Array.from({ length: applied }, (_, i) => ({
				kind: i % 2 ? ('apply' as const) : ('scenario' as const)
			})),
			...Array.from({ length: recall }, () => ({ kind: 'recall' as const })),
			...Array.from({ length: trivia }, (_, i) => ({
				kind: i % 2 ? ('apply' as const) : ('recall' as const),
				trivia: true as const
			}))
		];
		return {
			lessonId: `lesson-${lesson}`,
			questions: kinds.map((item, index) => ({ id: `q${index}`, ...item }))
		};
	});

const questionOf = (lessons: readonly PoolLesson[], drawn: DrawnQuestion) =>
	lessons
		.find((lesson) => lesson.lessonId === drawn.lessonId)!
		.questions.find((item) => item.id === drawn.questionId)!;
const isApplied = (item: PoolQuestion) => item.kind !== 'recall';
const sizeOf = (lessons: readonly PoolLesson[]) => {
	const all = lessons.reduce((sum, lesson) => sum + lesson.questions.length, 0);
	const minimums = lessons.reduce(
		(sum, lesson) => sum + Math.min(minPerLesson, lesson.questions.length),
		0
	);
	return Math.min(all, Math.max(examSize, minimums));
};

/** A lesson as the course has them: 12 questions, half of them apply or scenario, one trivia. */
const courseLesson = (lessonId: string): PoolLesson => ({
	lessonId,
	questions: Array.from({ length: 12 }, (_, index) => ({
		id: `q${index}`,
		kind: index % 2 === 0 ? 'recall' : index % 4 === 1 ? 'apply' : 'scenario',
		...(index === 0 ? { trivia: true } : {})
	}))
});
const track = ['containers', 'kubernetes', 'cloud-native', 'cncf', 'vms-and-containers'].map(
	courseLesson
);

describe('the exam draw', () => {
	it('draws about 20 questions: 20, or two per lesson when the track has more than ten', () => {
		fc.assert(
			fc.property(pool, seed, (lessons, value) => {
				expect(drawExam(lessons, value)).toHaveLength(sizeOf(lessons));
			})
		);
		expect(drawExam(track, 1)).toHaveLength(20);
		const long = Array.from({ length: 12 }, (_, index) => courseLesson(`lesson-${index}`));
		expect(drawExam(long, 1)).toHaveLength(24);
	});

	it('asks at least two questions of every lesson that has two', () => {
		fc.assert(
			fc.property(pool, seed, (lessons, value) => {
				const drawn = drawExam(lessons, value);
				for (const lesson of lessons) {
					const count = drawn.filter((item) => item.lessonId === lesson.lessonId).length;
					expect(count).toBeGreaterThanOrEqual(Math.min(minPerLesson, lesson.questions.length));
				}
			})
		);
	});

	it('never asks a question twice, and asks only questions of the pool', () => {
		fc.assert(
			fc.property(pool, seed, (lessons, value) => {
				const drawn = drawExam(lessons, value);
				const keys = drawn.map((item) => drawKey(item.lessonId, item.questionId));
				expect(new Set(keys).size).toBe(keys.length);
				for (const item of drawn) expect(questionOf(lessons, item)).toBeDefined();
			})
		);
	});

	it('is the same exam for the same seed, in track order', () => {
		fc.assert(
			fc.property(pool, seed, (lessons, value) => {
				const drawn = drawExam(lessons, value);
				expect(drawExam(lessons, value)).toEqual(drawn);
				const places = drawn.map((item) =>
					lessons.findIndex((lesson) => lesson.lessonId === item.lessonId)
				);
				expect(places).toEqual([...places].sort((a, b) => a - b));
			})
		);
	});

	it('gives apply and scenario questions every place the pool and the minimums allow', () => {
		fc.assert(
			fc.property(pool, seed, (lessons, value) => {
				const drawn = drawExam(lessons, value).map((item) => questionOf(lessons, item));
				const size = drawn.length;
				const all = lessons.flatMap((lesson) => lesson.questions);
				const recallShare = all.filter((item) => !isApplied(item)).length / all.length;
				const recallRoom = Math.floor(size * Math.min(maxRecallShare, recallShare));
				const appliedInPool = all.filter((item) => isApplied(item) && !item.trivia).length;
				// A lesson with fewer than two apply or scenario questions must give recall ones.
				const forced = lessons.reduce((sum, lesson) => {
					const applied = lesson.questions.filter((item) => isApplied(item) && !item.trivia);
					return (
						sum + Math.max(0, Math.min(minPerLesson, lesson.questions.length) - applied.length)
					);
				}, 0);
				const applied = drawn.filter(isApplied).length;
				expect(applied).toBeGreaterThanOrEqual(
					Math.min(size - recallRoom, appliedInPool, size - forced)
				);
			})
		);
	});

	it('weighs apply and scenario at least as much as the pool does, when nothing is forced', () => {
		const unforced = fc
			.array(
				fc.record({
					applied: fc.integer({ min: 2, max: 8 }),
					recall: fc.integer({ min: 0, max: 10 }),
					trivia: fc.constant(0)
				}),
				{ minLength: 1, maxLength: 10 }
			)
			.map(lessonsOf);
		fc.assert(
			fc.property(unforced, seed, (lessons, value) => {
				const all = lessons.flatMap((lesson) => lesson.questions);
				const drawn = drawExam(lessons, value).map((item) => questionOf(lessons, item));
				const share = drawn.filter(isApplied).length / drawn.length;
				expect(share).toBeGreaterThanOrEqual(all.filter(isApplied).length / all.length);
				if (all.filter(isApplied).length >= drawn.length) {
					expect(share).toBeGreaterThanOrEqual(1 - maxRecallShare);
				}
			})
		);
	});

	it('draws a trivia question only when the pool has too few others', () => {
		const plenty = fc
			.array(
				fc.record({
					applied: fc.integer({ min: 0, max: 6 }),
					recall: fc.integer({ min: 0, max: 6 }),
					trivia: fc.integer({ min: 1, max: 3 })
				}),
				{ minLength: 3, maxLength: 10 }
			)
			.filter((counts) => counts.every(({ applied, recall }) => applied + recall >= 7))
			.map(lessonsOf);
		fc.assert(
			fc.property(plenty, seed, (lessons, value) => {
				const drawn = drawExam(lessons, value).map((item) => questionOf(lessons, item));
				expect(drawn.filter((item) => item.trivia)).toEqual([]);
			})
		);
		// One lesson of one ordinary question and two trivia ones: a trivia question is needed.
		const scarce = lessonsOf([{ applied: 1, recall: 0, trivia: 2 }]);
		const drawn = drawExam(scarce, 1).map((item) => questionOf(scarce, item));
		expect(drawn.filter((item) => item.trivia)).toHaveLength(2);
	});

	it('draws a different exam for another seed', () => {
		const exams = new Set(
			Array.from({ length: 50 }, (_, value) =>
				drawExam(track, value)
					.map((item) => drawKey(item.lessonId, item.questionId))
					.join()
			)
		);
		expect(exams.size).toBeGreaterThanOrEqual(48);
	});

	it('asks none of the previous attempt’s questions in a retake, when the pool has enough', () => {
		// Each tier of each lesson has more than twice what one draw can take from it.
		const big = fc
			.array(
				fc.record({
					applied: fc.integer({ min: 30, max: 34 }),
					recall: fc.integer({ min: 14, max: 16 }),
					trivia: fc.integer({ min: 0, max: 2 })
				}),
				{ minLength: 1, maxLength: 10 }
			)
			.map(lessonsOf);
		fc.assert(
			fc.property(big, seed, seed, (lessons, first, second) => {
				const previous = drawExam(lessons, first).map((item) =>
					drawKey(item.lessonId, item.questionId)
				);
				const retake = drawExam(lessons, second, { avoid: previous });
				expect(retake).toHaveLength(previous.length);
				for (const item of retake) {
					expect(previous).not.toContain(drawKey(item.lessonId, item.questionId));
				}
			})
		);
	});

	it('asks the previous questions again in a retake only when nothing else is left', () => {
		const small = lessonsOf([{ applied: 12, recall: 0, trivia: 0 }]);
		const keysOf = (drawn: DrawnQuestion[]) =>
			drawn.map((item) => drawKey(item.lessonId, item.questionId));
		const previous = keysOf(drawExam(small, 1, { size: 8 }));
		const retake = keysOf(drawExam(small, 2, { size: 8, avoid: previous }));
		// 12 questions, 8 asked before: the 4 others, then 4 of the previous ones.
		expect(retake.filter((key) => !previous.includes(key))).toHaveLength(4);
		expect(retake).toHaveLength(8);
	});

	it('keeps the draw of a lesson when another lesson’s quiz is edited', () => {
		const edited = track.map((lesson, index) =>
			index === 0 ? { ...lesson, questions: lesson.questions.slice(1) } : lesson
		);
		const ofLesson = (drawn: DrawnQuestion[], lessonId: string) =>
			drawn.filter((item) => item.lessonId === lessonId).map((item) => item.questionId);
		// Lessons with the same number of questions drawn keep the same questions.
		const before = drawExam(track, 7);
		const after = drawExam(edited, 7);
		const same = track
			.slice(1)
			.filter(
				(lesson) =>
					ofLesson(before, lesson.lessonId).length === ofLesson(after, lesson.lessonId).length
			);
		expect(same.length).toBeGreaterThan(0);
		for (const lesson of same) {
			expect(ofLesson(after, lesson.lessonId)).toEqual(ofLesson(before, lesson.lessonId));
		}
	});
});

describe('the exam draw on the course’s own tracks and quizzes', () => {
	const folders = readdirSync('lessons').filter((name) => /^\d+-/.test(name));
	const poolOf = (lessonId: string): PoolLesson => {
		const folder = folders.find((name) => name.replace(/^\d+-/, '') === lessonId)!;
		const quiz = parse(readFileSync(join('lessons', folder, 'quiz.yaml'), 'utf8')) as {
			questions: PoolQuestion[];
		};
		return {
			lessonId,
			questions: quiz.questions.map(({ id, kind, trivia }) => ({ id, kind, trivia }))
		};
	};
	const tracks = parse(readFileSync('lessons/tracks.yaml', 'utf8')) as {
		id: string;
		lessons: string[];
	}[];
	const seeds = [0, 1, 2, 0x7fffffff, 0xffffffff, 20261202];

	for (const track of tracks) {
		const lessons = track.lessons.map(poolOf);
		const all = lessons.flatMap((lesson) => lesson.questions);
		const keysOf = (drawn: DrawnQuestion[]) =>
			drawn.map((item) => drawKey(item.lessonId, item.questionId));

		it(`${track.id}: at least two questions per lesson, mostly apply and scenario`, () => {
			for (const seed of seeds) {
				const drawn = drawExam(lessons, seed);
				expect(drawn.length).toBe(Math.max(examSize, minPerLesson * lessons.length));
				for (const lesson of lessons) {
					const count = drawn.filter((item) => item.lessonId === lesson.lessonId).length;
					expect(count, lesson.lessonId).toBeGreaterThanOrEqual(minPerLesson);
				}
				const applied = drawn.filter((item) => isApplied(questionOf(lessons, item))).length;
				expect(applied / drawn.length).toBeGreaterThanOrEqual(1 - maxRecallShare);
				expect(applied / drawn.length).toBeGreaterThan(all.filter(isApplied).length / all.length);
				expect(drawn.filter((item) => questionOf(lessons, item).trivia)).toEqual([]);
			}
		});

		it(`${track.id}: the same draw for a stored seed, and a retake asks other questions`, () => {
			for (const seed of seeds) {
				const first = drawExam(lessons, seed);
				// What a reload or the other language draws from the stored seed.
				expect(drawExam(structuredClone(lessons), seed)).toEqual(first);
				const retake = keysOf(drawExam(lessons, seed + 1, { avoid: keysOf(first) }));
				expect(retake).toHaveLength(first.length);
				expect(retake.filter((key) => keysOf(first).includes(key))).toEqual([]);
			}
		});
	}
});
