import { describe, expect, it } from 'vitest';
import fillBlanks from '../../src/lib/quiz/types/fill-blanks';
import { normalizeBlank, templateParts } from '../../src/lib/quiz/types/fill-blanks/template';
import { quizProblems } from './course-problems';
import { fillBlanksQuestion } from './fixtures';

describe('fill in the blanks: grading', () => {
	it('scores the share of right blanks by default; correct needs all of them', () => {
		const question = fillBlanksQuestion();
		expect(fillBlanks.grade(question, { verb: 'scale', count: '3' })).toEqual({
			score: 1,
			correct: true
		});
		expect(fillBlanks.grade(question, { verb: 'scale', count: '30' })).toEqual({
			score: 0.5,
			correct: false
		});
		expect(fillBlanks.grade(question, { verb: 'set', count: '1' })).toEqual({
			score: 0,
			correct: false
		});
		expect(fillBlanks.grade(question, { count: '3' })).toEqual({ score: 0.5, correct: false });
	});

	it('gives nothing for one wrong blank when the author asks for all or nothing', () => {
		const question = fillBlanksQuestion('all-or-nothing');
		expect(fillBlanks.grade(question, { verb: 'scale', count: '30' })).toEqual({
			score: 0,
			correct: false
		});
		expect(fillBlanks.grade(question, { verb: 'scale', count: '3' }).score).toBe(1);
	});

	it('compares a typed blank without case, full-width forms or surrounding spaces', () => {
		const question = fillBlanksQuestion();
		for (const typed of ['SCALE', ' scale ', 'ｓｃａｌｅ', 'Scale\u3000']) {
			expect(fillBlanks.grade(question, { verb: typed, count: '3' }).correct, typed).toBe(true);
		}
	});

	it('keeps punctuation and spaces inside a typed blank meaningful', () => {
		expect(normalizeBlank('-t')).not.toBe(normalizeBlank('t'));
		expect(normalizeBlank(':latest')).toBe(':latest');
		expect(normalizeBlank('get  pods')).toBe('get pods');
		expect(normalizeBlank('getpods')).not.toBe(normalizeBlank('get pods'));
		const question = fillBlanksQuestion();
		expect(fillBlanks.grade(question, { verb: 'scale.', count: '3' }).correct).toBe(false);
		expect(fillBlanks.grade(question, { verb: 's cale', count: '3' }).correct).toBe(false);
	});

	it('takes a chosen blank exactly as chosen', () => {
		const question = fillBlanksQuestion();
		expect(fillBlanks.grade(question, { verb: 'scale', count: ' 3' }).correct).toBe(false);
	});
});

describe('fill in the blanks: the template', () => {
	it('splits into code and blanks; other double braces stay code', () => {
		expect(templateParts("docker inspect -f '{{.State.Status}}' {{ name }}")).toEqual([
			{ text: "docker inspect -f '{{.State.Status}}' " },
			{ blank: 'name' }
		]);
		expect(templateParts('{{a}}{{b}}\n')).toEqual([{ blank: 'a' }, { blank: 'b' }, { text: '\n' }]);
	});
});

describe('fill in the blanks: responses', () => {
	const question = fillBlanksQuestion();

	it('is answered when every blank holds something', () => {
		expect(fillBlanks.isAnswered(question, undefined)).toBe(false);
		expect(fillBlanks.isAnswered(question, {})).toBe(false);
		expect(fillBlanks.isAnswered(question, { verb: 'scale' })).toBe(false);
		expect(fillBlanks.isAnswered(question, { verb: '  ', count: '3' })).toBe(false);
		expect(fillBlanks.isAnswered(question, { verb: 'x', count: '3' })).toBe(true);
	});

	it('reads back what fits, a blank left empty included', () => {
		expect(fillBlanks.parseResponse(question, { verb: 'sc', count: '30' })).toEqual({
			verb: 'sc',
			count: '30'
		});
		expect(fillBlanks.parseResponse(question, { verb: '' })).toEqual({ verb: '' });
		expect(fillBlanks.parseResponse(question, {})).toEqual({});
	});

	it('refuses anything else from storage', () => {
		for (const stored of [
			'scale',
			['scale', '3'],
			null,
			42,
			{ verb: 3 },
			{ verb: null },
			{ verb: 'scale', replicas: '3' }, // no such blank
			{ count: '4' }, // not one of the choices
			{ count: '' },
			{ verb: 'x'.repeat(201) },
			{ __proto__: { verb: 'scale' }, extra: 1 }
		]) {
			expect(fillBlanks.parseResponse(question, stored), JSON.stringify(stored)).toBeUndefined();
		}
		expect(fillBlanks.parseResponse(question, { verb: 'x'.repeat(200) })).toEqual({
			verb: 'x'.repeat(200)
		});
	});
});

describe('fill in the blanks in a quiz file', () => {
	const quiz = (fields: string) => `questions:
  - id: scale
    type: fill-blanks
    kind: apply
    language: shell
    prompt: { zh: 扩容到 3 个副本。, en: Scale to three replicas. }
    explanation: { zh: 用 kubectl scale。, en: Use kubectl scale. }
${fields}`;
	const file = 'lessons/01-containers/quiz.yaml: questions[0]';

	it('is read as authored', () => {
		expect(
			quizProblems(
				quiz(`    template: 'kubectl {{verb}} deployment web --replicas={{count}}'
    blanks:
      - id: verb
        accept: [scale]
      - id: count
        choices: ['1', '3', '30']
        answer: '3'
`)
			)
		).toEqual([]);
	});

	it('refuses a template with no blank, and blanks missing from it or twice in it', () => {
		expect(
			quizProblems(
				quiz(`    template: kubectl scale\n    blanks: [{ id: verb, accept: [scale] }]\n`)
			)
		).toEqual([
			`${file}.template: has no blank: mark each with {{id}}, as in "kubectl {{verb}} pods"`
		]);
		expect(
			quizProblems(
				quiz(`    template: 'kubectl {{verb}} {{verb}} {{kind}}'
    blanks:
      - { id: verb, accept: [scale] }
      - { id: count, accept: ['3'] }
`)
			)
		).toEqual([
			`${file}.template: {{verb}} appears twice: each blank appears once`,
			`${file}.template: {{kind}} has no blank in blanks (blanks: verb, count)`,
			`${file}.blanks[1].id: "count" is not in the template: mark its place with {{count}}`
		]);
	});

	it('refuses duplicate blank ids and no blanks', () => {
		expect(
			quizProblems(
				quiz(`    template: 'kubectl {{verb}}'
    blanks:
      - { id: verb, accept: [scale] }
      - { id: verb, accept: [get] }
`)
			)
		).toEqual([`${file}.blanks[1].id: duplicate blank id "verb"`]);
		expect(quizProblems(quiz(`    template: 'kubectl {{verb}}'\n    blanks: []\n`))).toEqual([
			`${file}.blanks: needs at least one blank`
		]);
	});

	it('refuses an answer that is not among the choices, or missing', () => {
		expect(
			quizProblems(
				quiz(`    template: '{{a}} {{b}}'
    blanks:
      - { id: a, choices: ['1', '3'], answer: '4' }
      - { id: b, choices: ['1', '3'] }
`)
			)
		).toEqual([
			`${file}.blanks[0].answer: "4" is not one of the choices (1, 3)`,
			`${file}.blanks[1].answer: missing: which of the choices is right`
		]);
	});

	it('refuses a blank both typed and chosen, or neither, and numbers YAML would change', () => {
		expect(
			quizProblems(
				quiz(`    template: '{{d}}'
    blanks:
      - { id: d, choices: [1.10, '1.9'], answer: '1.9' }
`)
			)
		).toEqual([
			`${file}.blanks[0].choices[0]: a choice must be text: put numbers in quotes, as in '3'`
		]);
		expect(
			quizProblems(
				quiz(`    template: '{{a}} {{b}} {{c}} {{d}}'
    blanks:
      - { id: a, accept: [x], choices: [x, y], answer: x }
      - { id: b }
      - { id: c, accept: [x, ' X '], answer: x }
      - { id: d, choices: ['1', '1'], answer: '1' }
`)
			)
		).toEqual([
			`${file}.blanks[0]: has both accept and choices: a blank is typed (accept) or chosen (choices)`,
			`${file}.blanks[1]: needs accept (typed answers) or choices (a list to choose from)`,
			`${file}.blanks[2].answer: only a blank with choices has an answer; a typed blank lists accept`,
			`${file}.blanks[2].accept[1]: "X" is accepted twice`,
			`${file}.blanks[3].choices[1]: lists "1" twice`
		]);
	});
});
