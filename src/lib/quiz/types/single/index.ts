import { shuffled } from '../../random';
import type { QuestionPlugin } from '../../registry';
import type { SingleChoiceQuestion } from './schema';

declare module '../../registry' {
	interface QuestionTypeMap {
		single: { question: SingleChoiceQuestion; response: string };
	}
}

const single: QuestionPlugin<'single'> = {
	type: 'single',
	grade(question, response) {
		const correct = response === question.answer;
		return { score: correct ? 1 : 0, correct };
	},
	isAnswered(question, response) {
		return response !== undefined && question.options.some((option) => option.id === response);
	},
	parseResponse(question, value) {
		return typeof value === 'string' && question.options.some((option) => option.id === value)
			? value
			: undefined;
	},
	arrange(question, random) {
		return question.shuffle
			? { ...question, options: shuffled(question.options, random) }
			: question;
	},
	view: () => import('./SingleChoice.svelte')
};

export default single;
