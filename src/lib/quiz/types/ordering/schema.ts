import { z } from 'zod';
import { bilingualText, id, questionBase, scoring, uniqueIds } from '../../schema-parts';

export const schema = z.strictObject({
	...questionBase,
	type: z.literal('ordering'),
	/** In the right order; each attempt starts from a shuffled one. */
	items: z
		.array(z.strictObject({ id, text: bilingualText }))
		.min(3, 'needs at least 3 items')
		.superRefine(uniqueIds('item')),
	scoring
});

export type OrderingQuestion = z.infer<typeof schema>;
