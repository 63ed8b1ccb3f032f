import { resolve } from 'node:path';
import { error } from '@sveltejs/kit';
import { langs, type Lang } from '$lib/i18n/langs';
import { loadCourse, type Course, type Lesson } from './course.server';

let course: Course | undefined;

/** The course, read once per build from `lessons/`; builds run from the repository root. */
export function getCourse(): Course {
	course ??= loadCourse(resolve(process.cwd(), 'lessons'));
	return course;
}

/** Every lesson page in both languages, for prerendering. */
export function lessonEntries(): { lang: Lang; id: string }[] {
	return langs.flatMap((lang) => getCourse().lessons.map((lesson) => ({ lang, id: lesson.id })));
}

/** A lesson and its neighbours in one language; a 404 for an id that is not a lesson. */
export function lessonAt(id: string, lang: Lang) {
	const { lessons } = getCourse();
	const index = lessons.findIndex((lesson) => lesson.id === id);
	const lesson: Lesson | undefined = lessons[index];
	if (!lesson) error(404, 'Not found');
	const neighbour = (offset: number) => {
		const other = lessons[index + offset];
		return other ? { id: other.id, title: other.text[lang].title } : null;
	};
	return { lesson, previous: neighbour(-1), next: neighbour(1) };
}
