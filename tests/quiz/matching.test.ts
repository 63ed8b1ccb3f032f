import { describe, expect, it } from 'vitest';
import matching from '../../src/lib/quiz/types/matching';
import type { QuestionOf } from '../../src/lib/quiz/registry';
import { seededRandom } from '../../src/lib/quiz/random';

const question = (scoring: 'all-or-nothing' | 'partial'): QuestionOf<'matching'> => ({
	id: 'providers',
	type: 'matching',
	kind: 'recall',
	prompt: 'Match each service with its provider.',
	explanation: 'EKS and ECS are AWS; AKS is Azure.',
	items: [
		{ id: 'eks', text: 'Amazon EKS', answer: 'aws' },
		{ id: 'ecs', text: 'Amazon ECS', answer: 'aws' },
		{ id: 'aks', text: 'AKS', answer: 'azure' },
		{ id: 'gke', text: 'GKE', answer: 'gcp' }
	],
	choices: [
		{ id: 'aws', text: 'AWS' },
		{ id: 'azure', text: 'Azure' },
		{ id: 'gcp', text: 'Google Cloud' }
	],
	scoring,
	shuffle: true
});

describe('matching', () => {
	it('needs every item matched right for all-or-nothing, several items may share a choice', () => {
		const q = question('all-or-nothing');
		expect(matching.grade(q, { eks: 'aws', ecs: 'aws', aks: 'azure', gke: 'gcp' })).toEqual({
			score: 1,
			correct: true
		});
		expect(matching.grade(q, { eks: 'aws', ecs: 'azure', aks: 'azure', gke: 'gcp' })).toEqual({
			score: 0,
			correct: false
		});
	});

	it('gives the share of items matched right with partial credit', () => {
		const q = question('partial');
		expect(matching.grade(q, { eks: 'aws', ecs: 'azure', aks: 'azure', gke: 'aws' }).score).toBe(
			0.5
		);
	});

	it('is answered when every item has a choice', () => {
		const q = question('partial');
		expect(matching.isAnswered(q, { eks: 'aws', ecs: 'aws', aks: 'azure' })).toBe(false);
		expect(matching.isAnswered(q, { eks: 'aws', ecs: 'aws', aks: 'azure', gke: 'gcp' })).toBe(true);
	});

	it('reads back only known items and choices, ignoring anything else', () => {
		const q = question('partial');
		const stored = JSON.parse('{"eks":"aws","gke":"alibaba","__proto__":{"x":1},"other":"aws"}');
		expect(matching.parseResponse(q, stored)).toEqual({ eks: 'aws' });
		expect(matching.parseResponse(q, ['aws'])).toBeUndefined();
		expect(matching.parseResponse(q, 'aws')).toBeUndefined();
	});

	it('shows items and choices in an order fixed by the seed, shuffled unless told not to', () => {
		const q = question('partial');
		const ids = (seed: number, of: 'items' | 'choices', shuffle = true) =>
			matching.arrange!({ ...q, shuffle }, seededRandom(seed))[of].map((entry) => entry.id);
		const authored = { items: ['eks', 'ecs', 'aks', 'gke'], choices: ['aws', 'azure', 'gcp'] };
		const seeds = Array.from({ length: 30 }, (_, seed) => seed + 1);
		for (const of of ['items', 'choices'] as const) {
			expect(ids(42, of)).toEqual(ids(42, of));
			const orders = new Set(seeds.map((seed) => ids(seed, of).join()));
			// Each order holds every entry once, orders vary with the seed, and most seeds move
			// something: with 4 items (24 orders) or 3 choices (6), 30 seeds that left the authored
			// order alone would mean nothing is shuffled.
			for (const order of orders) {
				expect(order.split(',').sort()).toEqual([...authored[of]].sort());
			}
			expect(orders.size, of).toBeGreaterThanOrEqual(of === 'items' ? 10 : 4);
			expect(
				seeds.filter((seed) => ids(seed, of).join() !== authored[of].join()).length
			).toBeGreaterThan(20);
			for (const seed of seeds) expect(ids(seed, of, false)).toEqual(authored[of]);
		}
	});
});
