import { n as describeMix, t as course } from "./_virtual_course.js";
import { p as langs } from "./course.js";
import { error } from "@sveltejs/kit";
// src/lib/content/index.server.ts
var reported = false;
/** The course, read from `lessons/` as a module of Vite's graph (see course-plugin.ts). */
function getCourse() {
	return course;
}
/**
* Every lesson page in both languages, for prerendering. SvelteKit asks for these once per build
* (pages are then rendered in another process), so each quiz's question mix is logged here.
*/
function lessonEntries() {
	const { lessons, warnings } = getCourse();
	if (!reported) {
		reported = true;
		console.info(lessons.map(describeMix).join("\n"));
		for (const warning of warnings) console.warn(`warning: ${warning}`);
	}
	return langs.flatMap((lang) => lessons.map((lesson) => ({
		lang,
		id: lesson.id
	})));
}
/** A lesson and its neighbours in one language; a 404 for an id that is not a lesson. */
function lessonAt(id, lang) {
	const { lessons } = getCourse();
	const index = lessons.findIndex((lesson) => lesson.id === id);
	const lesson = lessons[index];
	if (!lesson) error(404, "Not found");
	const neighbour = (offset) => {
		const other = lessons[index + offset];
		return other ? {
			id: other.id,
			title: other.text[lang].title
		} : null;
	};
	return {
		lesson,
		previous: neighbour(-1),
		next: neighbour(1)
	};
}
export { lessonAt as n, lessonEntries as r, getCourse as t };

//# sourceMappingURL=index.server.js.map