// Apart from card.ts, so that the home's count of due cards does not load the scheduler.

/** The key of a card among the learner's cards: question ids are unique within a lesson only. */
export function cardKey(card: { lessonId: string; questionId: string }): string {
	return `${card.lessonId}:${card.questionId}`;
}
