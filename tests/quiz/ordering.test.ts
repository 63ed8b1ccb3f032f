import { describe, expect, it } from 'vitest';
import ordering from '../../src/lib/quiz/types/ordering';
import type { QuestionOf } from '../../src/lib/quiz/registry';
import { seededRandom } from '../../src/lib/quiz/random';

const question = (scoring: 'all-or-nothing' | 'partial'): QuestionOf<'ordering'> => ({
	id: 'timeline',
	type: 'ordering',
	kind: 'recall',
	prompt: 'Put these in order.',
	explanation: '2014, 2015, 2016, 2018.',
	items: [
		{ id: 'announced', text: 'Announced' },
		{ id: 'v1', text: 'v1.0' },
		{ id: 'accepted', text: 'Accepted by the CNCF' },
		{ id: 'graduated', text: 'Graduated' }
	],
	scoring
});

describe('ordering', () => {
	it('is right only in the authored order, all-or-nothing', () => {
		const q = question('all-or-nothing');
		expect(ordering.grade(q, ['announced', 'v1', 'accepted', 'graduated'])).toEqual({
			score: 1,
			correct: true
		});
		expect(ordering.grade(q, ['v1', 'announced', 'accepted', 'graduated'])).toEqual({
			score: 0,
			correct: false
		});
	});

	it('gives the share of items in their place with partial credit', () => {
		const q = question('partial');
		expect(ordering.grade(q, ['v1', 'announced', 'accepted', 'graduated']).score).toBe(0.5);
	});

	it('starts from an order fixed by the seed, and never the right one', () => {
		const q = question('all-or-nothing');
		for (let seed = 0; seed < 200; seed++) {
			const start = ordering.initialResponse!(q, seededRandom(seed));
			expect(ordering.grade(q, start).correct, `seed ${seed}`).toBe(false);
			expect(start).toEqual(ordering.initialResponse!(q, seededRandom(seed)));
			expect([...start].sort()).toEqual(['accepted', 'announced', 'graduated', 'v1']);
		}
	});

	it('reads back only a full permutation of its items', () => {
		const q = question('partial');
		expect(ordering.parseResponse(q, ['v1', 'announced', 'accepted', 'graduated'])).toEqual([
			'v1',
			'announced',
			'accepted',
			'graduated'
		]);
		expect(ordering.parseResponse(q, ['v1', 'v1', 'accepted', 'graduated'])).toBeUndefined();
		expect(ordering.parseResponse(q, ['v1', 'announced', 'accepted'])).toBeUndefined();
		expect(ordering.parseResponse(q, ['v1', 'announced', 'accepted', 'other'])).toBeUndefined();
		expect(ordering.parseResponse(q, 'v1')).toBeUndefined();
	});
});
