import { shuffled } from '../../random';
import type { QuestionPlugin } from '../../registry';
import type { MatchingQuestion } from './schema';

declare module '../../registry' {
	interface QuestionTypeMap {
		/** Item id → the choice id the learner matched it with. */
		matching: { question: MatchingQuestion; response: Record<string, string> };
	}
}

const matching: QuestionPlugin<'matching'> = {
	type: 'matching',
	grade(question, response) {
		const right = question.items.filter((item) => response[item.id] === item.answer).length;
		const correct = right === question.items.length;
		const score = question.scoring === 'partial' ? right / question.items.length : correct ? 1 : 0;
		return { score, correct };
	},
	isAnswered(question, response) {
		return (
			response !== undefined && question.items.every((item) => response[item.id] !== undefined)
		);
	},
	parseResponse(question, value) {
		if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
		const choices = new Set(question.choices.map((choice) => choice.id));
		const stored = value as Record<string, unknown>;
		const response: Record<string, string> = {};
		for (const item of question.items) {
			const chosen = Object.hasOwn(stored, item.id) ? stored[item.id] : undefined;
			if (typeof chosen === 'string' && choices.has(chosen)) response[item.id] = chosen;
		}
		return response;
	},
	arrange(question, random) {
		if (!question.shuffle) return question;
		return {
			...question,
			items: shuffled(question.items, random),
			choices: shuffled(question.choices, random)
		};
	},
	view: () => import('./Matching.svelte')
};

export default matching;
