import { z } from 'zod';
import {
	bilingualText,
	id,
	pointsNowhere,
	questionBase,
	scoring,
	shuffle,
	uniqueIds
} from '../../schema-parts';

export const schema = z
	.strictObject({
		...questionBase,
		type: z.literal('matching'),
		/** Left column: each item names the choice it belongs with. Several may share one choice. */
		items: z
			.array(z.strictObject({ id, text: bilingualText, answer: id }))
			.min(2, 'needs at least 2 items')
			.superRefine(uniqueIds('item')),
		/** Right column. */
		choices: z
			.array(z.strictObject({ id, text: bilingualText }))
			.min(2, 'needs at least 2 choices')
			.superRefine(uniqueIds('choice')),
		scoring,
		shuffle
	})
	.superRefine((question, ctx) => {
		const ids = question.choices.map((choice) => choice.id);
		question.items.forEach((item, index) => {
			if (!ids.includes(item.answer)) {
				ctx.addIssue({
					code: 'custom',
					path: ['items', index, 'answer'],
					message: pointsNowhere(item.answer, ids)
						.replace('option id', 'choice id')
						.replace('options:', 'choices:')
				});
			}
		});
	});

export type MatchingQuestion = z.infer<typeof schema>;
