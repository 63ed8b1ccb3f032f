import { describe, expect, it } from 'vitest';
import multiple from '../../src/lib/quiz/types/multiple';
import { multipleQuestion } from './fixtures';

describe('multiple choice, all or nothing', () => {
	const question = multipleQuestion('all-or-nothing');

	it('needs exactly the right options, in any order', () => {
		expect(multiple.grade(question, ['cgroups', 'namespaces'])).toEqual({
			score: 1,
			correct: true
		});
		expect(multiple.grade(question, ['namespaces'])).toEqual({ score: 0, correct: false });
		expect(multiple.grade(question, ['namespaces', 'cgroups', 'hypervisor'])).toEqual({
			score: 0,
			correct: false
		});
	});
});

describe('multiple choice, partial credit', () => {
	const question = multipleQuestion('partial');

	it('scores the share of options judged right', () => {
		// namespaces chosen (right), cgroups missed (wrong), the two wrong ones left (right): 3 of 4.
		expect(multiple.grade(question, ['namespaces'])).toEqual({ score: 0.75, correct: false });
		expect(multiple.grade(question, ['hypervisor', 'guest-os'])).toEqual({
			score: 0,
			correct: false
		});
		expect(multiple.grade(question, ['namespaces', 'cgroups'])).toEqual({
			score: 1,
			correct: true
		});
	});
});

describe('multiple choice responses', () => {
	const question = multipleQuestion('all-or-nothing');

	it('needs at least one option chosen', () => {
		expect(multiple.isAnswered(question, undefined)).toBe(false);
		expect(multiple.isAnswered(question, [])).toBe(false);
		expect(multiple.isAnswered(question, ['cgroups'])).toBe(true);
	});

	it('reads back only known option ids, once each', () => {
		expect(multiple.parseResponse(question, ['cgroups', 'cgroups', 'gone', 7, null])).toEqual([
			'cgroups'
		]);
		expect(multiple.parseResponse(question, 'cgroups')).toBeUndefined();
		expect(multiple.parseResponse(question, { 0: 'cgroups' })).toBeUndefined();
	});
});
