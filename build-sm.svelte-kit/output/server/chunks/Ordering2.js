import { E as escape_html, _ as derived, g as attr_class, v as ensure_array_like, w as attr, x as stringify } from "./framework.js";
import { t as TrustedHtml } from "./TrustedHtml.js";
import { g as getI18n } from "./course.js";
import { t as longestInOrder } from "./ordering.js";
// src/lib/quiz/types/ordering/Ordering.svelte
function Ordering($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { question, response, checked, onchange } = $$props;
		const i18n = getI18n();
		const order = derived(() => response ?? question.items.map((item) => item.id));
		const textOf = (id) => question.items.find((item) => item.id === id)?.text ?? "";
		const rightOrder = derived(() => question.items.map((item) => item.id));
		/** The items counted as in order: what partial credit is given for. */
		const inOrder = derived(() => checked ? new Set(longestInOrder(order(), rightOrder())) : /* @__PURE__ */ new Set());
		const allRight = derived(() => order().every((id, index) => id === rightOrder()[index]));
		let announcement = "";
		$$renderer.push(`<fieldset class="question ordering"><legend class="question-prompt" tabindex="-1">`);
		TrustedHtml($$renderer, { html: question.prompt });
		$$renderer.push(`<!----></legend> <p class="question-hint">${escape_html(i18n.t("quiz.orderHint"))}</p> <ol class="answer-list"><!--[-->`);
		const each_array = ensure_array_like(order());
		for (let index = 0, $$length = each_array.length; index < $$length; index++) {
			let id = each_array[index];
			const right = inOrder().has(id);
			$$renderer.push(`<li${attr("data-item", id)}${attr_class("answer svelte-c16koa", void 0, {
				"right": checked && right,
				"wrong": checked && !right
			})}><span class="position svelte-c16koa" aria-hidden="true">${escape_html(index + 1)}</span> <span class="text svelte-c16koa">`);
			TrustedHtml($$renderer, { html: textOf(id) });
			$$renderer.push(`<!----></span> `);
			if (checked) $$renderer.push(`<!--[0--><span${attr_class("mark svelte-c16koa", void 0, {
				"right": right,
				"wrong": !right
			})}><span aria-hidden="true">${escape_html(right ? "✓" : "✗")}</span> ${escape_html(right ? i18n.t("quiz.outcome.inOrder") : i18n.t("quiz.outcome.outOfOrder", { position: rightOrder().indexOf(id) + 1 }))}</span>`);
			else $$renderer.push(`<!--[-1--><span class="moves svelte-c16koa"><button type="button" data-direction="up"${attr("disabled", index === 0, true)}${attr("aria-label", i18n.t("quiz.moveUp", { item: textOf(id).replace(/<[^>]+>/g, "") }))} class="svelte-c16koa">↑</button> <button type="button" data-direction="down"${attr("disabled", index === order().length - 1, true)}${attr("aria-label", i18n.t("quiz.moveDown", { item: textOf(id).replace(/<[^>]+>/g, "") }))} class="svelte-c16koa">↓</button></span>`);
			$$renderer.push(`<!--]--></li>`);
		}
		$$renderer.push(`<!--]--></ol> `);
		if (checked && !allRight()) {
			$$renderer.push(`<!--[0--><div class="right-order svelte-c16koa"><p class="right-order-heading svelte-c16koa"${attr("id", `q-${stringify(question.id)}-right-order`)}><span aria-hidden="true">○</span> ${escape_html(i18n.t("quiz.outcome.rightOrder"))}</p> <ol${attr("aria-labelledby", `q-${stringify(question.id)}-right-order`)} class="svelte-c16koa"><!--[-->`);
			const each_array_1 = ensure_array_like(question.items);
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let item = each_array_1[$$index_1];
				$$renderer.push(`<li>`);
				TrustedHtml($$renderer, { html: item.text });
				$$renderer.push(`<!----></li>`);
			}
			$$renderer.push(`<!--]--></ol></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p class="visually-hidden" aria-live="polite">${escape_html(announcement)}</p></fieldset>`);
	});
}
export { Ordering as default };

//# sourceMappingURL=Ordering2.js.map