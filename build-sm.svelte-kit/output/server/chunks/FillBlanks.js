import { E as escape_html, _ as derived, g as attr_class, v as ensure_array_like, w as attr, x as stringify } from "./framework.js";
import { t as TrustedHtml } from "./TrustedHtml.js";
import { g as getI18n } from "./course.js";
import { n as isBlankRight } from "./fill-blanks.js";
import { n as templateParts } from "./template.js";
// src/lib/quiz/types/fill-blanks/FillBlanks.svelte
function FillBlanks($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { question, response, checked, onchange } = $$props;
		const i18n = getI18n();
		const name = derived(() => `q-${question.id}`);
		const parts = derived(() => templateParts(question.template));
		const blanks = derived(() => question.blanks.map((blank) => ({
			...blank,
			at: parts().findIndex((part) => "blank" in part && part.blank === blank.id)
		})).sort((a, b) => a.at - b.at).map((blank, index) => ({
			...blank,
			n: index + 1
		})));
		const rightAnswers = (blank) => blank.choices ? [blank.answer ?? ""] : blank.accept ?? [];
		const blankOf = (id) => blanks().find((blank) => blank.id === id);
		function fill(blankId, value) {
			const next = { ...response };
			if (value === "") delete next[blankId];
			else next[blankId] = value;
			onchange(next);
		}
		/** Sized to what it holds, so that the code around it keeps its shape. */
		const sizeFor = (value) => Math.min(Math.max((value ?? "").length + 1, 8), 40);
		$$renderer.push(`<fieldset class="question fill-blanks"${attr("aria-describedby", `${name()}-hint`)}><legend class="question-prompt">`);
		TrustedHtml($$renderer, { html: question.prompt });
		$$renderer.push(`<!----></legend> <p class="question-hint"${attr("id", `${name()}-hint`)}>${escape_html(i18n.t("quiz.blanksHint"))}</p> <div class="code-box"><p class="code-language">${escape_html(i18n.t(`quiz.codeLanguage.${question.language}`))}</p>  <div class="code-scroll"${attr("role", checked ? "group" : void 0)}${attr("aria-label", checked ? i18n.t("quiz.codeRegion") : void 0)}${attr("tabindex", checked ? 0 : void 0)}><pre class="template svelte-8ywcnx"><code><!--[-->`);
		const each_array = ensure_array_like(parts());
		for (let index = 0, $$length = each_array.length; index < $$length; index++) {
			let part = each_array[index];
			if ("text" in part) $$renderer.push(`<!--[0-->${escape_html(part.text)}`);
			else {
				$$renderer.push("<!--[-1-->");
				const blank = blankOf(part.blank);
				const given = response?.[blank.id];
				const right = isBlankRight(blank, given);
				$$renderer.push(`<span${attr_class("blank svelte-8ywcnx", void 0, {
					"right": checked && right,
					"wrong": checked && !right
				})}>`);
				if (blank.choices) {
					$$renderer.push("<!--[0-->");
					$$renderer.select({
						id: `${name()}-${stringify(blank.id)}`,
						"aria-label": i18n.t("quiz.blankOf", {
							n: blank.n,
							total: blanks().length
						}),
						"aria-describedby": checked ? `${name()}-${blank.id}-mark` : void 0,
						value: given ?? "",
						disabled: checked,
						onchange: (event) => fill(blank.id, event.currentTarget.value),
						class: ""
					}, ($$renderer) => {
						$$renderer.option({ value: "" }, ($$renderer) => {
							$$renderer.push(`${escape_html(i18n.t("quiz.chooseMatch"))}`);
						});
						$$renderer.push(`<!--[-->`);
						const each_array_1 = ensure_array_like(blank.choices);
						for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
							let choice = each_array_1[$$index];
							$$renderer.option({ value: choice }, ($$renderer) => {
								$$renderer.push(`${escape_html(choice)}`);
							});
						}
						$$renderer.push(`<!--]-->`);
					}, "svelte-8ywcnx");
				} else $$renderer.push(`<!--[-1--><input${attr("id", `${name()}-${stringify(blank.id)}`)} type="text"${attr("aria-label", i18n.t("quiz.blankOf", {
					n: blank.n,
					total: blanks().length
				}))}${attr("aria-describedby", checked ? `${name()}-${blank.id}-mark` : void 0)} autocomplete="off" autocapitalize="off" spellcheck="false"${attr("maxlength", 200)}${attr("size", sizeFor(given))}${attr("value", given ?? "")}${attr("readonly", checked, true)} class="svelte-8ywcnx"/>`);
				$$renderer.push(`<!--]-->`);
				if (checked) $$renderer.push(`<!--[0--><span class="blank-mark svelte-8ywcnx" aria-hidden="true">${escape_html(right ? "✓" : "✗")}${escape_html(blank.n)}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></span>`);
			}
			$$renderer.push(`<!--]-->`);
		}
		$$renderer.push(`<!--]--></code></pre></div></div> `);
		if (checked) {
			$$renderer.push(`<!--[0--><ul class="blank-marks svelte-8ywcnx"><!--[-->`);
			const each_array_2 = ensure_array_like(blanks());
			for (let $$index_3 = 0, $$length = each_array_2.length; $$index_3 < $$length; $$index_3++) {
				let blank = each_array_2[$$index_3];
				const given = response?.[blank.id];
				const right = isBlankRight(blank, given);
				$$renderer.push(`<li${attr("id", `${name()}-${stringify(blank.id)}-mark`)}${attr_class("mark", void 0, {
					"right": right,
					"wrong": !right
				})}><span aria-hidden="true">${escape_html(right ? "✓" : "✗")}</span> ${escape_html(i18n.t(right ? "quiz.blankRight" : "quiz.blankWrong", { n: blank.n }))} `);
				if (given) $$renderer.push(`<!--[0--><code class="svelte-8ywcnx">${escape_html(given)}</code>`);
				else $$renderer.push(`<!--[-1-->${escape_html(i18n.t("quiz.emptyAnswer"))}`);
				$$renderer.push(`<!--]--> `);
				if (!right) {
					$$renderer.push(`<!--[0--><span class="accepted svelte-8ywcnx">${escape_html(i18n.t("quiz.rightAnswerIs"))} <!--[-->`);
					const each_array_3 = ensure_array_like(rightAnswers(blank));
					for (let index = 0, $$length = each_array_3.length; index < $$length; index++) {
						let answer = each_array_3[index];
						if (index > 0) $$renderer.push(`<!--[0-->${escape_html(i18n.t("quiz.or"))}`);
						else $$renderer.push("<!--[-1-->");
						$$renderer.push(`<!--]--><code class="svelte-8ywcnx">${escape_html(answer)}</code>`);
					}
					$$renderer.push(`<!--]--></span>`);
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></fieldset>`);
	});
}
export { FillBlanks as default };

//# sourceMappingURL=FillBlanks.js.map