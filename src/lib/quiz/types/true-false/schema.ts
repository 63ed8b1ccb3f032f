import { z } from 'zod';
import { bilingualText, questionBase } from '../../schema-parts';

export const schema = z.strictObject({
	...questionBase,
	type: z.literal('true-false'),
	answer: z.boolean({ error: 'must be true or false' }),
	/** Shown to a learner who picked the wrong one. */
	feedback: bilingualText.optional()
});

export type TrueFalseQuestion = z.infer<typeof schema>;
