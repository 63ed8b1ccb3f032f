import { x as stringify } from "./framework.js";
import { t as ChoiceList } from "./ChoiceList.js";
// src/lib/quiz/types/multiple/MultipleChoice.svelte
function MultipleChoice($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { question, response, checked, onchange } = $$props;
		ChoiceList($$renderer, {
			name: `q-${stringify(question.id)}`,
			prompt: question.prompt,
			options: question.options,
			multiple: true,
			chosen: response ?? [],
			rightIds: question.answer,
			checked,
			feedbackIds: (response ?? []).filter((id) => !question.answer.includes(id)),
			onchange
		});
	});
}
export { MultipleChoice as default };

//# sourceMappingURL=MultipleChoice.js.map