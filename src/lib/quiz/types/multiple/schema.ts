import { z } from 'zod';
import { id, options, pointsNowhere, questionBase, scoring, shuffle } from '../../schema-parts';

export const schema = z
	.strictObject({
		...questionBase,
		type: z.literal('multiple'),
		options,
		shuffle,
		answer: z.array(id).min(1, 'needs at least one right option'),
		scoring
	})
	.superRefine((question, ctx) => {
		const ids = question.options.map((item) => item.id);
		question.answer.forEach((answer, index) => {
			if (!ids.includes(answer)) {
				ctx.addIssue({
					code: 'custom',
					path: ['answer', index],
					message: pointsNowhere(answer, ids)
				});
			}
		});
		if (new Set(question.answer).size !== question.answer.length) {
			ctx.addIssue({ code: 'custom', path: ['answer'], message: 'lists an option twice' });
		}
	});

export type MultipleChoiceQuestion = z.infer<typeof schema>;
