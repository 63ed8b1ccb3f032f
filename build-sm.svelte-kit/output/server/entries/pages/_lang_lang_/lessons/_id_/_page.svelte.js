import { E as escape_html, S as html, v as ensure_array_like, w as attr, x as stringify, y as head } from "../../../../../chunks/framework.js";
import { t as course } from "../../../../../chunks/_virtual_course.js";
import { t as TrustedHtml } from "../../../../../chunks/TrustedHtml.js";
import { a as paths, g as getI18n, y as getProgressSession } from "../../../../../chunks/course.js";
// \0virtual:course-html
var lessonHtml = (id, lang) => course.lessons.find((lesson) => lesson.id === id)?.text[lang].html ?? "";
// src/lib/components/PrerenderedHtml.svelte
function PrerenderedHtml($$renderer, $$props) {
	let { html: html$1 } = $$props;
	$$renderer.push(`${html(html$1)}`);
}
// src/routes/[lang=lang]/lessons/[id]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const i18n = getI18n();
		getProgressSession();
		let current = void 0;
		function contents($$renderer) {
			$$renderer.push(`<ol><!--[-->`);
			const each_array = ensure_array_like(data.lesson.sections);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let section = each_array[$$index];
				$$renderer.push(`<li><a${attr("href", `#${stringify(section.id)}`)}${attr("aria-current", current === section.id ? "location" : void 0)}>${escape_html(section.text)}</a></li>`);
			}
			$$renderer.push(`<!--]--></ol>`);
		}
		head("1gecqde", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(data.lesson.title)} · ${escape_html(i18n.t("meta.courseTitle"))}</title>`);
			});
		});
		$$renderer.push(`<div class="lesson-frame">`);
		if (data.lesson.sections.length > 1) {
			$$renderer.push(`<!--[0--><nav class="toc toc-side" aria-labelledby="toc-side-heading"><h2 id="toc-side-heading" class="toc-heading">${escape_html(i18n.t("lesson.contents"))}</h2> `);
			contents($$renderer);
			$$renderer.push(`<!----></nav>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <article class="page lesson"${attr("data-lesson", data.lesson.id)}><header class="page-header"><p class="eyebrow">${escape_html(i18n.t("home.lessonNumber", { n: data.lesson.number }))} · ${escape_html(i18n.t("lesson.readingTime", { count: data.lesson.readingMinutes }))}</p> <h1>${escape_html(data.lesson.title)}</h1> <p class="lead">${escape_html(data.lesson.summary)}</p></header> `);
		if (data.lesson.sections.length > 1) {
			$$renderer.push(`<!--[0--><nav class="toc toc-folded"${attr("aria-label", i18n.t("lesson.contents"))}><details><summary>${escape_html(i18n.t("lesson.contents"))}</summary> `);
			contents($$renderer);
			$$renderer.push(`<!----></details></nav>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <section class="objectives" aria-labelledby="objectives-heading"><h2 id="objectives-heading">${escape_html(i18n.t("lesson.objectives"))}</h2> <ul><!--[-->`);
		const each_array_1 = ensure_array_like(data.lesson.objectives);
		for (let index = 0, $$length = each_array_1.length; index < $$length; index++) {
			let objective = each_array_1[index];
			$$renderer.push(`<li>`);
			TrustedHtml($$renderer, { html: objective });
			$$renderer.push(`<!----></li>`);
		}
		$$renderer.push(`<!--]--></ul></section> <div class="prose">`);
		PrerenderedHtml($$renderer, { html: lessonHtml(data.lesson.id, i18n.lang) });
		$$renderer.push(`<!----></div> <section class="takeaways" aria-labelledby="takeaways-heading"><h2 id="takeaways-heading">${escape_html(i18n.t("lesson.takeaways"))}</h2> <ul><!--[-->`);
		const each_array_2 = ensure_array_like(data.lesson.takeaways);
		for (let index = 0, $$length = each_array_2.length; index < $$length; index++) {
			let takeaway = each_array_2[index];
			$$renderer.push(`<li>`);
			TrustedHtml($$renderer, { html: takeaway });
			$$renderer.push(`<!----></li>`);
		}
		$$renderer.push(`<!--]--></ul></section> `);
		if (data.lesson.sources.length > 0) {
			$$renderer.push(`<!--[0--><section class="sources" aria-labelledby="sources-heading"><h2 id="sources-heading">${escape_html(i18n.t("lesson.sources"))}</h2> <ul><!--[-->`);
			const each_array_3 = ensure_array_like(data.lesson.sources);
			for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
				let source = each_array_3[$$index_3];
				$$renderer.push(`<li><a${attr("href", source.url)} rel="external">`);
				TrustedHtml($$renderer, { html: source.title });
				$$renderer.push(`<!----></a></li>`);
			}
			$$renderer.push(`<!--]--></ul></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <aside class="to-quiz"><a class="button primary"${attr("href", paths.quiz(i18n.lang, data.lesson.id))}>${escape_html(i18n.t("lesson.toQuiz"))}</a> <p>${escape_html(i18n.t("lesson.quizAbout", { count: data.lesson.questionCount }))}</p></aside> <nav class="pager"${attr("aria-label", i18n.t("home.lessonsHeading"))}>`);
		if (data.previous) $$renderer.push(`<!--[0--><a class="prev"${attr("href", paths.lesson(i18n.lang, data.previous.id))} rel="prev"><span class="pager-label">← ${escape_html(i18n.t("nav.previousLesson"))}</span> <span class="pager-title">${escape_html(data.previous.title)}</span></a>`);
		else $$renderer.push(`<!--[-1--><a class="prev"${attr("href", paths.home(i18n.lang))}><span class="pager-label">← ${escape_html(i18n.t("nav.home"))}</span></a>`);
		$$renderer.push(`<!--]--> `);
		if (data.next) $$renderer.push(`<!--[0--><a class="next"${attr("href", paths.lesson(i18n.lang, data.next.id))} rel="next"><span class="pager-label">${escape_html(i18n.t("nav.nextLesson"))} →</span> <span class="pager-title">${escape_html(data.next.title)}</span></a>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></nav></article></div>`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map