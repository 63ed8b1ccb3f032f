import { E as escape_html, g as attr_class, w as attr } from "./framework.js";
// src/lib/progress/import-problem.ts
/** Why a progress file was refused, in the page's language. */
function importProblemText(problem, t) {
	switch (problem.code) {
		case "unknown-version": return t("tools.problem.unknown-version", { version: problem.version });
		case "bad-record":
		case "future-date": return t(`tools.problem.${problem.code}`, { key: problem.key });
		default: return t(`tools.problem.${problem.code}`);
	}
}
// src/lib/components/ProgressFilePicker.svelte
function ProgressFilePicker($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** The files chosen; the picker is cleared, so that the same file can be chosen again. */
		let { label, multiple = false, primary = false, onfiles } = $$props;
		$$renderer.push(`<button type="button"${attr_class("button", void 0, { "primary": primary })}>${escape_html(label)}</button> <input class="visually-hidden" type="file" accept=".json,application/json"${attr("multiple", multiple, true)} tabindex="-1"${attr("aria-label", label)}/>`);
	});
}
// src/lib/progress/state-labels.ts
/** The UI string key naming each lesson state (home and team pages). */
var lessonStateLabel = {
	"not-started": "home.state.notStarted",
	reading: "home.state.reading",
	read: "home.state.read",
	"quiz-in-progress": "home.state.quizInProgress",
	passed: "home.state.passed",
	"needs-review": "home.state.needsReview"
};
export { ProgressFilePicker as n, importProblemText as r, lessonStateLabel as t };

//# sourceMappingURL=state-labels.js.map