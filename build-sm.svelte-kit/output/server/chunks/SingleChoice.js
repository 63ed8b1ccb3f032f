import { x as stringify } from "./framework.js";
import { t as ChoiceList } from "./ChoiceList.js";
// src/lib/quiz/types/single/SingleChoice.svelte
function SingleChoice($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { question, response, checked, onchange } = $$props;
		ChoiceList($$renderer, {
			name: `q-${stringify(question.id)}`,
			prompt: question.prompt,
			options: question.options,
			multiple: false,
			chosen: response === void 0 ? [] : [response],
			rightIds: [question.answer],
			checked,
			feedbackIds: response !== void 0 && response !== question.answer ? [response] : [],
			onchange: (chosen) => {
				if (chosen[0] !== void 0) onchange(chosen[0]);
			}
		});
	});
}
export { SingleChoice as default };

//# sourceMappingURL=SingleChoice.js.map