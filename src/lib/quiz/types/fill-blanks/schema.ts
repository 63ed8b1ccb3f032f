import { z } from 'zod';
import { codeLanguage, codeText, id, questionBase, uniqueIds } from '../../schema-parts';
import { maxBlankLength, normalizeBlank, templateParts } from './template';

/** Code words like 3 or 1.10 must stay text: YAML would read them as numbers (1.10 as 1.1). */
const codeWord = (what: string) =>
	z
		.string({
			error: (issue) =>
				typeof issue.input === 'number'
					? `${what} must be text: put numbers in quotes, as in '3'`
					: `${what} must be text`
		})
		.trim()
		.min(1, `${what} is empty`)
		.max(maxBlankLength, `${what} is longer than ${maxBlankLength} characters`);

const blank = z
	.strictObject({
		id,
		/** Typed: the answers accepted. */
		accept: z
			.array(codeWord('an accepted answer'), { error: 'must be a list of accepted answers' })
			.min(1, 'needs at least one accepted answer')
			.optional(),
		/** Chosen from a list: the choices, and the right one in `answer`. */
		choices: z
			.array(codeWord('a choice'), { error: 'must be a list of choices' })
			.min(2, 'needs at least 2 choices')
			.optional(),
		answer: codeWord('the answer').optional()
	})
	.superRefine((blank, ctx) => {
		if (blank.accept && blank.choices) {
			ctx.addIssue({
				code: 'custom',
				path: [],
				message: 'has both accept and choices: a blank is typed (accept) or chosen (choices)'
			});
		} else if (!blank.accept && !blank.choices) {
			ctx.addIssue({
				code: 'custom',
				path: [],
				message: 'needs accept (typed answers) or choices (a list to choose from)'
			});
		} else if (blank.accept) {
			if (blank.answer !== undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['answer'],
					message: 'only a blank with choices has an answer; a typed blank lists accept'
				});
			}
			const seen = new Set<string>();
			blank.accept.forEach((answer, index) => {
				if (seen.has(normalizeBlank(answer))) {
					ctx.addIssue({
						code: 'custom',
						path: ['accept', index],
						message: `"${answer}" is accepted twice`
					});
				}
				seen.add(normalizeBlank(answer));
			});
		} else if (blank.choices) {
			const seen = new Set<string>();
			blank.choices.forEach((choice, index) => {
				if (seen.has(choice)) {
					ctx.addIssue({
						code: 'custom',
						path: ['choices', index],
						message: `lists "${choice}" twice`
					});
				}
				seen.add(choice);
			});
			if (blank.answer === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['answer'],
					message: 'missing: which of the choices is right'
				});
			} else if (!blank.choices.includes(blank.answer)) {
				ctx.addIssue({
					code: 'custom',
					path: ['answer'],
					message: `"${blank.answer}" is not one of the choices (${blank.choices.join(', ')})`
				});
			}
		}
	});

export const schema = z
	.strictObject({
		...questionBase,
		type: z.literal('fill-blanks'),
		language: codeLanguage,
		/** Code with `{{id}}` where each blank goes. */
		template: codeText('the template', 'template'),
		blanks: z
			.array(blank, { error: 'must be a list of blanks' })
			.min(1, 'needs at least one blank')
			.superRefine(uniqueIds('blank')),
		/** Per blank by default: a question with two blanks, one right, earns half its point. */
		scoring: z
			.enum(['all-or-nothing', 'partial'], { error: 'must be all-or-nothing or partial' })
			.default('partial')
	})
	.superRefine((question, ctx) => {
		const inTemplate = templateParts(question.template).flatMap((part) =>
			'blank' in part ? [part.blank] : []
		);
		const ids = question.blanks.map((blank) => blank.id);
		// With no blanks at all, that is the one problem to report.
		if (ids.length === 0) return;
		if (inTemplate.length === 0) {
			ctx.addIssue({
				code: 'custom',
				path: ['template'],
				message: 'has no blank: mark each with {{id}}, as in "kubectl {{verb}} pods"'
			});
		}
		const seen = new Set<string>();
		for (const blankId of inTemplate) {
			if (!ids.includes(blankId)) {
				ctx.addIssue({
					code: 'custom',
					path: ['template'],
					message: `{{${blankId}}} has no blank in blanks (blanks: ${ids.join(', ')})`
				});
			} else if (seen.has(blankId)) {
				ctx.addIssue({
					code: 'custom',
					path: ['template'],
					message: `{{${blankId}}} appears twice: each blank appears once`
				});
			}
			seen.add(blankId);
		}
		question.blanks.forEach((blank, index) => {
			if (inTemplate.length > 0 && !inTemplate.includes(blank.id)) {
				ctx.addIssue({
					code: 'custom',
					path: ['blanks', index, 'id'],
					message: `"${blank.id}" is not in the template: mark its place with {{${blank.id}}}`
				});
			}
		});
	});

export type FillBlanksQuestion = z.infer<typeof schema>;
