import fc from 'fast-check';
import { S_MAX, S_MIN } from 'ts-fsrs';
import { stabilityRange } from '../src/lib/progress/records';
import { describe, expect, it } from 'vitest';
import {
	cardKey,
	firstCard,
	longestInterval,
	maximumIntervalDays,
	parseReviewCard,
	rateAnswer,
	ratingFor,
	schedule,
	type ReviewCard,
	type ReviewRating
} from '../src/lib/review/card';
import { dueQueue, endOfDay, nextDue, type CourseQuestions } from '../src/lib/review/queue';

const day = 86_400_000;
const start = new Date('2026-12-02T09:00:00Z');
const at = (days: number, from = start) => new Date(from.getTime() + days * day);
const utc = { timeZoneOffsetMinutes: 0 };

const course: CourseQuestions = [
	{ lessonId: 'containers', questionIds: ['c1', 'c2', 'c3', 'c4'] },
	{ lessonId: 'kubernetes', questionIds: ['k1', 'k2'] },
	{ lessonId: 'cncf', questionIds: ['n1', 'n2', 'n3'] }
];

/** A card of `questionId` due at `due`, as if rated Good some days before. */
function cardDue(lessonId: string, questionId: string, due: Date): ReviewCard {
	return { ...firstCard({ lessonId, questionId }, 'good', at(-3, due)), due: due.toISOString() };
}

const rating = fc.constantFrom<ReviewRating>('again', 'hard', 'good');

describe('the card record', () => {
	it('bounds stability as ts-fsrs does: the parser (loaded without the scheduler) keeps its own copy', () => {
		expect(stabilityRange).toEqual({ min: S_MIN, max: S_MAX });
	});
});

describe('the rating of a checked answer', () => {
	it('is Good when right and Again when wrong', () => {
		expect(ratingFor({ score: 1, correct: true })).toBe('good');
		expect(ratingFor({ score: 0, correct: false })).toBe('again');
	});

	it('is Hard for partial credit from the pass mark, Again below it', () => {
		expect(ratingFor({ score: 0.8, correct: false })).toBe('hard');
		expect(ratingFor({ score: 0.95, correct: false })).toBe('hard');
		expect(ratingFor({ score: 0.79, correct: false })).toBe('again');
		expect(ratingFor({ score: 0.5, correct: false })).toBe('again');
	});
});

describe('scheduling', () => {
	const ids = { lessonId: 'containers', questionId: 'c1' };

	it('brings a wrong answer back the next day and a right one later', () => {
		const wrong = firstCard(ids, 'again', start);
		const right = firstCard(ids, 'good', start);
		expect(wrong.due).toBe(at(1).toISOString());
		expect(Date.parse(right.due)).toBeGreaterThanOrEqual(at(2).getTime());
		expect(right.lastReview).toBe(start.toISOString());
		expect(right.reps).toBe(1);
	});

	it('lengthens the interval after each Good and shortens it after a lapse', () => {
		let card = firstCard(ids, 'good', start);
		const intervals: number[] = [];
		for (let i = 0; i < 4; i++) {
			const now = new Date(card.due);
			card = schedule(card, 'good', now);
			intervals.push(Date.parse(card.due) - now.getTime());
		}
		expect(intervals).toEqual([...intervals].sort((a, b) => a - b));
		expect(new Set(intervals).size).toBe(intervals.length);
		const lapsed = schedule(card, 'again', new Date(card.due));
		expect(lapsed.lapses).toBe(1);
		expect(Date.parse(lapsed.due) - Date.parse(card.due)).toBeLessThan(intervals.at(-1)! / 2);
	});

	it('waits at most about the maximum interval, and such a card is still read back', () => {
		let card = firstCard(ids, 'good', start);
		for (let i = 0; i < 20; i++) card = schedule(card, 'good', at(30, new Date(card.due)));
		expect(card.scheduledDays).toBeGreaterThan(maximumIntervalDays * 0.9);
		expect(card.scheduledDays).toBeLessThanOrEqual(maximumIntervalDays + 1);
		expect(parseReviewCard(JSON.parse(JSON.stringify(card)))).toEqual(card);
	});

	it('gives Hard a shorter interval than Good', () => {
		const card = firstCard(ids, 'good', start);
		const now = new Date(card.due);
		expect(Date.parse(schedule(card, 'hard', now).due)).toBeLessThan(
			Date.parse(schedule(card, 'good', now).due)
		);
	});

	it('makes the first card from a graded answer and schedules an existing one', () => {
		const first = rateAnswer(undefined, ids, { score: 0, correct: false }, start);
		expect(first).toEqual(firstCard(ids, 'again', start));
		const later = rateAnswer(first, ids, { score: 1, correct: true }, at(1));
		expect(later).toEqual(schedule(first, 'good', at(1)));
		expect(later.reps).toBe(2);
	});

	it('is pure: the same card, rating and time give the same card', () => {
		fc.assert(
			fc.property(fc.array(rating, { minLength: 1, maxLength: 12 }), (ratings) => {
				const run = () => {
					let card = firstCard(ids, ratings[0]!, start);
					for (const next of ratings.slice(1)) card = schedule(card, next, new Date(card.due));
					return card;
				};
				expect(run()).toEqual(run());
			})
		);
	});

	it('keeps every card it makes storable: JSON and back through the parser unchanged', () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ rating, lateDays: fc.nat(40) }), { minLength: 1, maxLength: 30 }),
				(steps) => {
					let card = firstCard(ids, steps[0]!.rating, start);
					for (const step of steps.slice(1)) {
						card = schedule(card, step.rating, at(step.lateDays, new Date(card.due)));
						expect(parseReviewCard(JSON.parse(JSON.stringify(card)))).toEqual(card);
						expect(card.scheduledDays).toBeLessThanOrEqual(maximumIntervalDays + 1);
						expect(Date.parse(card.due)).toBeGreaterThan(Date.parse(card.lastReview));
					}
				}
			)
		);
	});
});

describe('a stored card', () => {
	const good = firstCard({ lessonId: 'containers', questionId: 'c1' }, 'good', start);

	it('is read back as it was stored, without unknown fields', () => {
		expect(parseReviewCard({ ...good, extra: 'x' })).toEqual(good);
	});

	it.each([
		['not an object', null],
		['a list', [good]],
		['a bad lesson id', { ...good, lessonId: 'Containers!' }],
		['a missing question id', { ...good, questionId: undefined }],
		['an overlong id', { ...good, questionId: 'a'.repeat(201) }],
		['a due time that is not ISO', { ...good, due: 'tomorrow 9:00' }],
		['a due time as a number', { ...good, due: Date.parse(good.due) }],
		['no last review', { ...good, lastReview: undefined }],
		['an unknown state', { ...good, state: 'new' }],
		['a state from the prototype', { ...good, state: 'toString' }],
		['a stability of zero', { ...good, stability: 0 }],
		['an infinite stability', { ...good, stability: Infinity }],
		['a difficulty above 10', { ...good, difficulty: 11 }],
		['a difficulty as text', { ...good, difficulty: '5' }],
		['scheduled days beyond the maximum interval', { ...good, scheduledDays: longestInterval + 1 }],
		['a fractional count of ratings', { ...good, reps: 1.5 }],
		['no rating at all', { ...good, reps: 0 }],
		['more ratings than a lifetime has', { ...good, reps: 1e9 }],
		['as many lapses as ratings', { ...good, reps: 2, lapses: 2 }],
		['negative lapses', { ...good, lapses: -1 }]
	])('is refused with %s', (_, value) => {
		expect(parseReviewCard(value)).toBeUndefined();
	});
});

describe("today's queue", () => {
	const now = new Date('2026-12-10T08:00:00Z');

	it('holds the cards due by the end of the learner’s day, not those due later', () => {
		const cards = [
			cardDue('containers', 'c1', at(-2, now)),
			cardDue('containers', 'c2', new Date('2026-12-10T23:59:00Z')),
			cardDue('containers', 'c3', new Date('2026-12-11T00:00:00Z')),
			cardDue('kubernetes', 'k1', at(5, now))
		];
		expect(dueQueue(cards, now, course, utc).map(cardKey)).toEqual([
			'containers:c1',
			'containers:c2'
		]);
	});

	it("ends the day at the learner's midnight, in their time zone", () => {
		// 2026-12-10T08:00Z is 16:00 in Beijing (UTC+8, offset -480): the day ends at 16:00Z.
		expect(endOfDay(now, { timeZoneOffsetMinutes: -480 })).toBe(Date.parse('2026-12-10T16:00Z'));
		expect(endOfDay(now, { timeZoneOffsetMinutes: 300 })).toBe(Date.parse('2026-12-11T05:00Z'));
		expect(endOfDay(now, utc)).toBe(Date.parse('2026-12-11T00:00Z'));
		const card = cardDue('containers', 'c1', new Date('2026-12-10T17:00:00Z'));
		expect(dueQueue([card], now, course, { timeZoneOffsetMinutes: -480 })).toEqual([]);
		expect(dueQueue([card], now, course, utc)).toEqual([card]);
	});

	it('retires the card of a removed question or lesson and keeps a changed one', () => {
		const kept = cardDue('containers', 'c1', now);
		const removed = cardDue('containers', 'gone', now);
		const removedLesson = cardDue('old-lesson', 'c1', now);
		expect(dueQueue([kept, removed, removedLesson], now, course, utc)).toEqual([kept]);
		// A question edited under the same id keeps its card and its history.
		const edited: CourseQuestions = [{ lessonId: 'containers', questionIds: ['c0', 'c1'] }];
		expect(dueQueue([kept], now, edited, utc)).toEqual([kept]);
	});

	it('keeps a retired card as it was: its question, back under its id, goes on from its history', () => {
		// Three reviews, one lapse, then the question is removed from the quiz.
		let card = firstCard({ lessonId: 'containers', questionId: 'c2' }, 'good', at(-40, now));
		for (const next of ['again', 'good'] as const) card = schedule(card, next, new Date(card.due));
		expect([card.reps, card.lapses]).toEqual([3, 1]);
		const without: CourseQuestions = [{ lessonId: 'containers', questionIds: ['c1', 'c3'] }];
		const later = at(60, now);
		expect(dueQueue([card], later, without, utc)).toEqual([]);
		expect(nextDue([card], later, without, utc)).toEqual({ dueToday: 0 });
		// Rewritten and put back under the same id: the same card, rated on from where it was.
		expect(dueQueue([card], later, course, utc)).toEqual([card]);
		const rated = rateAnswer(card, card, { score: 1, correct: true }, later);
		expect(rated).toEqual(schedule(card, 'good', later));
		expect([rated.reps, rated.lapses]).toEqual([4, 1]);
	});

	it('interleaves lessons instead of asking one lesson as a block', () => {
		const cards = [
			...['c1', 'c2', 'c3'].map((id) => cardDue('containers', id, now)),
			...['k1', 'k2'].map((id) => cardDue('kubernetes', id, now)),
			...['n1', 'n2', 'n3'].map((id) => cardDue('cncf', id, now))
		];
		const lessons = dueQueue(cards, now, course, utc).map((card) => card.lessonId);
		expect(lessons).toHaveLength(8);
		for (let i = 1; i < lessons.length; i++) expect(lessons[i]).not.toBe(lessons[i - 1]);
	});

	it('puts the most overdue card of a lesson first', () => {
		const cards = [
			cardDue('containers', 'c1', at(-1, now)),
			cardDue('containers', 'c2', at(-4, now)),
			cardDue('containers', 'c3', at(-1, now))
		];
		expect(dueQueue(cards, now, course, utc).map((card) => card.questionId)).toEqual([
			'c2',
			'c1',
			'c3'
		]);
	});

	const anyCards = fc
		.uniqueArray(
			fc.record({
				question: fc.constantFrom(
					...course.flatMap((lesson) => lesson.questionIds.map((id) => [lesson.lessonId, id]))
				),
				dueInHours: fc.integer({ min: -24 * 30, max: 24 * 30 })
			}),
			{ selector: (item) => item.question.join(':'), maxLength: 9 }
		)
		.map((items) =>
			items.map(({ question: [lessonId, questionId], dueInHours }) =>
				cardDue(lessonId!, questionId!, new Date(now.getTime() + dueInHours * 3_600_000))
			)
		);

	it('is the due cards, each once, in an order that does not depend on the input order', () => {
		fc.assert(
			fc.property(anyCards, fc.infiniteStream(fc.nat()), (cards, randoms) => {
				const queue = dueQueue(cards, now, course, utc);
				const due = cards.filter((card) => Date.parse(card.due) < endOfDay(now, utc));
				expect(queue.map(cardKey).sort()).toEqual(due.map(cardKey).sort());
				const reordered = [...cards].sort(() => (randoms.next().value % 3) - 1);
				expect(dueQueue(reordered, now, course, utc)).toEqual(queue);
			})
		);
	});

	it('never puts two cards of a lesson together when every lesson has as many', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 2 }), (perLesson) => {
				const cards = course.flatMap((lesson) =>
					lesson.questionIds.slice(0, perLesson).map((id) => cardDue(lesson.lessonId, id, now))
				);
				const lessons = dueQueue(cards, now, course, utc).map((card) => card.lessonId);
				for (let i = 1; i < lessons.length; i++) expect(lessons[i]).not.toBe(lessons[i - 1]);
			})
		);
	});
});

describe('the next due cards, for the home', () => {
	const now = new Date('2026-12-10T08:00:00Z');

	it("counts today's cards and gives the first due time after today", () => {
		const cards = [
			cardDue('containers', 'c1', at(-1, now)),
			cardDue('kubernetes', 'k1', new Date('2026-12-10T20:00:00Z')),
			cardDue('cncf', 'n1', at(6, now)),
			cardDue('cncf', 'n2', at(3, now)),
			// Retired: neither counted nor next.
			cardDue('cncf', 'gone', at(1, now))
		];
		expect(nextDue(cards, now, course, utc)).toEqual({
			dueToday: 2,
			next: at(3, now).toISOString()
		});
	});

	it('has no next time without cards after today', () => {
		expect(nextDue([], now, course, utc)).toEqual({ dueToday: 0 });
		const today = cardDue('containers', 'c1', now);
		expect(nextDue([today], now, course, utc)).toEqual({ dueToday: 1 });
	});
});
