// The SCORM 1.2 suspend data of a finished course (src/lib/lms/suspend.ts), as measured by the
// unit test that proves it fits (tests/lms.test.ts): the figures are the test's own.
import { execFileSync } from 'node:child_process';

const limitNote =
	'SCORM 1.2 keeps at most 4,096 characters of `cmi.suspend_data`; the course never writes more.';

export function suspendSection() {
	const output = execFileSync(
		process.execPath,
		['node_modules/vitest/vitest.mjs', 'run', 'tests/lms.test.ts', '-t', 'SCORM 1.2 limit'],
		{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
	);
	const match =
		/suspend data, (\d+) lessons, (\d+) cards: everything (\d+) chars; lessons and passed attempts (\d+); with cards, track and passed exam (\d+); written (\d+) of (\d+) in (\d+) ms/.exec(
			output
		);
	if (!match) throw new Error('tests/lms.test.ts did not report the suspend data sizes');
	const [, lessons, cards, everything, lessonsOnly, essentials, written, limit, ms] = match;
	const share = Math.round((100 * Number(written)) / Number(limit));
	return [
		'## SCORM 1.2 suspend data, worst case',
		'',
		`The course's ${lessons} lessons and ${cards} questions, every lesson finished and its quiz passed, with the most a learner's records can hold (\`tests/lms.test.ts\`): the longest time and section id the store accepts, a failed and a passed attempt per lesson over two years, a quiz in progress again in every lesson with 200-character answers; every question a review card with the longest history records accept (100,000 reviews, 99,999 lapses, the longest interval); the full track chosen; a failed final exam, a passed one with the longest name on its certificate, and a retake in progress with 200-character answers.`,
		'',
		'| what | characters |',
		'| --- | --- |',
		`| everything, unlimited | ${everything} |`,
		`| every lesson record and its passed attempt | ${lessonsOnly} |`,
		`| with every review card, the track and the passed exam (what completion, the score, the review and the certificate rest on) | ${essentials} |`,
		`| written to \`cmi.suspend_data\` (left out here: the failed attempts, the failed exam, the quizzes and the exam in progress, the sections reached) | ${written} of ${limit} (${share} %) |`,
		'',
		`A card takes 19 characters (21 when it has more than 4,095 reviews or lapses), an exam about 6 a question plus its name and version; encoding the worst case took ${ms} ms. ${limitNote} What does not fit is left out in a stated order (\`weights\` in \`src/lib/lms/suspend.ts\`, tested): other attempts and older exams first, then the quiz and exam in progress, the sections reached, the last attempts, the review cards (least recently reviewed first), whole lessons, and last of all the track and the exam that decides the course.`
	].join('\n');
}
