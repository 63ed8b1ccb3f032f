import { ContentError, formatProblem, loadCourse } from '../../src/lib/content/course.server';
import { writeCourse } from '../fixtures/course';

/** The build's problem lines for a quiz file, as `file: field: what is wrong`. */
export function quizProblems(quizYaml: string): string[] {
	const { root, cleanup } = writeCourse({ '01-containers/quiz.yaml': quizYaml });
	try {
		loadCourse(root);
	} catch (error) {
		if (error instanceof ContentError) return error.problems.map(formatProblem);
		throw error;
	} finally {
		cleanup();
	}
	return [];
}
