import { fsrs, generatorParameters, Rating, S_MAX, S_MIN, State, type Card } from 'ts-fsrs';
import { isId } from '$lib/progress/records';

/**
 * Spaced review: every question a learner has checked becomes a review card, scheduled by FSRS
 * (ts-fsrs). A card is plain JSON (times as ISO strings) so that it can be stored in IndexedDB
 * and exported as it is. It is keyed by the stable lesson and question ids, never by the
 * question's text: a question edited under the same id keeps its history.
 */
export interface ReviewCard {
	lessonId: string;
	questionId: string;
	/** When the card is due next. */
	due: string;
	lastReview: string;
	state: ReviewState;
	/** FSRS memory state: days until recall probability falls to 90 %, and difficulty 1 to 10. */
	stability: number;
	difficulty: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
}

/** A card exists only once it has been rated, so it is never "new". */
export type ReviewState = 'learning' | 'review' | 'relearning';

/**
 * The ratings a checked answer can give. Easy is never used: a quiz answer shows whether the
 * learner recalled, not how easily (FSRS works well with Again and Good alone).
 */
export type ReviewRating = 'again' | 'hard' | 'good';

/**
 * The share of a question's point from which a partly right answer still counts as recalled: the
 * quiz pass mark. Such an answer rates Hard (FSRS's "recalled, with serious difficulty": a
 * success, with a shorter next interval than Good); less is a lapse and rates Again.
 */
export const recalledShare = 0.8;

/** The longest any card waits: content changes within a year, and so may the learner's job. */
export const maximumIntervalDays = 365;

/**
 * Long-term scheduling only (no learning steps of minutes): a question is checked in a quiz,
 * and asking it again ten minutes later, on the review page, would teach nothing. Again gives
 * one day, Good a few. Fuzz spreads the cards of one quiz over nearby days; ts-fsrs seeds it from
 * the review time and the card, so `schedule` stays a pure function.
 */
const scheduler = fsrs(
	generatorParameters({
		enable_short_term: false,
		enable_fuzz: true,
		maximum_interval: maximumIntervalDays
	})
);

const ratings = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good } as const;

const states: Record<ReviewState, State> = {
	learning: State.Learning,
	review: State.Review,
	relearning: State.Relearning
};

/** How a graded answer rates: right is Good, partly right Hard or Again (see `recalledShare`). */
export function ratingFor(grade: { score: number; correct: boolean }): ReviewRating {
	if (grade.correct) return 'good';
	return grade.score >= recalledShare ? 'hard' : 'again';
}

export { cardKey } from './key';

function toFsrs(card: ReviewCard): Card {
	return {
		due: new Date(card.due),
		stability: card.stability,
		difficulty: card.difficulty,
		// Deprecated in ts-fsrs 5 and recomputed from last_review on every rating.
		elapsed_days: 0,
		scheduled_days: card.scheduledDays,
		learning_steps: card.learningSteps,
		reps: card.reps,
		lapses: card.lapses,
		state: states[card.state],
		last_review: new Date(card.lastReview)
	};
}

function fromFsrs(ids: { lessonId: string; questionId: string }, card: Card): ReviewCard {
	const state = (Object.keys(states) as ReviewState[]).find((name) => states[name] === card.state);
	if (!state || !card.last_review)
		throw new Error(`ts-fsrs returned a card in state ${card.state}`);
	return {
		lessonId: ids.lessonId,
		questionId: ids.questionId,
		due: card.due.toISOString(),
		lastReview: card.last_review.toISOString(),
		state,
		stability: card.stability,
		difficulty: card.difficulty,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses
	};
}

/** The card after one more rating at `now`. */
export function schedule(card: ReviewCard, rating: ReviewRating, now: Date): ReviewCard {
	return fromFsrs(card, scheduler.next(toFsrs(card), now, ratings[rating]).card);
}

/** The first card of a question, from its first checked answer. */
export function firstCard(
	ids: { lessonId: string; questionId: string },
	rating: ReviewRating,
	now: Date
): ReviewCard {
	const empty: Card = {
		due: now,
		stability: 0,
		difficulty: 0,
		elapsed_days: 0,
		scheduled_days: 0,
		learning_steps: 0,
		reps: 0,
		lapses: 0,
		state: State.New
	};
	return fromFsrs(ids, scheduler.next(empty, now, ratings[rating]).card);
}

/**
 * Every checked answer is a rating: the first makes the card, later ones (a retaken quiz, the
 * review page) schedule it further.
 */
export function rateAnswer(
	card: ReviewCard | undefined,
	ids: { lessonId: string; questionId: string },
	grade: { score: number; correct: boolean },
	now: Date
): ReviewCard {
	const rating = ratingFor(grade);
	return card ? schedule(card, rating, now) : firstCard(ids, rating, now);
}

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
/** ISO 8601 as toISOString() writes it, as in the progress records. */
const isoPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})$/;
const isTime = (value: unknown): value is string =>
	typeof value === 'string' && isoPattern.test(value) && !Number.isNaN(Date.parse(value));
const isCount = (value: unknown, max: number): value is number =>
	Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= max;
const isBetween = (value: unknown, min: number, max: number): value is number =>
	typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
const isState = (value: unknown): value is ReviewState =>
	typeof value === 'string' && Object.hasOwn(states, value);

/**
 * ts-fsrs keeps Hard, Good and Easy at least a day apart even at the maximum interval, so Good can
 * be one day beyond it and Easy two.
 */
export const longestInterval = maximumIntervalDays + 2;

/** More ratings than a learner could give one question in a lifetime of daily reviews. */
export const maxReps = 100_000;

/**
 * A card read back from storage or a file, which are untrusted: `undefined` unless every field
 * has its type and range and the fields agree with each other. Unknown fields are dropped.
 */
export function parseReviewCard(value: unknown): ReviewCard | undefined {
	if (!isObject(value)) return undefined;
	const raw = value;
	if (
		!isId(raw.lessonId) ||
		!isId(raw.questionId) ||
		!isTime(raw.due) ||
		!isTime(raw.lastReview) ||
		!isState(raw.state) ||
		!isBetween(raw.stability, S_MIN, S_MAX) ||
		!isBetween(raw.difficulty, 1, 10) ||
		!isCount(raw.scheduledDays, longestInterval) ||
		!isCount(raw.learningSteps, 100) ||
		!isCount(raw.reps, maxReps) ||
		!isCount(raw.lapses, maxReps) ||
		// A card is made by its first rating, and every lapse is a rating.
		raw.reps < 1 ||
		raw.lapses >= raw.reps
	) {
		return undefined;
	}
	return {
		lessonId: raw.lessonId,
		questionId: raw.questionId,
		due: raw.due,
		lastReview: raw.lastReview,
		state: raw.state,
		stability: raw.stability,
		difficulty: raw.difficulty,
		scheduledDays: raw.scheduledDays,
		learningSteps: raw.learningSteps,
		reps: raw.reps,
		lapses: raw.lapses
	};
}
