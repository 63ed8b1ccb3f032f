import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { bilingualText, id } from '$lib/quiz/schema-parts';
import { ContentError, type ContentProblem } from './course.server';
import { fieldPath, yamlProblem } from './schema.server';

/** The track that holds the whole course: it must list every lesson, so none is forgotten. */
export const fullTrackId = 'full';

const track = z.strictObject({
	id,
	title: bilingualText,
	description: bilingualText,
	lessons: z
		.array(id, { error: 'must be a list of lesson ids' })
		.min(1, 'needs at least one lesson'),
	/** The final exam's time limit; none when absent. */
	time_limit_minutes: z
		.number({ error: 'must be a number of minutes' })
		.int('must be a whole number of minutes')
		.min(5, 'must be at least 5 minutes')
		.max(240, 'must be at most 240 minutes')
		.optional()
});

export type Track = z.infer<typeof track>;

const trackList = z
	.array(z.unknown(), { error: 'must be a list of tracks' })
	.min(1, 'needs at least one track');

/**
 * Reads the role tracks from the text of `tracks.yaml` against the course's lesson ids (in course
 * order). Every problem is returned, as `file: field: what is wrong`; tracks only when there is
 * none.
 */
export function parseTracks(
	source: string,
	file: string,
	lessonIds: readonly string[]
): { tracks: Track[]; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const add = (field: string, message: string) => problems.push({ file, field, message });
	const check = <S extends z.ZodType>(schema: S, value: unknown, prefix: (string | number)[]) => {
		const result = schema.safeParse(value);
		if (result.success) return result.data as z.output<S>;
		for (const issue of result.error.issues)
			add(fieldPath([...prefix, ...issue.path]), issue.message);
		return undefined;
	};

	let raw: unknown;
	try {
		raw = parseYaml(source, { prettyErrors: true, uniqueKeys: true });
	} catch (error) {
		add('(file)', yamlProblem(error));
		return { tracks: [], problems };
	}
	const list = check(trackList, raw, []);
	if (!list) return { tracks: [], problems };

	const known = new Set(lessonIds);
	const tracks: Track[] = [];
	const trackIds = new Map<string, number>();
	// A track that fails its own checks still counts as named, so that no problem is reported twice.
	const named = new Set(list.map((item) => (item as { id?: unknown } | null)?.id));
	list.forEach((item, index) => {
		const parsed = check(track, item, [index]);
		if (!parsed) return;
		const other = trackIds.get(parsed.id);
		if (other !== undefined)
			add(`[${index}].id`, `duplicate track id "${parsed.id}" (also [${other}])`);
		else trackIds.set(parsed.id, index);

		const seen = new Map<string, number>();
		parsed.lessons.forEach((lessonId, place) => {
			const field = `[${index}].lessons[${place}]`;
			const first = seen.get(lessonId);
			if (!known.has(lessonId)) {
				add(field, `"${lessonId}" is not a lesson id (lessons: ${lessonIds.join(', ')})`);
			} else if (first !== undefined) {
				add(field, `"${lessonId}" is listed twice (also [${index}].lessons[${first}])`);
			} else seen.set(lessonId, place);
		});
		if (parsed.id === fullTrackId) {
			const missing = lessonIds.filter((lessonId) => !seen.has(lessonId));
			if (missing.length > 0) {
				add(
					`[${index}].lessons`,
					`the full course must list every lesson; missing: ${missing.join(', ')}`
				);
			}
		}
		tracks.push(parsed);
	});
	if (!named.has(fullTrackId)) {
		add('(file)', `needs a track with the id "${fullTrackId}" that lists every lesson`);
	}
	return problems.length > 0 ? { tracks: [], problems } : { tracks, problems };
}

/**
 * The role tracks of the course in `root` (the lessons folder), checked against its lesson ids;
 * throws a `ContentError` listing every problem, like the course loader.
 */
export function loadTracks(root: string, lessonIds: readonly string[]): Track[] {
	const path = join(root, 'tracks.yaml');
	const file = relative(join(root, '..'), path);
	if (!existsSync(path)) {
		throw new ContentError([
			{ file, field: '(file)', message: 'missing: the course needs its role tracks' }
		]);
	}
	const { tracks, problems } = parseTracks(readFileSync(path, 'utf8'), file, lessonIds);
	if (problems.length > 0) throw new ContentError(problems);
	return tracks;
}
