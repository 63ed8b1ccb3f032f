import { E as escape_html, g as attr_class, v as ensure_array_like, w as attr, x as stringify } from "./framework.js";
import { t as TrustedHtml } from "./TrustedHtml.js";
import { g as getI18n } from "./course.js";
// src/lib/quiz/ChoiceList.svelte
function ChoiceList($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Wrong options chosen whose feedback is shown after Check. */
		let { name, prompt, options, multiple, chosen, rightIds, checked, feedbackIds, onchange } = $$props;
		const i18n = getI18n();
		/** After Check, each option is one of: chosen and right, chosen and wrong, right but not chosen. */
		const outcomeOf = (isChosen, isRight) => isChosen ? isRight ? "hit" : "wrong" : isRight ? "missed" : void 0;
		const symbol = {
			hit: "✓",
			wrong: "✗",
			missed: "○"
		};
		const markText = (outcome) => outcome === "hit" ? i18n.t("quiz.outcome.hit") : outcome === "wrong" ? i18n.t("quiz.outcome.wrong") : multiple ? i18n.t("quiz.outcome.missedMany") : i18n.t("quiz.outcome.missedOne");
		$$renderer.push(`<fieldset class="question choices"${attr("aria-describedby", `${stringify(name)}-hint`)}><legend class="question-prompt" tabindex="-1">`);
		TrustedHtml($$renderer, { html: prompt });
		$$renderer.push(`<!----></legend> <p class="question-hint"${attr("id", `${stringify(name)}-hint`)}>${escape_html(multiple ? i18n.t("quiz.chooseMany") : i18n.t("quiz.chooseOne"))}</p> <ul class="answer-list"><!--[-->`);
		const each_array = ensure_array_like(options);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let option = each_array[$$index];
			const isChosen = chosen.includes(option.id);
			const outcome = checked ? outcomeOf(isChosen, rightIds.includes(option.id)) : void 0;
			$$renderer.push(`<li${attr_class("answer choice svelte-1tbgbec", void 0, {
				"chosen": isChosen,
				"right": outcome === "hit",
				"wrong": outcome === "wrong",
				"missed": outcome === "missed"
			})}${attr("data-option", option.id)}${attr("data-outcome", outcome)}>`);
			if (!checked) {
				$$renderer.push(`<!--[0--><label class="svelte-1tbgbec"><input${attr("type", multiple ? "checkbox" : "radio")}${attr("name", name)}${attr("value", option.id)}${attr("checked", isChosen, true)} class="svelte-1tbgbec"/> <span class="text">`);
				TrustedHtml($$renderer, { html: option.text });
				$$renderer.push(`<!----></span></label>`);
			} else {
				$$renderer.push(`<!--[-1--><div class="row svelte-1tbgbec"><span${attr_class("box svelte-1tbgbec", void 0, {
					"round": !multiple,
					"on": isChosen
				})} aria-hidden="true">${escape_html(isChosen ? symbol[outcome === "hit" ? "hit" : "wrong"] : "")}</span> <span class="text">`);
				TrustedHtml($$renderer, { html: option.text });
				$$renderer.push(`<!----></span></div> `);
				if (outcome) $$renderer.push(`<!--[0--><p${attr_class(`mark ${stringify(outcome === "hit" ? "right" : outcome)}`, "svelte-1tbgbec")}><span aria-hidden="true">${escape_html(symbol[outcome])}</span> ${escape_html(markText(outcome))}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]-->`);
			}
			$$renderer.push(`<!--]--> `);
			if (checked && option.feedback && feedbackIds.includes(option.id)) {
				$$renderer.push(`<!--[0--><p class="feedback svelte-1tbgbec">`);
				TrustedHtml($$renderer, { html: option.feedback });
				$$renderer.push(`<!----></p>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></li>`);
		}
		$$renderer.push(`<!--]--></ul></fieldset>`);
	});
}
export { ChoiceList as t };

//# sourceMappingURL=ChoiceList.js.map