import { describe, expect, it } from 'vitest';
import trueFalse from '../../src/lib/quiz/types/true-false';
import type { QuestionOf } from '../../src/lib/quiz/registry';

const question: QuestionOf<'true-false'> = {
	id: 'kernel-virtualized',
	type: 'true-false',
	kind: 'recall',
	prompt: 'Containers virtualize the kernel.',
	explanation: 'They share the real kernel.',
	answer: false
};

describe('true / false', () => {
	it('scores the right value 1 and the other 0', () => {
		expect(trueFalse.grade(question, false)).toEqual({ score: 1, correct: true });
		expect(trueFalse.grade(question, true)).toEqual({ score: 0, correct: false });
	});

	it('is answered only with a boolean, and reads back only a boolean', () => {
		expect(trueFalse.isAnswered(question, undefined)).toBe(false);
		expect(trueFalse.isAnswered(question, false)).toBe(true);
		expect(trueFalse.parseResponse(question, true)).toBe(true);
		for (const bad of ['true', 1, 0, null, undefined, [false]]) {
			expect(trueFalse.parseResponse(question, bad)).toBeUndefined();
		}
	});
});
