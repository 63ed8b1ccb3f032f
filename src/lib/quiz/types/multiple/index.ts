import { gradeSelection } from '../../grading';
import { shuffled } from '../../random';
import type { QuestionPlugin } from '../../registry';
import type { MultipleChoiceQuestion } from './schema';

declare module '../../registry' {
	interface QuestionTypeMap {
		multiple: { question: MultipleChoiceQuestion; response: string[] };
	}
}

const multiple: QuestionPlugin<'multiple'> = {
	type: 'multiple',
	grade(question, response) {
		return gradeSelection(
			question.options.map((option) => option.id),
			new Set(response),
			new Set(question.answer),
			question.scoring
		);
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
	view: () => import('./MultipleChoice.svelte')
};

export default multiple;
