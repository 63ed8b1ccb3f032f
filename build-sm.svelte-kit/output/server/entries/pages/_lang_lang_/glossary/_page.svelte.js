import { E as escape_html, _ as derived, v as ensure_array_like, w as attr, y as head } from "../../../../chunks/framework.js";
import { a as paths, d as htmlLang, g as getI18n, m as otherLang } from "../../../../chunks/course.js";
// src/routes/[lang=lang]/glossary/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const i18n = getI18n();
		let query = "";
		const normalize = (text) => text.normalize("NFKC").toLowerCase();
		/** How well a term matches: its name exactly, then a name that starts so, then contains it. */
		function rank(term, needle) {
			const names = [
				term.term,
				term.otherTerm,
				...term.aliases
			].map(normalize);
			if (names.some((name) => name === needle)) return 0;
			if (names.some((name) => name.startsWith(needle))) return 1;
			if (names.some((name) => name.includes(needle))) return 2;
			if (normalize(term.definition).includes(needle)) return 3;
		}
		const shown = derived(() => {
			const needle = normalize(query.trim());
			if (!needle) return data.terms;
			return data.terms.map((term, index) => ({
				term,
				index,
				rank: rank(term, needle)
			})).filter((entry) => entry.rank !== void 0).sort((a, b) => a.rank - b.rank || a.index - b.index).map((entry) => entry.term);
		});
		/** "Pod Pod", "容器服务 ACK ACK": the other language's name only where it says more. */
		const otherSaysMore = (term) => !normalize(term.term).includes(normalize(term.otherTerm));
		head("wfipsd", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(i18n.t("glossary.title"))} · ${escape_html(i18n.t("meta.courseTitle"))}</title>`);
			});
		});
		$$renderer.push(`<div class="page glossary"><header class="page-header"><h1>${escape_html(i18n.t("glossary.title"))}</h1> <p class="lead">${escape_html(i18n.t("glossary.intro", { count: data.terms.length }))}</p></header> <div class="filter svelte-wfipsd"><label for="glossary-filter">${escape_html(i18n.t("glossary.filter"))}</label> <input id="glossary-filter" type="search"${attr("value", query)} autocomplete="off" class="svelte-wfipsd"/></div> <p class="muted" role="status">`);
		if (query.trim());
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></p> <dl class="terms svelte-wfipsd"><!--[-->`);
		const each_array = ensure_array_like(shown());
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let term = each_array[$$index];
			$$renderer.push(`<div class="entry svelte-wfipsd"${attr("id", term.id)}><dt class="svelte-wfipsd"><dfn class="svelte-wfipsd">${escape_html(term.term)}</dfn> `);
			if (otherSaysMore(term)) $$renderer.push(`<!--[0--><span class="other svelte-wfipsd"${attr("lang", htmlLang[otherLang(i18n.lang)])}>${escape_html(term.otherTerm)}</span>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></dt> <dd class="svelte-wfipsd"><p class="svelte-wfipsd">${escape_html(term.definition)}</p> <p class="taught-in svelte-wfipsd"><a${attr("href", paths.lesson(i18n.lang, term.lesson.id))}>${escape_html(i18n.t("glossary.taughtIn", {
				n: term.lesson.number,
				title: term.lesson.title
			}))}</a></p></dd></div>`);
		}
		$$renderer.push(`<!--]--></dl></div>`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map