import { t as __exportAll } from "../../../../../../chunks/rolldown-runtime.js";
import { E as escape_html, P as snapshot, T as clsx, _ as derived, g as attr_class, v as ensure_array_like, w as attr, y as head } from "../../../../../../chunks/framework.js";
import { a as paths, g as getI18n, n as formatDuration, r as formatPercent, t as formatDate } from "../../../../../../chunks/course.js";
import { t as TrustedHtml } from "../../../../../../chunks/TrustedHtml.js";
import { n as getProgress } from "../../../../../../chunks/progress.js";
import { n as isSelectable, t as codeLines } from "../../../../../../chunks/lines.js";
import { t as fill_blanks_exports } from "../../../../../../chunks/fill-blanks.js";
import { i as shuffled, n as ordering_exports, r as questionRandom } from "../../../../../../chunks/ordering.js";
import { n as short_answer_exports } from "../../../../../../chunks/short-answer.js";
// src/lib/quiz/grading.ts
/**
* Grades a choice of several things: each candidate is judged right when it is chosen exactly if
* it is right; the answer is correct when every candidate is. Partial credit is the share of
* candidates judged right.
*/
function gradeSelection(candidates, chosen, right, scoring) {
	const judgedRight = candidates.filter((item) => chosen.has(item) === right.has(item)).length;
	const correct = judgedRight === candidates.length;
	return {
		score: scoring === "partial" ? judgedRight / candidates.length : correct ? 1 : 0,
		correct
	};
}
// src/lib/quiz/types/code-lines/index.ts
var code_lines_exports = /* @__PURE__ */ __exportAll({ default: () => codeLinesPlugin });
var codeLinesPlugin = {
	type: "code-lines",
	grade(question, response) {
		const chosen = new Set(response);
		const right = new Set(question.answer);
		return gradeSelection([.../* @__PURE__ */ new Set([...chosen, ...right])], chosen, right, question.scoring);
	},
	isAnswered(_question, response) {
		return response !== void 0 && response.length > 0;
	},
	parseResponse(question, value) {
		const lines = codeLines(question.code);
		if (!Array.isArray(value) || value.length > lines.length) return void 0;
		if (!value.every((line) => Number.isInteger(line) && line >= 1 && line <= lines.length && isSelectable(lines[line - 1])) || new Set(value).size !== value.length) return void 0;
		return [...value].sort((a, b) => a - b);
	},
	view: () => import("../../../../../../chunks/CodeLines.js")
};
// src/lib/quiz/types/matching/index.ts
var matching_exports = /* @__PURE__ */ __exportAll({ default: () => matching });
var matching = {
	type: "matching",
	grade(question, response) {
		const right = question.items.filter((item) => response[item.id] === item.answer).length;
		const correct = right === question.items.length;
		return {
			score: question.scoring === "partial" ? right / question.items.length : correct ? 1 : 0,
			correct
		};
	},
	isAnswered(question, response) {
		return response !== void 0 && question.items.every((item) => response[item.id] !== void 0);
	},
	parseResponse(question, value) {
		if (typeof value !== "object" || value === null || Array.isArray(value)) return void 0;
		const choices = new Set(question.choices.map((choice) => choice.id));
		const stored = value;
		const response = {};
		for (const item of question.items) {
			const chosen = Object.hasOwn(stored, item.id) ? stored[item.id] : void 0;
			if (typeof chosen === "string" && choices.has(chosen)) response[item.id] = chosen;
		}
		return response;
	},
	arrange(question, random) {
		if (!question.shuffle) return question;
		return {
			...question,
			items: shuffled(question.items, random),
			choices: shuffled(question.choices, random)
		};
	},
	view: () => import("../../../../../../chunks/Matching.js")
};
// src/lib/quiz/types/multiple/index.ts
var multiple_exports = /* @__PURE__ */ __exportAll({ default: () => multiple });
var multiple = {
	type: "multiple",
	grade(question, response) {
		return gradeSelection(question.options.map((option) => option.id), new Set(response), new Set(question.answer), question.scoring);
	},
	isAnswered(question, response) {
		return response !== void 0 && response.length > 0;
	},
	parseResponse(question, value) {
		if (!Array.isArray(value)) return void 0;
		const ids = new Set(question.options.map((option) => option.id));
		const chosen = value.filter((item) => typeof item === "string" && ids.has(item));
		return [...new Set(chosen)];
	},
	arrange(question, random) {
		return question.shuffle ? {
			...question,
			options: shuffled(question.options, random)
		} : question;
	},
	view: () => import("../../../../../../chunks/MultipleChoice.js")
};
// src/lib/quiz/types/single/index.ts
var single_exports = /* @__PURE__ */ __exportAll({ default: () => single });
var single = {
	type: "single",
	grade(question, response) {
		const correct = response === question.answer;
		return {
			score: correct ? 1 : 0,
			correct
		};
	},
	isAnswered(question, response) {
		return response !== void 0 && question.options.some((option) => option.id === response);
	},
	parseResponse(question, value) {
		return typeof value === "string" && question.options.some((option) => option.id === value) ? value : void 0;
	},
	arrange(question, random) {
		return question.shuffle ? {
			...question,
			options: shuffled(question.options, random)
		} : question;
	},
	view: () => import("../../../../../../chunks/SingleChoice.js")
};
// src/lib/quiz/types/true-false/index.ts
var true_false_exports = /* @__PURE__ */ __exportAll({ default: () => trueFalse });
var trueFalse = {
	type: "true-false",
	grade(question, response) {
		const correct = response === question.answer;
		return {
			score: correct ? 1 : 0,
			correct
		};
	},
	isAnswered(_question, response) {
		return typeof response === "boolean";
	},
	parseResponse(_question, value) {
		return typeof value === "boolean" ? value : void 0;
	},
	view: () => import("../../../../../../chunks/TrueFalse.js")
};
// src/lib/quiz/registry.ts
var plugins = new Map(Object.values(/* @__PURE__ */ Object.assign({
	"./types/code-lines/index.ts": code_lines_exports,
	"./types/fill-blanks/index.ts": fill_blanks_exports,
	"./types/matching/index.ts": matching_exports,
	"./types/multiple/index.ts": multiple_exports,
	"./types/ordering/index.ts": ordering_exports,
	"./types/short-answer/index.ts": short_answer_exports,
	"./types/single/index.ts": single_exports,
	"./types/true-false/index.ts": true_false_exports
})).map((module) => [module.default.type, module.default]));
/** The plug-in for a question's type; the build has checked that every type is known. */
function pluginFor(question) {
	const plugin = plugins.get(question.type);
	if (!plugin) throw new Error(`unknown question type "${question.type}"`);
	return plugin;
}
var views = /* @__PURE__ */ new Map();
/** A question's view if it is loaded already. */
function loadedView(question) {
	return views.get(question.type);
}
/** The question as shown in one attempt: the same seed gives the same order after a reload. */
function arrangeQuestion(question, seed) {
	const plugin = pluginFor(question);
	return plugin.arrange ? plugin.arrange(question, questionRandom(seed, question.id)) : question;
}
/** What the learner has answered, or the answer a type starts from (an ordering's first order). */
function currentResponse(question, stored, seed) {
	const plugin = pluginFor(question);
	return plugin.parseResponse(question, stored) ?? plugin.initialResponse?.(question, questionRandom(seed, `${question.id}:start`));
}
// src/lib/quiz/QuestionCard.svelte
function QuestionCard($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { question, response, checked, onchange = () => {} } = $$props;
		const i18n = getI18n();
		const plugin = derived(() => pluginFor(question));
		let arrived = {};
		const View = derived(() => arrived[question.type] ?? loadedView(question));
		const grade = derived(() => checked && response !== void 0 ? plugin().grade(question, response) : checked ? {
			score: 0,
			correct: false
		} : void 0);
		const verdict = (g) => g.correct ? i18n.t("quiz.correct") : g.score > 0 ? i18n.t("quiz.partlyCorrect") : i18n.t("quiz.incorrect");
		if (View()) {
			$$renderer.push("<!--[0-->");
			if (View()) {
				$$renderer.push("<!--[-->");
				View()($$renderer, {
					question,
					response,
					checked,
					onchange
				});
				$$renderer.push("<!--]-->");
			} else {
				$$renderer.push("<!--[!-->");
				$$renderer.push("<!--]-->");
			}
		} else $$renderer.push(`<!--[-1--><p class="view-loading" aria-busy="true">${escape_html(i18n.t("quiz.loadingQuestion"))}</p>`);
		$$renderer.push(`<!--]--> <div class="feedback-region" aria-live="polite">`);
		if (grade()) {
			$$renderer.push("<!--[0-->");
			const partly = !grade().correct && grade().score > 0;
			$$renderer.push(`<div${attr_class("verdict svelte-svcsl7", void 0, {
				"correct": grade().correct,
				"incorrect": !grade().correct && !partly,
				"partly": partly
			})}><p class="verdict-title"><span aria-hidden="true">${escape_html(grade().correct ? "✓" : partly ? "◐" : "✗")}</span> ${escape_html(verdict(grade()))}</p> <p class="explanation"><strong>${escape_html(i18n.t("quiz.explanation"))}</strong> `);
			TrustedHtml($$renderer, { html: question.explanation });
			$$renderer.push(`<!----></p></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div>`);
	});
}
// src/lib/quiz/QuizRunner.svelte
function QuizRunner($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { lesson, next, quiz } = $$props;
		const i18n = getI18n();
		const progress = getProgress();
		let busy = false;
		let reviewing = void 0;
		const byId = derived(() => new Map(quiz.questions.map((question) => [question.id, question])));
		const draft = derived(() => progress.drafts[lesson.id]);
		/** Removed questions drop out; questions added since the attempt began join at the end. */
		const order = derived(() => draft() ? [...draft().questionIds.filter((id) => byId().has(id)), ...quiz.questions.map((q) => q.id).filter((id) => !draft().questionIds.includes(id))] : []);
		const toAsk = derived(() => draft() ? order().filter((id) => !draft().carried.includes(id)) : []);
		const currentId = derived(() => draft() && toAsk().includes(draft().current) ? draft().current : toAsk()[0]);
		const position = derived(() => currentId() ? toAsk().indexOf(currentId()) + 1 : 0);
		const current = derived(() => draft() && currentId() ? arrangeQuestion(byId().get(currentId()), draft().seed) : void 0);
		/**
		* The answer as the learner just gave it. Saving is asynchronous; without this, a second key
		* press before the first save lands would act on the older answer.
		*/
		let latest = void 0;
		const response = derived(() => current() && draft() ? latest?.questionId === current().id && latest.attemptId === draft().attemptId ? latest.value : currentResponse(current(), draft().answers[current().id], draft().seed) : void 0);
		const isChecked = derived(() => !!current() && !!draft()?.checked.includes(current().id));
		const canCheck = derived(() => !!current() && !isChecked() && pluginFor(current()).isAnswered(current(), response()));
		const isLast = derived(() => position() === toAsk().length);
		const finished = derived(() => progress.attempts.find((attempt) => attempt.attemptId === progress.resultShown[lesson.id]));
		const lastAttempt = derived(() => progress.lastAttempt(lesson.id));
		const phase = derived(() => !progress.loaded ? "loading" : draft() && current() ? "question" : finished() ? "result" : "intro");
		const wrongIn = (attempt) => attempt.questionIds.filter((id) => byId().has(id) && (attempt.scores[id] ?? 0) < 1);
		const resultMark = {
			right: "✓",
			partly: "◐",
			wrong: "✗"
		};
		const outcomeOf = (score) => score >= 1 ? "right" : score > 0 ? "partly" : "wrong";
		async function answer(value) {
			if (!current() || !draft() || isChecked()) return;
			const given = {
				attemptId: draft().attemptId,
				questionId: current().id,
				value
			};
			latest = given;
			await progress.saveAnswer(lesson.id, current().id, snapshot(value));
			if (latest === given) latest = void 0;
		}
		const durationOf = (attempt) => formatDuration(Date.parse(attempt.finishedAt) - Date.parse(attempt.startedAt), i18n.t);
		$$renderer.push(`<div class="page quiz"${attr("data-phase", phase())}><header class="page-header"><p class="eyebrow"><a${attr("href", paths.lesson(i18n.lang, lesson.id))}>← ${escape_html(i18n.t("nav.backToLesson"))}</a></p> <h1>${escape_html(i18n.t("quiz.title", { title: lesson.title }))}</h1></header> <p class="muted quiz-status" role="status">`);
		if (progress.changedElsewhere[lesson.id]) $$renderer.push(`<!--[0-->${escape_html(i18n.t("quiz.changedElsewhere"))}`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></p> `);
		if (phase() === "loading") $$renderer.push(`<!--[0--><p class="muted">${escape_html(i18n.t("progress.loading"))}</p>`);
		else if (phase() === "intro") {
			$$renderer.push(`<!--[1--><section class="quiz-intro"><p>${escape_html(i18n.t("quiz.intro", {
				count: quiz.questions.length,
				passMark: formatPercent(quiz.passMark, i18n.lang)
			}))}</p> `);
			if (lastAttempt()) $$renderer.push(`<!--[0--><p class="last-attempt">${escape_html(i18n.t("quiz.lastAttempt", {
				score: formatPercent(lastAttempt().score, i18n.lang),
				date: formatDate(lastAttempt().finishedAt, i18n.lang)
			}))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <div class="actions"><button type="button" class="button primary"${attr("disabled", busy, true)}>${escape_html(lastAttempt() ? i18n.t("quiz.retryAll") : i18n.t("quiz.start"))}</button> `);
			if (lastAttempt() && wrongIn(lastAttempt()).length > 0) $$renderer.push(`<!--[0--><button type="button" class="button"${attr("disabled", busy, true)}>${escape_html(i18n.t("quiz.retryWrong", { count: wrongIn(lastAttempt()).length }))}</button>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (lastAttempt()) $$renderer.push(`<!--[0--><button type="button" class="button">${escape_html(i18n.t("quiz.review"))}</button>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></div></section>`);
		} else if (phase() === "question" && current() && draft()) {
			$$renderer.push(`<!--[2--><section class="quiz-question svelte-jlcudk" aria-labelledby="question-progress"${attr("data-question", current().id)}><p class="quiz-progress"><span id="question-progress">${escape_html(i18n.t("quiz.progress", {
				n: position(),
				total: toAsk().length
			}))}</span> <progress${attr("max", toAsk().length)}${attr("value", position() - (isChecked() ? 0 : 1))} aria-hidden="true"></progress></p> <!---->`);
			{
				function failed($$renderer) {
					$$renderer.push(`<p class="notice error" role="alert">${escape_html(i18n.t("quiz.cannotShow"))}</p>`);
				}
				$$renderer.boundary({ failed }, ($$renderer) => {
					$$renderer.push(`<!--[-->`);
					QuestionCard($$renderer, {
						question: current(),
						response: response(),
						checked: isChecked(),
						onchange: (value) => void answer(value)
					});
					$$renderer.push(`<!--]-->`);
				});
			}
			$$renderer.push(`<!----> <div class="actions">`);
			if (!isChecked()) $$renderer.push(`<!--[0--><button type="button" class="button primary"${attr("disabled", !canCheck(), true)}>${escape_html(i18n.t("quiz.check"))}</button>`);
			else $$renderer.push(`<!--[-1--><button type="button" class="button primary"${attr("disabled", busy, true)}>${escape_html(isLast() ? i18n.t("quiz.finish") : i18n.t("quiz.next"))}</button>`);
			$$renderer.push(`<!--]--></div></section>`);
		} else if (phase() === "result" && finished()) {
			$$renderer.push("<!--[3-->");
			const wrong = wrongIn(finished());
			const listed = finished().questionIds.filter((id) => byId().has(id));
			const outcomes = listed.map((id) => ({
				id,
				outcome: outcomeOf(finished().scores[id] ?? 0)
			}));
			const partly = outcomes.filter((question) => question.outcome === "partly").length;
			$$renderer.push(`<section class="quiz-result svelte-jlcudk" aria-labelledby="result-heading"><h2 id="result-heading" tabindex="-1">${escape_html(i18n.t("quiz.resultHeading"))}</h2> <p class="correct-count svelte-jlcudk">${escape_html(i18n.t("quiz.result.correctCount", {
				right: outcomes.filter((question) => question.outcome === "right").length,
				total: listed.length
			}))}</p> <p class="score svelte-jlcudk"${attr("data-score", finished().score)}>${escape_html(i18n.t("quiz.score", { score: formatPercent(finished().score, i18n.lang) }))}</p> `);
			if (partly > 0) $$renderer.push(`<!--[0--><p class="partial-note svelte-jlcudk">${escape_html(i18n.t("quiz.result.partialNote", { count: partly }))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <p${attr_class("verdict", void 0, {
				"correct": finished().passed,
				"incorrect": !finished().passed
			})}><span aria-hidden="true">${escape_html(finished().passed ? "✓" : "✗")}</span> ${escape_html(finished().passed ? i18n.t("quiz.passed") : i18n.t("quiz.notPassed", { passMark: formatPercent(quiz.passMark, i18n.lang) }))}</p> <p class="time-taken">${escape_html(i18n.t("quiz.timeTaken", { time: durationOf(finished()) }))}</p> <h3>${escape_html(i18n.t("quiz.result.listHeading"))}</h3> <ul class="result-list svelte-jlcudk"><!--[-->`);
			const each_array = ensure_array_like(outcomes);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let { id, outcome } = each_array[$$index];
				$$renderer.push(`<li${attr_class(clsx(outcome), "svelte-jlcudk")}${attr("data-question", id)}><span class="mark svelte-jlcudk" aria-hidden="true">${escape_html(resultMark[outcome])}</span> <span class="result-text"><span class="visually-hidden">${escape_html(i18n.t(`quiz.result.${outcome}`))}</span> `);
				TrustedHtml($$renderer, { html: byId().get(id).prompt });
				$$renderer.push(`<!----> `);
				if (outcome !== "right") $$renderer.push(`<!--[0--><a class="to-lesson svelte-jlcudk"${attr("href", paths.lesson(i18n.lang, lesson.id))}>${escape_html(i18n.t("quiz.result.reviewInLesson"))}</a>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></span></li>`);
			}
			$$renderer.push(`<!--]--></ul> <div class="actions">`);
			if (!finished().passed && wrong.length > 0) $$renderer.push(`<!--[0--><button type="button" class="button primary"${attr("disabled", busy, true)}>${escape_html(i18n.t("quiz.retryWrong", { count: wrong.length }))}</button>`);
			else if (next) $$renderer.push(`<!--[1--><a class="button primary"${attr("href", paths.lesson(i18n.lang, next.id))}>${escape_html(i18n.t("dashboard.nextLesson", { title: next.title }))}</a>`);
			else $$renderer.push(`<!--[-1--><a class="button primary"${attr("href", paths.home(i18n.lang))}>${escape_html(i18n.t("quiz.backHome"))}</a>`);
			$$renderer.push(`<!--]--></div> <div class="more-actions svelte-jlcudk" role="group"${attr("aria-label", i18n.t("quiz.result.moreActions"))}><button type="button" class="button quiet review svelte-jlcudk">${escape_html(i18n.t("quiz.review"))}</button> `);
			if (finished().passed && wrong.length > 0) $$renderer.push(`<!--[0--><button type="button" class="button quiet svelte-jlcudk"${attr("disabled", busy, true)}>${escape_html(i18n.t("quiz.retryWrong", { count: wrong.length }))}</button>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <button type="button" class="button quiet svelte-jlcudk"${attr("disabled", busy, true)}>${escape_html(i18n.t("quiz.retryAll"))}</button> `);
			if (!finished().passed) {
				$$renderer.push(`<!--[0--><a class="button quiet svelte-jlcudk"${attr("href", paths.lesson(i18n.lang, lesson.id))}>${escape_html(i18n.t("quiz.result.rereadLesson"))}</a> `);
				if (next) $$renderer.push(`<!--[0--><a class="button quiet svelte-jlcudk"${attr("href", paths.lesson(i18n.lang, next.id))}>${escape_html(i18n.t("dashboard.nextLesson", { title: next.title }))}</a>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]-->`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (finished().passed ? next : true) $$renderer.push(`<!--[0--><a class="button quiet svelte-jlcudk"${attr("href", paths.home(i18n.lang))}>${escape_html(i18n.t("quiz.backHome"))}</a>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></div></section>`);
		} else if (phase() === "review" && reviewing);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div>`);
	});
}
// src/routes/[lang=lang]/lessons/[id]/quiz/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const i18n = getI18n();
		head("e3wpc4", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(i18n.t("quiz.title", { title: data.lesson.title }))} · ${escape_html(i18n.t("meta.courseTitle"))}</title>`);
			});
		});
		$$renderer.push(`<!---->`);
		QuizRunner($$renderer, {
			lesson: data.lesson,
			next: data.next,
			quiz: data.quiz
		});
		$$renderer.push(`<!---->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map