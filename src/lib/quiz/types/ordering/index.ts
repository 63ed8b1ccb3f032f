import { shuffled } from '../../random';
import type { QuestionPlugin } from '../../registry';
import Ordering from './Ordering.svelte';
import type { OrderingQuestion } from './schema';

declare module '../../registry' {
	interface QuestionTypeMap {
		/** Item ids in the learner's order. */
		ordering: { question: OrderingQuestion; response: string[] };
	}
}

const ordering: QuestionPlugin<'ordering'> = {
	type: 'ordering',
	grade(question, response) {
		const inPlace = question.items.filter((item, index) => response[index] === item.id).length;
		const correct = inPlace === question.items.length;
		const score =
			question.scoring === 'partial' ? inPlace / question.items.length : correct ? 1 : 0;
		return { score, correct };
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
	View: Ordering
};

export default ordering;
