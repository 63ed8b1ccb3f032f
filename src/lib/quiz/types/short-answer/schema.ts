import { z } from 'zod';
import { questionBase, requiredText } from '../../schema-parts';
import { normalizeAnswer } from './normalize';

const answers = (language: string) =>
	z
		.array(requiredText(`an accepted ${language} answer`), {
			error: `must list the accepted ${language} answers`
		})
		.min(1, `needs at least one accepted ${language} answer`)
		.refine((list) => list.every((answer) => normalizeAnswer(answer) !== ''), {
			message: 'an accepted answer is only punctuation'
		});

export const schema = z.strictObject({
	...questionBase,
	type: z.literal('short-answer'),
	/** Accepted in either language: a learner who switches language keeps a right answer right. */
	accepted: z.strictObject(
		{ zh: answers('Chinese'), en: answers('English') },
		{ error: 'must have zh and en lists of accepted answers' }
	)
});

export type ShortAnswerQuestion = z.infer<typeof schema>;
