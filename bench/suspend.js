// The SCORM 1.2 suspend data of a finished course (src/lib/lms/suspend.ts), as measured by the
// unit test that proves it fits (tests/lms.test.ts): the figures are the test's own.
import { execFileSync } from 'node:child_process';

const limitNote =
	'SCORM 1.2 keeps at most 4,096 characters of `cmi.suspend_data`; the course never writes more, leaving out the least important records first (see `src/lib/lms/suspend.ts`).';

export function suspendSection() {
	const output = execFileSync(
		process.execPath,
		['node_modules/vitest/vitest.mjs', 'run', 'tests/lms.test.ts', '-t', 'SCORM 1.2 limit'],
		{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
	);
	const match =
		/suspend data, (\d+) lessons: everything (\d+) chars; lessons and passed attempts (\d+); written (\d+) of (\d+)/.exec(
			output
		);
	if (!match) throw new Error('tests/lms.test.ts did not report the suspend data sizes');
	const [, lessons, everything, essentials, written, limit] = match;
	return [
		'## SCORM 1.2 suspend data, worst case',
		'',
		`The course's ${lessons} lessons, every one finished and its quiz passed, with the most a learner's records can hold: the longest time and section id the store accepts, a failed and a passed attempt per lesson over two years, and a quiz in progress again in every lesson with 200-character answers (\`tests/lms.test.ts\`).`,
		'',
		'| what | characters |',
		'| --- | --- |',
		`| everything, unlimited | ${everything} |`,
		`| every lesson record and its passed attempt (what completion and the score rest on) | ${essentials} |`,
		`| written to \`cmi.suspend_data\` (left out here: the failed attempts and the quizzes in progress) | ${written} of ${limit} |`,
		'',
		limitNote
	].join('\n');
}
