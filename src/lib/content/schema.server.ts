import { YAMLParseError } from 'yaml';
import { z } from 'zod';
import { bilingualText, id, requiredText } from '$lib/quiz/schema-parts';

/** A source or further reading: official documentation, checked for form only (no network at build). */
const source = z.strictObject({
	title: requiredText('the title of the source'),
	url: z.string({ error: 'must be a URL (text)' }).refine((value) => {
		try {
			const url = new URL(value);
			return url.protocol === 'https:' && url.hostname.includes('.') && !/\s/.test(value);
		} catch {
			return false;
		}
	}, 'must be a well-formed https:// URL')
});

export const frontMatter = z.strictObject({
	title: requiredText('the title'),
	summary: requiredText('the summary'),
	objectives: z
		.array(requiredText('an objective'), { error: 'must be a list of objectives' })
		.min(1, 'needs at least one learning objective'),
	takeaways: z
		.array(requiredText('a takeaway'), { error: 'must be a list of key takeaways' })
		.min(1, 'needs at least one key takeaway'),
	sources: z.array(source, { error: 'must be a list of sources (title and url)' }).default([])
});
export type FrontMatter = z.infer<typeof frontMatter>;

export const quizFile = z.strictObject({
	pass_mark: z
		.number({ error: 'must be a number from 0 to 1' })
		.gt(0, 'must be more than 0')
		.max(1, 'must be at most 1 (a share, not a percentage)')
		.default(0.8),
	// Each question is checked against its own type's schema by the loader.
	questions: z
		.array(z.unknown(), { error: 'must be a list of questions' })
		.min(1, 'needs at least one question')
});

const glossarySide = z
	.strictObject({
		term: requiredText('the term'),
		aliases: z.array(requiredText('an alias')).default([]),
		// Names that contain the term but mean something else ("Service Fabric"): never linked.
		notIn: z.array(requiredText('a name that contains the term')).default([]),
		definition: requiredText('the definition')
	})
	.superRefine((side, context) => {
		side.notIn.forEach((phrase, index) => {
			const words = [side.term, ...side.aliases];
			if (!words.some((word) => phrase.includes(word))) {
				context.addIssue({
					code: 'custom',
					path: ['notIn', index],
					message: `"${phrase}" does not contain the term or an alias (${words.join(', ')})`
				});
			}
		});
	});

export const glossaryEntry = z.strictObject({
	id,
	lesson: id,
	zh: glossarySide,
	en: glossarySide
});
export type GlossaryEntry = z.infer<typeof glossaryEntry>;

export const glossaryFile = z.array(z.unknown(), { error: 'must be a list of entries' });

export { bilingualText };

/** A zod issue's path as a field name: `questions[0].prompt.en`. */
export function fieldPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out === '' ? String(key) : `.${String(key)}`;
	}
	return out || '(file)';
}

/** Why a YAML file could not be read, on one line: `not valid YAML: …`. */
export function yamlProblem(error: unknown): string {
	const message =
		error instanceof YAMLParseError
			? error.message.split('\n')[0]!
			: error instanceof Error
				? error.message
				: String(error);
	return `not valid YAML: ${message}`;
}
