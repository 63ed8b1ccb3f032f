import { shuffled } from '../../random';
import type { QuestionPlugin } from '../../registry';
import type { OrderingQuestion } from './schema';

declare module '../../registry' {
	interface QuestionTypeMap {
		/** Item ids in the learner's order. */
		ordering: { question: OrderingQuestion; response: string[] };
	}
}

/**
 * The longest run of items that stand in the right order relative to each other (a longest
 * increasing subsequence of their right positions), as item ids in the learner's order. One item
 * moved elsewhere leaves every other item in it.
 */
export function longestInOrder(response: string[], rightOrder: string[]): string[] {
	const positions = response.map((id) => rightOrder.indexOf(id));
	// tails[k]: index in `response` of the smallest last position of a run of length k + 1.
	const tails: number[] = [];
	const before: number[] = [];
	positions.forEach((position, index) => {
		let low = 0;
		let high = tails.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (positions[tails[middle]!]! < position) low = middle + 1;
			else high = middle;
		}
		before[index] = low > 0 ? tails[low - 1]! : -1;
		tails[low] = index;
	});
	const run: string[] = [];
	for (let index = tails.at(-1) ?? -1; index >= 0; index = before[index]!) {
		run.unshift(response[index]!);
	}
	return run;
}

const ordering: QuestionPlugin<'ordering'> = {
	type: 'ordering',
	grade(question, response) {
		const right = question.items.map((item) => item.id);
		const correct = response.every((id, index) => id === right[index]);
		if (question.scoring !== 'partial' || correct) return { score: correct ? 1 : 0, correct };
		// A run of one is no achievement: any single item is "in order" with itself.
		const run = longestInOrder(response, right).length;
		return { score: Math.max(0, run - 1) / (right.length - 1), correct };
	},
	isAnswered(question, response) {
		return response !== undefined && response.length === question.items.length;
	},
	parseResponse(question, value) {
		if (!Array.isArray(value) || value.length !== question.items.length) return undefined;
		const ids = question.items.map((item) => item.id);
		const isPermutation =
			new Set(value).size === ids.length &&
			value.every((id) => typeof id === 'string' && ids.includes(id));
		return isPermutation ? (value as string[]) : undefined;
	},
	initialResponse(question, random) {
		// Never start from the right order: that would be a free point.
		const right = question.items.map((item) => item.id);
		const isRight = (order: string[]) => order.every((id, index) => id === right[index]);
		let order = shuffled(right, random);
		for (let tries = 0; tries < 5 && isRight(order); tries++) order = shuffled(right, random);
		return isRight(order) ? [...right].reverse() : order;
	},
	view: () => import('./Ordering.svelte')
};

export default ordering;
