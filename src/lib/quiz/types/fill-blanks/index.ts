import type { QuestionPlugin } from '../../registry';
import type { FillBlanksQuestion } from './schema';
import { maxBlankLength, normalizeBlank } from './template';

declare module '../../registry' {
	interface QuestionTypeMap {
		/** Blank id → what the learner typed or chose; a blank left empty has no entry. */
		'fill-blanks': { question: FillBlanksQuestion; response: Record<string, string> };
	}
}

type Blank = FillBlanksQuestion['blanks'][number];

export function isBlankRight(blank: Blank, given: string | undefined): boolean {
	if (given === undefined) return false;
	if (blank.choices) return given === blank.answer;
	const typed = normalizeBlank(given);
	return (blank.accept ?? []).some((answer) => normalizeBlank(answer) === typed);
}

const fillBlanks: QuestionPlugin<'fill-blanks'> = {
	type: 'fill-blanks',
	grade(question, response) {
		const right = question.blanks.filter((blank) => isBlankRight(blank, response[blank.id])).length;
		const correct = right === question.blanks.length;
		const score = question.scoring === 'partial' ? right / question.blanks.length : correct ? 1 : 0;
		return { score, correct };
	},
	isAnswered(question, response) {
		return (
			response !== undefined &&
			question.blanks.every((blank) => normalizeBlank(response[blank.id] ?? '') !== '')
		);
	},
	parseResponse(question, value) {
		if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
		const blanks = new Map(question.blanks.map((blank) => [blank.id, blank]));
		const response: Record<string, string> = {};
		for (const [blankId, given] of Object.entries(value as Record<string, unknown>)) {
			const blank = blanks.get(blankId);
			if (!blank || typeof given !== 'string' || given.length > maxBlankLength) return undefined;
			if (blank.choices && !blank.choices.includes(given)) return undefined;
			response[blankId] = given;
		}
		return response;
	},
	view: () => import('./FillBlanks.svelte')
};

export default fillBlanks;
