import type { QuestionPlugin } from '../../registry';
import type { TrueFalseQuestion } from './schema';

declare module '../../registry' {
	interface QuestionTypeMap {
		'true-false': { question: TrueFalseQuestion; response: boolean };
	}
}

const trueFalse: QuestionPlugin<'true-false'> = {
	type: 'true-false',
	grade(question, response) {
		const correct = response === question.answer;
		return { score: correct ? 1 : 0, correct };
	},
	isAnswered(_question, response) {
		return typeof response === 'boolean';
	},
	parseResponse(_question, value) {
		return typeof value === 'boolean' ? value : undefined;
	},
	view: () => import('./TrueFalse.svelte')
};

export default trueFalse;
