import { fsrs, generatorParameters, Rating, State, type Card } from 'ts-fsrs';

import { maximumIntervalDays, type ReviewCard, type ReviewState } from '$lib/progress/records';

/**
 * Spaced review: every question a learner has checked becomes a review card, scheduled by FSRS
 * (ts-fsrs). The card itself, and what makes one valid, is defined with the other progress
 * records (records.ts), which the home reads without loading the scheduler.
 */
export {
	longestInterval,
	maximumIntervalDays,
	maxReps,
	parseReviewCard,
	type ReviewCard,
	type ReviewState
} from '$lib/progress/records';

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
