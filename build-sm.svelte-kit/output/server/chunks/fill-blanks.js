import { t as __exportAll } from "./rolldown-runtime.js";
import { t as normalizeBlank } from "./template.js";
// src/lib/quiz/types/fill-blanks/index.ts
var fill_blanks_exports = /* @__PURE__ */ __exportAll({
	default: () => fillBlanks,
	isBlankRight: () => isBlankRight
});
function isBlankRight(blank, given) {
	if (given === void 0) return false;
	if (blank.choices) return given === blank.answer;
	const typed = normalizeBlank(given);
	return (blank.accept ?? []).some((answer) => normalizeBlank(answer) === typed);
}
var fillBlanks = {
	type: "fill-blanks",
	grade(question, response) {
		const right = question.blanks.filter((blank) => isBlankRight(blank, response[blank.id])).length;
		const correct = right === question.blanks.length;
		return {
			score: question.scoring === "partial" ? right / question.blanks.length : correct ? 1 : 0,
			correct
		};
	},
	isAnswered(question, response) {
		return response !== void 0 && question.blanks.every((blank) => normalizeBlank(response[blank.id] ?? "") !== "");
	},
	parseResponse(question, value) {
		if (typeof value !== "object" || value === null || Array.isArray(value)) return void 0;
		const blanks = new Map(question.blanks.map((blank) => [blank.id, blank]));
		const response = {};
		for (const [blankId, given] of Object.entries(value)) {
			const blank = blanks.get(blankId);
			if (!blank || typeof given !== "string" || given.length > 200) return void 0;
			if (blank.choices && !blank.choices.includes(given)) return void 0;
			response[blankId] = given;
		}
		return response;
	},
	view: () => import("./FillBlanks.js")
};
export { isBlankRight as n, fill_blanks_exports as t };

//# sourceMappingURL=fill-blanks.js.map