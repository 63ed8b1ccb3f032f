import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem } from '../src/lib/content/course.server';
import { loadTracks, parseTracks } from '../src/lib/content/tracks.server';

const fixtures = resolve(__dirname, 'fixtures/tracks');
const lessonIds = ['containers', 'kubernetes', 'cncf'];

/** Every problem of a fixture, as the build prints them. */
function problemsOf(name: string): string[] {
	const source = readFileSync(join(fixtures, name), 'utf8');
	const { tracks, problems } = parseTracks(source, `lessons/${name}`, lessonIds);
	if (problems.length > 0) expect(tracks).toEqual([]);
	return problems.map(formatProblem);
}

describe('role tracks', () => {
	it('are read with their titles, descriptions and lessons in order', () => {
		const source = readFileSync(join(fixtures, 'valid.yaml'), 'utf8');
		expect(parseTracks(source, 'lessons/tracks.yaml', lessonIds)).toEqual({
			problems: [],
			tracks: [
				{
					id: 'rnd',
					title: { zh: '研发', en: 'R&D' },
					description: { zh: '面向研发。', en: 'For R&D.' },
					lessons: ['containers', 'kubernetes']
				},
				{
					id: 'full',
					title: { zh: '完整课程', en: 'Full course' },
					description: { zh: '全部课程。', en: 'Every lesson.' },
					lessons: ['containers', 'kubernetes', 'cncf']
				}
			]
		});
	});

	it('refuse an unknown lesson id, naming the known ones', () => {
		expect(problemsOf('unknown-lesson.yaml')).toEqual([
			'lessons/unknown-lesson.yaml: [0].lessons[1]: "kubernetes-basics" is not a lesson id (lessons: containers, kubernetes, cncf)'
		]);
	});

	it('refuse a lesson listed twice and a track id used twice', () => {
		expect(problemsOf('duplicates.yaml')).toEqual([
			'lessons/duplicates.yaml: [0].lessons[2]: "containers" is listed twice (also [0].lessons[0])',
			'lessons/duplicates.yaml: [1].id: duplicate track id "rnd" (also [0])'
		]);
	});

	it('refuse a track without lessons', () => {
		expect(problemsOf('empty-track.yaml')).toEqual([
			'lessons/empty-track.yaml: [0].lessons: needs at least one lesson'
		]);
	});

	it('refuse an exam time limit that is not whole minutes from 5 to 240', () => {
		const track = (limit: string) =>
			`- id: full\n  title: { zh: 全部, en: All }\n  description: { zh: 全部, en: All }\n  time_limit_minutes: ${limit}\n  lessons: [containers, kubernetes, cncf]\n`;
		const problems = (limit: string) =>
			parseTracks(track(limit), 'lessons/tracks.yaml', lessonIds).problems.map(formatProblem);
		expect(problems('60')).toEqual([]);
		expect(problems('1.5')).toEqual([
			'lessons/tracks.yaml: [0].time_limit_minutes: must be a whole number of minutes'
		]);
		expect(problems('300')).toEqual([
			'lessons/tracks.yaml: [0].time_limit_minutes: must be at most 240 minutes'
		]);
		expect(problems('soon')).toEqual([
			'lessons/tracks.yaml: [0].time_limit_minutes: must be a number of minutes'
		]);
	});

	it('refuse a title or description without both languages', () => {
		expect(problemsOf('missing-language.yaml')).toEqual([
			'lessons/missing-language.yaml: [0].title.en: the English text is missing',
			'lessons/missing-language.yaml: [0].description.zh: the Chinese text is missing',
			'lessons/missing-language.yaml: [1].description.en: the English text is empty'
		]);
	});

	it('refuse a full course that leaves a lesson out', () => {
		expect(problemsOf('incomplete-full.yaml')).toEqual([
			'lessons/incomplete-full.yaml: [1].lessons: the full course must list every lesson; missing: cncf'
		]);
	});

	it.each([
		['not valid YAML', '- id: rnd\n  id: full\n', '(file): not valid YAML'],
		['not a list', 'rnd: [containers]\n', '(file): must be a list of tracks'],
		['an empty list', '[]\n', '(file): needs at least one track'],
		[
			'an unknown field',
			'- id: full\n  title: { zh: 全部, en: All }\n  description: { zh: 全部。, en: All. }\n  lessons: [containers, kubernetes, cncf]\n  order: 1\n',
			'[0]: Unrecognized key: "order"'
		],
		[
			'a bad track id',
			'- id: Full Course\n  title: { zh: 全部, en: All }\n  description: { zh: 全部。, en: All. }\n  lessons: [containers]\n',
			'[0].id: must be lower-case a-z, 0-9 and single hyphens'
		],
		[
			'no full course',
			'- id: rnd\n  title: { zh: 研发, en: R&D }\n  description: { zh: 研发。, en: R&D. }\n  lessons: [containers]\n',
			'(file): needs a track with the id "full" that lists every lesson'
		]
	])('refuse %s', (_, source, expected) => {
		const { tracks, problems } = parseTracks(source, 'lessons/tracks.yaml', lessonIds);
		expect(tracks).toEqual([]);
		expect(problems.map(formatProblem).join('\n')).toContain(`lessons/tracks.yaml: ${expected}`);
	});

	it('fail the load with every problem, and with a missing file', () => {
		const root = join(mkdtempSync(join(tmpdir(), 'tracks-')), 'lessons');
		expect(() => loadTracks(root, lessonIds)).toThrow(
			'lessons/tracks.yaml: (file): missing: the course needs its role tracks'
		);
		const dir = mkdtempSync(join(tmpdir(), 'tracks-'));
		writeFileSync(join(dir, 'tracks.yaml'), readFileSync(join(fixtures, 'duplicates.yaml')));
		const error = (() => {
			try {
				loadTracks(dir, lessonIds);
			} catch (caught) {
				return caught;
			}
		})();
		expect(error).toBeInstanceOf(ContentError);
		expect((error as ContentError).problems).toHaveLength(2);
	});
});

describe("the course's own tracks", () => {
	const root = resolve(__dirname, '../lessons');
	const courseLessons = readdirSync(root, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
		.map((folder) => /^\d+-(.+)$/.exec(folder)![1]!);
	const tracks = loadTracks(root, courseLessons);

	it('are R&D, solutions and the full course', () => {
		expect(tracks.map((track) => track.id)).toEqual(['rnd', 'solutions', 'full']);
	});

	it('keep the course order, so that no lesson comes before one it builds on', () => {
		for (const track of tracks) {
			const places = track.lessons.map((lessonId) => courseLessons.indexOf(lessonId));
			expect(places).toEqual([...places].sort((a, b) => a - b));
		}
	});

	it('give each role a shorter path than the full course', () => {
		const full = tracks.find((track) => track.id === 'full')!;
		expect(full.lessons).toEqual(courseLessons);
		for (const track of tracks.filter((track) => track.id !== 'full')) {
			expect(track.lessons.length).toBeLessThan(courseLessons.length);
		}
	});
});
