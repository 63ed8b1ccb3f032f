import { t as getCourse } from "../../../chunks/index.server.js";
// src/routes/[lang=lang]/+layout.server.ts
var load = ({ params }) => {
	const lang = params.lang;
	return {
		lang,
		lessons: getCourse().lessons.map((lesson) => ({
			id: lesson.id,
			number: lesson.number,
			title: lesson.text[lang].title,
			summary: lesson.text[lang].summary,
			readingMinutes: lesson.text[lang].readingMinutes,
			questionCount: lesson.quiz.questions.length
		}))
	};
};
export { load };

//# sourceMappingURL=_layout.server.ts.js.map