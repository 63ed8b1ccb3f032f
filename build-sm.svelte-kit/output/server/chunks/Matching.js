import { E as escape_html, g as attr_class, v as ensure_array_like, w as attr, x as stringify } from "./framework.js";
import { t as TrustedHtml } from "./TrustedHtml.js";
import { g as getI18n } from "./course.js";
// src/lib/quiz/types/matching/Matching.svelte
function Matching($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { question, response, checked, onchange } = $$props;
		const i18n = getI18n();
		const textOf = (choiceId) => question.choices.find((choice) => choice.id === choiceId)?.text;
		function choose(itemId, choiceId) {
			const next = { ...response };
			if (choiceId) next[itemId] = choiceId;
			else delete next[itemId];
			onchange(next);
		}
		$$renderer.push(`<fieldset class="question matching"><legend class="question-prompt" tabindex="-1">`);
		TrustedHtml($$renderer, { html: question.prompt });
		$$renderer.push(`<!----></legend> <p class="question-hint">${escape_html(i18n.t("quiz.matchEach"))}</p> <ul class="answer-list"><!--[-->`);
		const each_array = ensure_array_like(question.items);
		for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
			let item = each_array[$$index_1];
			const chosen = response?.[item.id];
			const right = chosen === item.answer;
			$$renderer.push(`<li${attr_class("answer pair svelte-1uyqn14", void 0, {
				"right": checked && right,
				"wrong": checked && !right
			})}>`);
			if (!checked) {
				$$renderer.push(`<!--[0--><label${attr("for", `q-${stringify(question.id)}-${stringify(item.id)}`)} class="item svelte-1uyqn14">`);
				TrustedHtml($$renderer, { html: item.text });
				$$renderer.push(`<!----></label> `);
				$$renderer.select({
					id: `q-${stringify(question.id)}-${stringify(item.id)}`,
					value: chosen ?? "",
					onchange: (event) => choose(item.id, event.currentTarget.value),
					class: ""
				}, ($$renderer) => {
					$$renderer.option({ value: "" }, ($$renderer) => {
						$$renderer.push(`${escape_html(i18n.t("quiz.chooseMatch"))}`);
					});
					$$renderer.push(`<!--[-->`);
					const each_array_1 = ensure_array_like(question.choices);
					for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
						let choice = each_array_1[$$index];
						$$renderer.option({ value: choice.id }, ($$renderer) => {
							TrustedHtml($$renderer, { html: choice.text });
							$$renderer.push(`<!---->`);
						}, void 0, void 0, void 0, void 0, true);
					}
					$$renderer.push(`<!--]-->`);
				}, "svelte-1uyqn14");
			} else {
				$$renderer.push(`<!--[-1--><span class="item svelte-1uyqn14">`);
				TrustedHtml($$renderer, { html: item.text });
				$$renderer.push(`<!----></span> <span${attr_class("matched svelte-1uyqn14", void 0, {
					"right": right,
					"wrong": !right
				})}><span class="visually-hidden">${escape_html(i18n.t("quiz.outcome.yourMatch"))}</span>`);
				TrustedHtml($$renderer, { html: textOf(chosen) ?? "—" });
				$$renderer.push(`<!----></span> <p class="marks svelte-1uyqn14"><span${attr_class("mark", void 0, {
					"right": right,
					"wrong": !right
				})}><span aria-hidden="true">${escape_html(right ? "✓" : "✗")}</span> ${escape_html(right ? i18n.t("quiz.outcome.matchRight") : i18n.t("quiz.outcome.matchWrong"))}</span> `);
				if (!right) {
					$$renderer.push(`<!--[0--><span class="mark missed"><span aria-hidden="true">○</span> ${escape_html(i18n.t("quiz.outcome.rightMatch"))}`);
					TrustedHtml($$renderer, { html: textOf(item.answer) ?? "" });
					$$renderer.push(`<!----></span>`);
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></p>`);
			}
			$$renderer.push(`<!--]--></li>`);
		}
		$$renderer.push(`<!--]--></ul></fieldset>`);
	});
}
export { Matching as default };

//# sourceMappingURL=Matching.js.map