import { describe, expect, it } from 'vitest';
import shortAnswer from '../../src/lib/quiz/types/short-answer';
import { normalizeAnswer } from '../../src/lib/quiz/types/short-answer/normalize';
import type { QuestionOf } from '../../src/lib/quiz/registry';

const question: QuestionOf<'short-answer'> = {
	id: 'k8s',
	type: 'short-answer',
	kind: 'recall',
	prompt: 'How many letters does the 8 in K8s stand for?',
	explanation: 'u-b-e-r-n-e-t-e.',
	accepted: { zh: ['八', '8'], en: ['8', 'eight'] }
};

describe('short answer', () => {
	it('accepts any accepted answer of either language', () => {
		for (const given of ['8', 'eight', '八']) {
			expect(shortAnswer.grade(question, given), given).toEqual({ score: 1, correct: true });
		}
		expect(shortAnswer.grade(question, '7')).toEqual({ score: 0, correct: false });
	});

	it('ignores case, full-width forms, white space and surrounding punctuation', () => {
		for (const given of ['EIGHT', ' eight ', '８', 'Eight.', '８。', 'e i g h t']) {
			expect(shortAnswer.grade(question, given).correct, given).toBe(true);
		}
	});

	it('normalizes full-width letters and ideographic spaces', () => {
		expect(normalizeAnswer('Ｋ８ｓ')).toBe('k8s');
		expect(normalizeAnswer('Container\u3000Image')).toBe('containerimage');
		expect(normalizeAnswer('“K8s”！')).toBe('k8s');
		expect(normalizeAnswer('...')).toBe('');
	});

	it('needs something other than spaces and punctuation to be answered', () => {
		expect(shortAnswer.isAnswered(question, undefined)).toBe(false);
		expect(shortAnswer.isAnswered(question, '  ')).toBe(false);
		expect(shortAnswer.isAnswered(question, '？')).toBe(false);
		expect(shortAnswer.isAnswered(question, '8')).toBe(true);
	});

	it('reads back only text, no longer than the documented cap', () => {
		expect(shortAnswer.parseResponse(question, 8)).toBeUndefined();
		// The documented cap: 200 characters are an answer, 201 are not.
		expect(shortAnswer.parseResponse(question, 'x'.repeat(200))).toHaveLength(200);
		expect(shortAnswer.parseResponse(question, 'x'.repeat(201))).toBeUndefined();
	});
});
