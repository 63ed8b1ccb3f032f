import { x as stringify } from "./framework.js";
import { g as getI18n } from "./course.js";
import { t as ChoiceList } from "./ChoiceList.js";
// src/lib/quiz/types/true-false/TrueFalse.svelte
function TrueFalse($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { question, response, checked, onchange } = $$props;
		const i18n = getI18n();
		const idOf = (value) => value ? "true" : "false";
		ChoiceList($$renderer, {
			name: `q-${stringify(question.id)}`,
			prompt: question.prompt,
			options: [{
				id: "true",
				text: i18n.t("quiz.true"),
				feedback: question.feedback
			}, {
				id: "false",
				text: i18n.t("quiz.false"),
				feedback: question.feedback
			}],
			multiple: false,
			chosen: response === void 0 ? [] : [idOf(response)],
			rightIds: [idOf(question.answer)],
			checked,
			feedbackIds: response !== void 0 && response !== question.answer ? [idOf(response)] : [],
			onchange: (chosen) => onchange(chosen[0] === "true")
		});
	});
}
export { TrueFalse as default };

//# sourceMappingURL=TrueFalse.js.map