import type { Translate } from '$lib/i18n';
import type { ImportProblem } from './transfer';

/** Why a progress file was refused, in the page's language. */
export function importProblemText(problem: ImportProblem, t: Translate): string {
	switch (problem.code) {
		case 'unknown-version':
			return t('tools.problem.unknown-version', { version: problem.version });
		case 'bad-record':
		case 'future-date':
			return t(`tools.problem.${problem.code}`, { key: problem.key });
		default:
			return t(`tools.problem.${problem.code}`);
	}
}
