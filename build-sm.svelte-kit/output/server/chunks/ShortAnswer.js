import { E as escape_html, _ as derived, g as attr_class, w as attr, x as stringify } from "./framework.js";
import { t as TrustedHtml } from "./TrustedHtml.js";
import { g as getI18n } from "./course.js";
import { t as shortAnswer } from "./short-answer.js";
// src/lib/quiz/types/short-answer/ShortAnswer.svelte
function ShortAnswer($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { question, response, checked, onchange } = $$props;
		const i18n = getI18n();
		const accepted = derived(() => question.accepted[i18n.lang]);
		const correct = derived(() => checked && response !== void 0 && shortAnswer.grade(question, response).correct);
		$$renderer.push(`<div class="short-answer"><label class="question-prompt" tabindex="-1"${attr("for", `q-${stringify(question.id)}-answer`)}>`);
		TrustedHtml($$renderer, { html: question.prompt });
		$$renderer.push(`<!----></label> <input${attr("id", `q-${stringify(question.id)}-answer`)} type="text" autocomplete="off" autocapitalize="off" spellcheck="false" maxlength="200"${attr("value", response ?? "")}${attr("readonly", checked, true)}${attr("aria-describedby", `q-${stringify(question.id)}-hint`)} class="svelte-3jzz9v"/> <p class="question-hint svelte-3jzz9v"${attr("id", `q-${stringify(question.id)}-hint`)}>${escape_html(i18n.t("quiz.typeAnswer"))}</p> `);
		if (checked) {
			$$renderer.push(`<!--[0--><p class="marks svelte-3jzz9v"><span${attr_class("mark", void 0, {
				"right": correct(),
				"wrong": !correct()
			})}><span aria-hidden="true">${escape_html(correct() ? "✓" : "✗")}</span> ${escape_html(i18n.t("quiz.outcome.typed", { answer: response ?? "" }))}</span> `);
			if (!correct()) $$renderer.push(`<!--[0--><span class="mark missed"><span aria-hidden="true">○</span> ${escape_html(i18n.t("quiz.outcome.accepted", { answers: accepted().join(i18n.t("quiz.or")) }))}</span>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></p>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div>`);
	});
}
export { ShortAnswer as default };

//# sourceMappingURL=ShortAnswer.js.map