import { E as escape_html, _ as derived, g as attr_class, v as ensure_array_like, w as attr, x as stringify } from "./framework.js";
import { t as TrustedHtml } from "./TrustedHtml.js";
import { g as getI18n } from "./course.js";
import { n as isSelectable, t as codeLines } from "./lines.js";
// src/lib/quiz/types/code-lines/CodeLines.svelte
function CodeLines($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { question, response, checked, onchange } = $$props;
		const i18n = getI18n();
		const name = derived(() => `q-${question.id}`);
		const lines = derived(() => codeLines(question.code));
		const selectable = derived(() => lines().flatMap((line, index) => isSelectable(line) ? [index + 1] : []));
		const chosen = derived(() => new Set(response ?? []));
		const right = derived(() => new Set(question.answer));
		const tabStop = derived(() => selectable().find((line) => chosen().has(line)) ?? selectable()[0]);
		const statusOf = (line) => chosen().has(line) ? right().has(line) ? "chosen-right" : "chosen-wrong" : right().has(line) ? "missed" : void 0;
		const symbol = {
			"chosen-right": "✓",
			"chosen-wrong": "✗",
			missed: "➜"
		};
		const statusText = (status) => status === "chosen-right" ? i18n.t("quiz.lineChosenRight") : status === "chosen-wrong" ? i18n.t("quiz.lineChosenWrong") : i18n.t("quiz.lineMissed");
		const marked = derived(() => lines().flatMap((_, index) => {
			const status = statusOf(index + 1);
			return status ? [{
				line: index + 1,
				status
			}] : [];
		}));
		$$renderer.push(`<fieldset class="question code-lines"${attr("aria-describedby", `${name()}-hint`)}><legend class="question-prompt">`);
		TrustedHtml($$renderer, { html: question.prompt });
		$$renderer.push(`<!----></legend> <p class="question-hint"${attr("id", `${name()}-hint`)}>${escape_html(i18n.t("quiz.linesHint"))}</p> <div class="code-box"><p class="code-language">${escape_html(i18n.t(`quiz.codeLanguage.${question.language}`))}</p>  <div class="code-scroll"${attr("role", checked ? "group" : void 0)}${attr("aria-label", checked ? i18n.t("quiz.codeRegion") : void 0)}${attr("tabindex", checked ? 0 : void 0)}><ol class="lines svelte-18dsm4n"${attr("id", `${name()}-lines`)}><!--[-->`);
		const each_array = ensure_array_like(lines());
		for (let index = 0, $$length = each_array.length; index < $$length; index++) {
			let text = each_array[index];
			const line = index + 1;
			const status = checked ? statusOf(line) : void 0;
			$$renderer.push(`<li${attr_class(`line ${stringify(status ?? "")}`, "svelte-18dsm4n", { "chosen": chosen().has(line) })}>`);
			if (!checked && isSelectable(text)) $$renderer.push(`<!--[0--><button type="button" class="row svelte-18dsm4n"${attr("data-line", line)}${attr("aria-pressed", chosen().has(line))}${attr("tabindex", line === tabStop() ? 0 : -1)}><span class="gutter svelte-18dsm4n" aria-hidden="true"><span class="box svelte-18dsm4n"></span><span class="number svelte-18dsm4n">${escape_html(line)}</span></span><span class="visually-hidden">${escape_html(i18n.t("quiz.lineLabel", { n: line }))}</span><code class="svelte-18dsm4n">${escape_html(text)}</code></button>`);
			else $$renderer.push(`<!--[-1--><div class="row svelte-18dsm4n"><span class="gutter svelte-18dsm4n"><span class="status svelte-18dsm4n" aria-hidden="true">${escape_html(status ? symbol[status] : "")}</span><span class="number svelte-18dsm4n" aria-hidden="true">${escape_html(line)}</span></span><span class="visually-hidden">${escape_html(status ? i18n.t("quiz.lineWithStatus", {
				n: line,
				status: statusText(status)
			}) : i18n.t("quiz.lineLabel", { n: line }))}</span><code class="svelte-18dsm4n">${escape_html(text)}</code></div>`);
			$$renderer.push(`<!--]--></li>`);
		}
		$$renderer.push(`<!--]--></ol></div></div> `);
		if (checked) {
			$$renderer.push(`<!--[0--><ul class="line-marks svelte-18dsm4n"><!--[-->`);
			const each_array_1 = ensure_array_like(marked());
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let { line, status } = each_array_1[$$index_1];
				$$renderer.push(`<li${attr_class("mark", void 0, {
					"right": status !== "chosen-wrong",
					"wrong": status === "chosen-wrong"
				})}><span aria-hidden="true">${escape_html(symbol[status])}</span> ${escape_html(i18n.t("quiz.lineLabel", { n: line }))}
					${escape_html(statusText(status))}</li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></fieldset>`);
	});
}
export { CodeLines as default };

//# sourceMappingURL=CodeLines.js.map