import type { Grade } from './registry';

/**
 * Grades a choice of several things: each candidate is judged right when it is chosen exactly if
 * it is right; the answer is correct when every candidate is. Partial credit is the share of
 * candidates judged right.
 */
export function gradeSelection<T>(
	candidates: readonly T[],
	chosen: ReadonlySet<T>,
	right: ReadonlySet<T>,
	scoring: 'all-or-nothing' | 'partial'
): Grade {
	const judgedRight = candidates.filter((item) => chosen.has(item) === right.has(item)).length;
	const correct = judgedRight === candidates.length;
	const score = scoring === 'partial' ? judgedRight / candidates.length : correct ? 1 : 0;
	return { score, correct };
}
