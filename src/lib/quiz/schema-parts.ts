// Build-time only: zod schemas shared by the question types. Client code imports types only.
import { z } from 'zod';

export const id = z
	.string({ error: 'must be an id (text)' })
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case a-z, 0-9 and single hyphens');

/** A required, non-empty text; `what` names it in the error, as in "the title is missing". */
export const requiredText = (what: string) =>
	z
		.string({
			error: (issue) =>
				issue.input === undefined || issue.input === null
					? `${what} is missing`
					: `${what} must be text (in YAML, put a text that contains ": " in quotes)`
		})
		.trim()
		.min(1, `${what} is empty`);

export const bilingualText = z.strictObject(
	{ zh: requiredText('the Chinese text'), en: requiredText('the English text') },
	{ error: 'must have a zh and an en text' }
);

export const option = z.strictObject({
	id,
	text: bilingualText,
	feedback: bilingualText.optional()
});

/** What a question asks of the learner: to remember, to apply it to an artifact, or to decide in a situation. */
export const questionPurpose = z.enum(['recall', 'apply', 'scenario'], {
	error: (issue) =>
		issue.input === undefined
			? 'missing: every question is recall, apply or scenario (see lessons/README.md)'
			: 'must be recall, apply or scenario'
});

export type QuestionPurpose = z.infer<typeof questionPurpose>;

export const questionBase = {
	id,
	kind: questionPurpose,
	/** The answer is a date, a name or a codename: a lesson may have few of these. */
	trivia: z
		.literal(true, {
			error: 'must be true (leave it out when the answer is not a date, a name or a codename)'
		})
		.optional(),
	prompt: bilingualText,
	explanation: bilingualText
};

/** Shown in a new order in each attempt, unless the author needs their order (e.g. "all of the above"). */
export const shuffle = z.boolean({ error: 'must be true or false' }).default(true);

export const scoring = z
	.enum(['all-or-nothing', 'partial'], { error: 'must be all-or-nothing or partial' })
	.default('all-or-nothing');

/** Option ids unique, at least two options. */
export const options = z
	.array(option)
	.min(2, 'needs at least 2 options')
	.superRefine(uniqueIds('option'));

/** Reports ids used twice in a list of things with ids. */
export function uniqueIds(what: string) {
	return (list: { id: string }[], ctx: z.RefinementCtx) => {
		const seen = new Set<string>();
		list.forEach((item, index) => {
			if (seen.has(item.id)) {
				ctx.addIssue({
					code: 'custom',
					path: [index, 'id'],
					message: `duplicate ${what} id "${item.id}"`
				});
			}
			seen.add(item.id);
		});
	};
}

export function pointsNowhere(answer: string, optionIds: string[]): string {
	return `"${answer}" is not an option id (options: ${optionIds.join(', ')})`;
}

/** Shown as a label over the code; it changes nothing else. */
export const codeLanguage = z
	.enum(['dockerfile', 'yaml', 'shell', 'text'], {
		error: 'must be dockerfile, yaml, shell or text'
	})
	.default('text');

export const maxCodeLines = 60;

/**
 * Code shown verbatim: a manifest, a Dockerfile, a command or its output. The newline a YAML
 * block (`|`) ends with is dropped, so that line numbers count only the lines shown.
 */
export const codeText = (what: string, field: string) =>
	z
		.string({
			error: (issue) =>
				issue.input === undefined || issue.input === null
					? `${what} is missing`
					: `${what} must be text (in YAML, write it as a block: "${field}: |" and the lines below it, indented)`
		})
		.transform((text) => text.replace(/\r\n?/g, '\n').replace(/\n+$/, ''))
		.refine((text) => text.trim() !== '', `${what} is empty`)
		.refine(
			(text) => text.split('\n').length <= maxCodeLines,
			`${what} has more than ${maxCodeLines} lines`
		);
