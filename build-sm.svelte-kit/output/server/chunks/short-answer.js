import { t as __exportAll } from "./rolldown-runtime.js";
import { t as normalizeAnswer } from "./normalize.js";
// src/lib/quiz/types/short-answer/index.ts
var short_answer_exports = /* @__PURE__ */ __exportAll({ default: () => shortAnswer });
var shortAnswer = {
	type: "short-answer",
	grade(question, response) {
		const given = normalizeAnswer(response);
		const correct = [...question.accepted.zh, ...question.accepted.en].some((answer) => normalizeAnswer(answer) === given);
		return {
			score: correct ? 1 : 0,
			correct
		};
	},
	isAnswered(_question, response) {
		return response !== void 0 && normalizeAnswer(response) !== "";
	},
	parseResponse(_question, value) {
		return typeof value === "string" && value.length <= 200 ? value : void 0;
	},
	view: () => import("./ShortAnswer.js")
};
export { short_answer_exports as n, shortAnswer as t };

//# sourceMappingURL=short-answer.js.map