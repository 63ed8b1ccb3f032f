import { describe, expect, it } from 'vitest';
import codeLines from '../../src/lib/quiz/types/code-lines';
import { quizProblems } from './course-problems';
import { codeLinesQuestion } from './fixtures';

describe('code lines, all or nothing', () => {
	const question = codeLinesQuestion('all-or-nothing');

	it('needs exactly the right lines, in any order', () => {
		expect(codeLines.grade(question, [6, 7])).toEqual({ score: 1, correct: true });
		expect(codeLines.grade(question, [7, 6])).toEqual({ score: 1, correct: true });
		expect(codeLines.grade(question, [7])).toEqual({ score: 0, correct: false });
		expect(codeLines.grade(question, [4, 6, 7])).toEqual({ score: 0, correct: false });
	});
});

describe('code lines, partial credit', () => {
	const question = codeLinesQuestion('partial');

	it('judges only the lines chosen or right, as multiple choice judges its options', () => {
		// 7 chosen and right, 6 missed: 1 of the 2 lines judged right.
		expect(codeLines.grade(question, [7])).toEqual({ score: 0.5, correct: false });
		// 6 and 7 right, 4 chosen but wrong: 2 of 3.
		expect(codeLines.grade(question, [4, 6, 7]).score).toBeCloseTo(2 / 3);
		// One wrong line earns nothing, however many other lines were rightly left alone.
		expect(codeLines.grade(question, [3])).toEqual({ score: 0, correct: false });
		expect(codeLines.grade(question, [6, 7])).toEqual({ score: 1, correct: true });
	});

	it('gives choosing every line only the share of right lines', () => {
		expect(codeLines.grade(question, [1, 2, 3, 4, 6, 7])).toEqual({
			score: 2 / 6,
			correct: false
		});
	});
});

describe('code lines responses', () => {
	const question = codeLinesQuestion('all-or-nothing');

	it('needs at least one line chosen', () => {
		expect(codeLines.isAnswered(question, undefined)).toBe(false);
		expect(codeLines.isAnswered(question, [])).toBe(false);
		expect(codeLines.isAnswered(question, [3])).toBe(true);
	});

	it('reads back a list of line numbers, sorted', () => {
		expect(codeLines.parseResponse(question, [7, 1])).toEqual([1, 7]);
		expect(codeLines.parseResponse(question, [])).toEqual([]);
	});

	it('refuses anything else from storage', () => {
		for (const stored of [
			'7',
			7,
			null,
			{ 0: 7 },
			[7, '6'],
			[7, 6.5],
			[0],
			[8],
			[-1],
			[Number.NaN],
			[5], // the empty line is never offered
			[7, 7],
			Array.from({ length: 10_000 }, (_, index) => index + 1)
		]) {
			expect(codeLines.parseResponse(question, stored), JSON.stringify(stored)).toBeUndefined();
		}
	});
});

describe('code lines in a quiz file', () => {
	const quiz = (fields: string) => `questions:
  - id: limits
    type: code-lines
    kind: apply
    language: yaml
    prompt: { zh: 哪一行设置了内存上限？, en: Which line sets the memory limit? }
    explanation: { zh: 第 4 行。, en: Line 4. }
${fields}`;
	const code = `    code: |
      resources:
        limits:

        memory: 128Mi
`;

	it('is read with its code as written, less the block’s final newline', () => {
		expect(quizProblems(quiz(`${code}    answer: [4]\n`))).toEqual([]);
	});

	it('refuses line numbers past the end, on an empty line, twice or not numbers', () => {
		expect(quizProblems(quiz(`${code}    answer: [5, 3, 4, 4, two, 0]\n`))).toEqual([
			'lessons/01-containers/quiz.yaml: questions[0].answer[4]: must be a line number, as in 21',
			'lessons/01-containers/quiz.yaml: questions[0].answer[5]: must be a line number from 1'
		]);
		expect(quizProblems(quiz(`${code}    answer: [5, 3, 4, 4]\n`))).toEqual([
			'lessons/01-containers/quiz.yaml: questions[0].answer[0]: line 5 is past the end of the code (4 lines)',
			'lessons/01-containers/quiz.yaml: questions[0].answer[1]: line 3 is empty',
			'lessons/01-containers/quiz.yaml: questions[0].answer[3]: lists line 4 twice'
		]);
	});

	it('refuses a missing or empty answer, and a single number', () => {
		expect(quizProblems(quiz(code))).toEqual([
			'lessons/01-containers/quiz.yaml: questions[0].answer: must be a list of line numbers, as in [21] or [4, 9]'
		]);
		expect(quizProblems(quiz(`${code}    answer: []\n`))).toEqual([
			'lessons/01-containers/quiz.yaml: questions[0].answer: needs at least one line'
		]);
	});

	it('refuses missing, empty or overlong code and an unknown language', () => {
		expect(quizProblems(quiz('    answer: [1]\n'))).toEqual([
			'lessons/01-containers/quiz.yaml: questions[0].code: the code is missing'
		]);
		expect(quizProblems(quiz('    code: [FROM, RUN]\n    answer: [1]\n'))).toEqual([
			'lessons/01-containers/quiz.yaml: questions[0].code: the code must be text (in YAML, write it as a block: "code: |" and the lines below it, indented)'
		]);
		expect(quizProblems(quiz("    code: '  '\n    answer: [1]\n"))).toEqual([
			'lessons/01-containers/quiz.yaml: questions[0].code: the code is empty'
		]);
		const long = Array.from({ length: 61 }, (_, index) => `      line ${index + 1}`).join('\n');
		expect(quizProblems(quiz(`    code: |\n${long}\n    answer: [1]\n`))).toEqual([
			'lessons/01-containers/quiz.yaml: questions[0].code: the code has more than 60 lines'
		]);
		expect(quizProblems(quiz(`${code}    answer: [4]\n`).replace('yaml', 'helm'))).toEqual([
			'lessons/01-containers/quiz.yaml: questions[0].language: must be dockerfile, yaml, shell or text'
		]);
	});
});
