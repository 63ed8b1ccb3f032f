import { gradeSelection } from '../../grading';
import type { QuestionPlugin } from '../../registry';
import { codeLines, isSelectable } from './lines';
import type { CodeLinesQuestion } from './schema';

declare module '../../registry' {
	interface QuestionTypeMap {
		/** The 1-based numbers of the lines the learner chose, in ascending order. */
		'code-lines': { question: CodeLinesQuestion; response: number[] };
	}
}

const codeLinesPlugin: QuestionPlugin<'code-lines'> = {
	type: 'code-lines',
	grade(question, response) {
		const chosen = new Set(response);
		const right = new Set(question.answer);
		// Only the lines chosen or right are judged: the many lines nobody would choose must not
		// earn partial credit for a wrong choice. Over those lines, the rule is multiple choice's.
		return gradeSelection([...new Set([...chosen, ...right])], chosen, right, question.scoring);
	},
	isAnswered(_question, response) {
		return response !== undefined && response.length > 0;
	},
	parseResponse(question, value) {
		const lines = codeLines(question.code);
		if (!Array.isArray(value) || value.length > lines.length) return undefined;
		const fits = value.every(
			(line): line is number =>
				Number.isInteger(line) &&
				line >= 1 &&
				line <= lines.length &&
				isSelectable(lines[line - 1]!)
		);
		if (!fits || new Set(value).size !== value.length) return undefined;
		return [...(value as number[])].sort((a, b) => a - b);
	},
	view: () => import('./CodeLines.svelte')
};

export default codeLinesPlugin;
