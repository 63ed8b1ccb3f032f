import { r as localizeQuiz } from "../../../../../../chunks/_virtual_course.js";
import { n as lessonAt, r as lessonEntries } from "../../../../../../chunks/index.server.js";
// src/routes/[lang=lang]/lessons/[id]/quiz/+page.server.ts
var entries = lessonEntries;
var load = ({ params }) => {
	const { lesson, next } = lessonAt(params.id, params.lang);
	return {
		lesson: {
			id: lesson.id,
			title: lesson.text[params.lang].title
		},
		next,
		quiz: localizeQuiz(lesson.quiz, params.lang)
	};
};
export { entries, load };

//# sourceMappingURL=_page.server.ts.js.map