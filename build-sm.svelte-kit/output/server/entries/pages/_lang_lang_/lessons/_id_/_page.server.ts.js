import { n as lessonAt, r as lessonEntries } from "../../../../../chunks/index.server.js";
// src/routes/[lang=lang]/lessons/[id]/+page.server.ts
var entries = lessonEntries;
var load = ({ params }) => {
	const { lesson, previous, next } = lessonAt(params.id, params.lang);
	const { html: _body, ...text } = lesson.text[params.lang];
	return {
		lesson: {
			id: lesson.id,
			number: lesson.number,
			questionCount: lesson.quiz.questions.length,
			...text
		},
		previous,
		next
	};
};
export { entries, load };

//# sourceMappingURL=_page.server.ts.js.map