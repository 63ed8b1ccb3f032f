import { shuffled } from '../../random';
import type { QuestionPlugin } from '../../registry';
import type { MultipleChoiceQuestion } from './schema';
import MultipleChoice from './MultipleChoice.svelte';

declare module '../../registry' {
	interface QuestionTypeMap {
		multiple: { question: MultipleChoiceQuestion; response: string[] };
	}
}

const multiple: QuestionPlugin<'multiple'> = {
	type: 'multiple',
	grade(question, response) {
		const chosen = new Set(response);
		const right = new Set(question.answer);
		const judgedRight = question.options.filter(
			(option) => chosen.has(option.id) === right.has(option.id)
		).length;
		const correct = judgedRight === question.options.length;
		const score =
			question.scoring === 'partial' ? judgedRight / question.options.length : correct ? 1 : 0;
		return { score, correct };
	},
	isAnswered(question, response) {
		return response !== undefined && response.length > 0;
	},
	parseResponse(question, value) {
		if (!Array.isArray(value)) return undefined;
		const ids = new Set(question.options.map((option) => option.id));
		const chosen = value.filter(
			(item): item is string => typeof item === 'string' && ids.has(item)
		);
		return [...new Set(chosen)];
	},
	arrange(question, random) {
		return question.shuffle
			? { ...question, options: shuffled(question.options, random) }
			: question;
	},
	View: MultipleChoice
};

export default multiple;
