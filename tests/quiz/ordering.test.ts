import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ordering, { longestInOrder } from '../../src/lib/quiz/types/ordering';
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

	it('gives partial credit for the longest run of items in the right relative order', () => {
		const q = question('partial');
		const score = (order: string[]) => ordering.grade(q, order);
		// Two neighbours swapped: a run of 3 of 4, (3 - 1) / (4 - 1).
		expect(score(['v1', 'announced', 'accepted', 'graduated'])).toEqual({
			score: 2 / 3,
			correct: false
		});
		// One item moved from the start to the end: no item is in its place, yet 3 are in order.
		expect(score(['v1', 'accepted', 'graduated', 'announced']).score).toBe(2 / 3);
		// Reversed: no two items in the right order, no credit.
		expect(score(['graduated', 'accepted', 'v1', 'announced']).score).toBe(0);
		expect(score(['accepted', 'graduated', 'announced', 'v1']).score).toBe(1 / 3);
		expect(score(['announced', 'v1', 'accepted', 'graduated'])).toEqual({
			score: 1,
			correct: true
		});
	});

	it('names the items of the run, in the order given', () => {
		const right = ['a', 'b', 'c', 'd', 'e'];
		expect(longestInOrder(['b', 'c', 'd', 'e', 'a'], right)).toEqual(['b', 'c', 'd', 'e']);
		expect(longestInOrder(['a', 'd', 'b', 'c', 'e'], right)).toEqual(['a', 'b', 'c', 'e']);
		expect(longestInOrder(right, right)).toEqual(right);
		expect(longestInOrder(['e', 'd', 'c', 'b', 'a'], right)).toHaveLength(1);
	});

	it('scores every order between 0 and 1, and 1 only for the right one', () => {
		const right = ['a', 'b', 'c', 'd', 'e', 'f'];
		const q: QuestionOf<'ordering'> = {
			...question('partial'),
			items: right.map((id) => ({ id, text: id }))
		};
		fc.assert(
			fc.property(fc.shuffledSubarray(right, { minLength: 6, maxLength: 6 }), (order) => {
				const run = longestInOrder(order, right);
				// The run is in the right order, and no longer run exists (checked by brute force).
				expect(run.map((id) => right.indexOf(id))).toEqual(
					run.map((id) => right.indexOf(id)).sort((x, y) => x - y)
				);
				let longest = 0;
				for (let mask = 1; mask < 1 << order.length; mask++) {
					const picked = order.filter((_, i) => mask & (1 << i)).map((id) => right.indexOf(id));
					if (picked.every((p, i) => i === 0 || picked[i - 1]! < p))
						longest = Math.max(longest, picked.length);
				}
				expect(run).toHaveLength(longest);
				const { score, correct } = ordering.grade(q, order);
				expect(score).toBeGreaterThanOrEqual(0);
				expect(score === 1).toBe(correct);
				expect(correct).toBe(order.join() === right.join());
			})
		);
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
