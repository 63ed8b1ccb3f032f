import type { ReviewCard } from '$lib/progress/records';
import { cardKey } from './key';

/** The course's questions, lesson by lesson in course order: what a card may still ask. */
export type CourseQuestions = readonly { lessonId: string; questionIds: readonly string[] }[];

export interface DayOptions {
	/**
	 * The learner's time zone, as `Date.prototype.getTimezoneOffset` gives it (minutes behind
	 * UTC): a card is due "today" until the learner's midnight. The device's, by default.
	 */
	timeZoneOffsetMinutes?: number;
}

const dayMs = 86_400_000;

/** The first instant of the learner's next day. */
export function endOfDay(now: Date, options: DayOptions = {}): number {
	const offsetMs = (options.timeZoneOffsetMinutes ?? now.getTimezoneOffset()) * 60_000;
	const local = now.getTime() - offsetMs;
	return local - (((local % dayMs) + dayMs) % dayMs) + dayMs + offsetMs;
}

interface Placed {
	card: ReviewCard;
	due: number;
	lesson: number;
	question: number;
}

/**
 * The cards whose question is still in the course, with where that question stands. A card whose
 * question (or lesson) was removed is retired: left in storage, never asked. If the question
 * comes back under its id, so does its history.
 */
function placeInCourse(cards: Iterable<ReviewCard>, course: CourseQuestions): Placed[] {
	const lessons = new Map<string, { lesson: number; questions: Map<string, number> }>();
	course.forEach(({ lessonId, questionIds }, lesson) => {
		lessons.set(lessonId, {
			lesson,
			questions: new Map(questionIds.map((questionId, index) => [questionId, index]))
		});
	});
	const placed: Placed[] = [];
	const seen = new Set<string>();
	for (const card of cards) {
		const lesson = lessons.get(card.lessonId);
		const question = lesson?.questions.get(card.questionId);
		if (lesson === undefined || question === undefined) continue;
		const key = cardKey(card);
		if (seen.has(key)) continue;
		seen.add(key);
		placed.push({ card, due: Date.parse(card.due), lesson: lesson.lesson, question });
	}
	return placed;
}

/**
 * The cards due today, across lessons. Within a lesson the most overdue come first (then in the
 * quiz's order); lessons are interleaved evenly, each lesson's cards spread over the whole queue,
 * so that no lesson comes as one block. The order depends only on the cards and the course, not
 * on the order the cards are given in. Ratings on the review page never make a card due again the
 * same day (Again is one day), so the page can take the queue once and walk it.
 */
export function dueQueue(
	cards: Iterable<ReviewCard>,
	now: Date,
	course: CourseQuestions,
	options: DayOptions = {}
): ReviewCard[] {
	const until = endOfDay(now, options);
	const byLesson = new Map<number, Placed[]>();
	for (const item of placeInCourse(cards, course)) {
		if (item.due >= until) continue;
		const list = byLesson.get(item.lesson);
		if (list) list.push(item);
		else byLesson.set(item.lesson, [item]);
	}
	const slotted: { card: ReviewCard; slot: number; lesson: number }[] = [];
	for (const [lesson, list] of byLesson) {
		list.sort((a, b) => a.due - b.due || a.question - b.question);
		// The k-th of n cards takes the middle of the k-th n-th of the queue.
		list.forEach(({ card }, index) =>
			slotted.push({ card, slot: (index + 0.5) / list.length, lesson })
		);
	}
	slotted.sort((a, b) => a.slot - b.slot || a.lesson - b.lesson);
	return slotted.map(({ card }) => card);
}

/** For the home: "n due today, next at …". `next` is the first due time after today. */
export function nextDue(
	cards: Iterable<ReviewCard>,
	now: Date,
	course: CourseQuestions,
	options: DayOptions = {}
): { dueToday: number; next?: string } {
	const until = endOfDay(now, options);
	let dueToday = 0;
	let next: Placed | undefined;
	for (const item of placeInCourse(cards, course)) {
		if (item.due < until) dueToday++;
		else if (!next || item.due < next.due) next = item;
	}
	return next ? { dueToday, next: next.card.due } : { dueToday };
}
