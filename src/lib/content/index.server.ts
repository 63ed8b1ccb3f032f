import { resolve } from 'node:path';
import { loadCourse, type Course } from './course.server';

let course: Course | undefined;

/** The course, read once per build from `lessons/`; builds run from the repository root. */
export function getCourse(): Course {
	course ??= loadCourse(resolve(process.cwd(), 'lessons'));
	return course;
}
