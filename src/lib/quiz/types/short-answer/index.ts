import type { QuestionPlugin } from '../../registry';
import { normalizeAnswer } from './normalize';
import type { ShortAnswerQuestion } from './schema';
import ShortAnswer from './ShortAnswer.svelte';

declare module '../../registry' {
	interface QuestionTypeMap {
		'short-answer': { question: ShortAnswerQuestion; response: string };
	}
}

const maxLength = 200;

const shortAnswer: QuestionPlugin<'short-answer'> = {
	type: 'short-answer',
	grade(question, response) {
		const given = normalizeAnswer(response);
		const correct = [...question.accepted.zh, ...question.accepted.en].some(
			(answer) => normalizeAnswer(answer) === given
		);
		return { score: correct ? 1 : 0, correct };
	},
	isAnswered(_question, response) {
		return response !== undefined && normalizeAnswer(response) !== '';
	},
	parseResponse(_question, value) {
		return typeof value === 'string' ? value.slice(0, maxLength) : undefined;
	},
	View: ShortAnswer
};

export default shortAnswer;
