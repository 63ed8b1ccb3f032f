import { maxAnswerText } from '$lib/progress/records';
import type { QuestionPlugin } from '../../registry';
import { normalizeAnswer } from './normalize';
import type { ShortAnswerQuestion } from './schema';

declare module '../../registry' {
	interface QuestionTypeMap {
		'short-answer': { question: ShortAnswerQuestion; response: string };
	}
}

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
		// The same cap as a stored answer (and the input's maxlength): longer is not an answer.
		return typeof value === 'string' && value.length <= maxAnswerText ? value : undefined;
	},
	view: () => import('./ShortAnswer.svelte')
};

export default shortAnswer;
