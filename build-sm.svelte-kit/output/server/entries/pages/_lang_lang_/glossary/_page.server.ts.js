import { t as getCourse } from "../../../../chunks/index.server.js";
import { m as otherLang, p as langs } from "../../../../chunks/course.js";
// src/routes/[lang=lang]/glossary/+page.server.ts
var entries = () => langs.map((lang) => ({ lang }));
var load = ({ params }) => {
	const { glossary, lessons } = getCourse();
	const lang = params.lang;
	const other = otherLang(lang);
	const collator = new Intl.Collator(lang === "zh" ? "zh-CN" : "en", { sensitivity: "base" });
	return { terms: glossary.map((entry) => {
		const lesson = lessons.find((candidate) => candidate.id === entry.lesson);
		return {
			id: entry.id,
			term: entry[lang].term,
			aliases: entry[lang].aliases,
			otherTerm: entry[other].term,
			definition: entry[lang].definition,
			lesson: {
				id: lesson.id,
				number: lesson.number,
				title: lesson.text[lang].title
			}
		};
	}).sort((a, b) => collator.compare(a.term, b.term)) };
};
export { entries, load };

//# sourceMappingURL=_page.server.ts.js.map