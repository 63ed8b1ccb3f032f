import { E as escape_html, v as ensure_array_like, w as attr, y as head } from "../../chunks/framework.js";
import { a as paths, d as htmlLang, p as langs, s as stringsUrl } from "../../chunks/course.js";
// src/routes/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("1uha8ag", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(data.t.zh("meta.courseTitle"))} · ${escape_html(data.t.en("meta.courseTitle"))}</title>`);
			});
			$$renderer.push(`<!--[-->`);
			const each_array = ensure_array_like(langs);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let lang = each_array[$$index];
				$$renderer.push(`<link rel="preload"${attr("href", stringsUrl[lang])} as="fetch" crossorigin="anonymous"/>`);
			}
			$$renderer.push(`<!--]-->`);
		});
		$$renderer.push(`<main class="page root-choice"><h1><span lang="zh-CN">${escape_html(data.t.zh("root.choose"))}</span> / <span lang="en">${escape_html(data.t.en("root.choose"))}</span></h1> <ul class="choices"><!--[-->`);
		const each_array_1 = ensure_array_like(langs);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let lang = each_array_1[$$index_1];
			$$renderer.push(`<li><a class="button"${attr("href", paths.home(lang))}${attr("hreflang", htmlLang[lang])}${attr("lang", htmlLang[lang])}><strong>${escape_html(data.t[lang]("meta.courseTitle"))}</strong> <span>${escape_html(data.t[lang]("root." + lang))}</span></a></li>`);
		}
		$$renderer.push(`<!--]--></ul></main>`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map