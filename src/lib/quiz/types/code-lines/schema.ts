import { z } from 'zod';
import { codeLines, isSelectable } from './lines';
import { codeLanguage, codeText, questionBase, scoring } from '../../schema-parts';

export const schema = z
	.strictObject({
		...questionBase,
		type: z.literal('code-lines'),
		language: codeLanguage,
		code: codeText('the code', 'code'),
		/** 1-based numbers of the lines that answer the prompt. */
		answer: z
			.array(
				z
					.number({ error: 'must be a line number, as in 21' })
					.int('must be a whole line number')
					.min(1, 'must be a line number from 1'),
				{ error: 'must be a list of line numbers, as in [21] or [4, 9]' }
			)
			.min(1, 'needs at least one line'),
		scoring
	})
	.superRefine((question, ctx) => {
		const lines = codeLines(question.code);
		// The code's own problem is reported already; its line numbers mean nothing yet.
		if (!lines.some(isSelectable)) return;
		const seen = new Set<number>();
		question.answer.forEach((line, index) => {
			const path = ['answer', index];
			if (line > lines.length) {
				ctx.addIssue({
					code: 'custom',
					path,
					message: `line ${line} is past the end of the code (${lines.length} lines)`
				});
			} else if (!isSelectable(lines[line - 1]!)) {
				ctx.addIssue({ code: 'custom', path, message: `line ${line} is empty` });
			}
			if (seen.has(line)) {
				ctx.addIssue({ code: 'custom', path, message: `lists line ${line} twice` });
			}
			seen.add(line);
		});
	});

export type CodeLinesQuestion = z.infer<typeof schema>;
