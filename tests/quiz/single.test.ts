import { describe, expect, it } from 'vitest';
import single from '../../src/lib/quiz/types/single';
import { gradeQuestion } from '../../src/lib/quiz/registry';
import { singleQuestion } from './fixtures';

describe('single choice', () => {
	const question = singleQuestion();

	it('scores the right option 1 and any other 0', () => {
		expect(single.grade(question, 'kernel')).toEqual({ score: 1, correct: true });
		expect(single.grade(question, 'guest-os')).toEqual({ score: 0, correct: false });
	});

	it('is answered only with one of its options', () => {
		expect(single.isAnswered(question, undefined)).toBe(false);
		expect(single.isAnswered(question, 'nothing')).toBe(false);
		expect(single.isAnswered(question, 'guest-os')).toBe(true);
	});

	it('reads back from storage only an option id', () => {
		expect(single.parseResponse(question, 'kernel')).toBe('kernel');
		for (const bad of [undefined, null, 3, ['kernel'], { id: 'kernel' }, 'removed-option']) {
			expect(single.parseResponse(question, bad)).toBeUndefined();
		}
	});

	it('is graded through the registry by its type, with a bad stored answer scoring 0', () => {
		expect(gradeQuestion(question, 'kernel').correct).toBe(true);
		expect(gradeQuestion(question, 42)).toEqual({ score: 0, correct: false });
	});
});
