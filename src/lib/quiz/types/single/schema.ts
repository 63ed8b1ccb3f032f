import { z } from 'zod';
import { id, options, pointsNowhere, questionBase, shuffle } from '../../schema-parts';

export const schema = z
	.strictObject({
		...questionBase,
		type: z.literal('single'),
		options,
		shuffle,
		answer: id
	})
	.superRefine((question, ctx) => {
		const ids = question.options.map((item) => item.id);
		if (!ids.includes(question.answer)) {
			ctx.addIssue({
				code: 'custom',
				path: ['answer'],
				message: pointsNowhere(question.answer, ids)
			});
		}
	});

export type SingleChoiceQuestion = z.infer<typeof schema>;
