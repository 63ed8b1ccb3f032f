import { describe, expect, it } from 'vitest';
import { gradeQuiz } from '../../src/lib/quiz/quiz';
import { multipleQuestion, singleQuestion } from './fixtures';

describe('grading a whole quiz', () => {
	const questions = [singleQuestion(), multipleQuestion('partial')];

	it('averages the question scores and compares with the pass mark', () => {
		const result = gradeQuiz(
			{ passMark: 0.8, questions },
			{ shared: 'kernel', features: ['namespaces'] }
		);
		expect(result.scores).toEqual({ shared: 1, features: 0.75 });
		expect(result.score).toBeCloseTo(0.875);
		expect(result.passed).toBe(true);
	});

	it('counts an unanswered question as 0', () => {
		const result = gradeQuiz({ passMark: 0.8, questions }, { shared: 'kernel' });
		expect(result.score).toBe(0.5);
		expect(result.passed).toBe(false);
	});

	it('passes a score exactly at the mark despite floating point', () => {
		const five = Array.from({ length: 5 }, (_, index) => ({
			...singleQuestion(),
			id: `q${index}`
		}));
		const answers = { q0: 'kernel', q1: 'kernel', q2: 'kernel', q3: 'kernel', q4: 'guest-os' };
		expect(gradeQuiz({ passMark: 0.8, questions: five }, answers).passed).toBe(true);
	});
});
