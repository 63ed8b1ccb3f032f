// npm run new-lesson -- <id>: starts lessons/NN-<id>/ from the template (scripts/lesson-template.js).
import { createLesson } from './lesson-template.js';

const id = process.argv[2];
if (!id) {
	console.error(
		'Usage: npm run new-lesson -- <id>   (for example: npm run new-lesson -- service-mesh)'
	);
	process.exit(1);
}
try {
	const folder = createLesson('lessons', id);
	console.log(`Created ${folder}/ with zh.md, en.md and quiz.yaml.`);
	console.log(
		'Write every TODO, then run "npm run dev" to read it, or "npm run build" to check it:'
	);
	console.log(
		'the build lists each TODO left, by file and line. The author guide: lessons/README.md'
	);
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
