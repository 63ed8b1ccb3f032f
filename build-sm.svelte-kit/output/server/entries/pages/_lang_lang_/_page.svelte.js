import { E as escape_html, _ as derived, b as props_id, g as attr_class, v as ensure_array_like, w as attr, x as stringify, y as head } from "../../../chunks/framework.js";
import { a as paths, g as getI18n, n as formatDuration, r as formatPercent } from "../../../chunks/course.js";
import { n as getProgress, t as exportProgress } from "../../../chunks/progress.js";
import { n as ProgressFilePicker, r as importProblemText, t as lessonStateLabel } from "../../../chunks/state-labels.js";
// src/lib/progress/next-step.ts
/** Where the learner is in a quiz in progress: the question on screen, of those to answer. */
function quizPosition(progress, lessonId) {
	const draft = progress.drafts[lessonId];
	if (!draft) return void 0;
	const toAsk = draft.questionIds.filter((id) => !draft.carried.includes(id));
	return {
		n: Math.max(1, toAsk.indexOf(draft.current) + 1),
		total: toAsk.length
	};
}
/** When the learner last did anything in a lesson: read it, answered its quiz or finished one. */
function lastTouched(progress, lessonId) {
	return [
		progress.lessons[lessonId]?.lastVisitedAt,
		progress.drafts[lessonId]?.updatedAt,
		progress.lastAttempt(lessonId)?.finishedAt
	].filter((time) => time !== void 0).sort().at(-1);
}
/**
* The next step, from the lesson the learner touched last: carry on with it (its reading, then its
* quiz, then a retry until passed); once passed, the first lesson after it not passed yet (from
* the start again if need be); once every quiz is passed, the course is complete.
*/
function nextStep(progress, lessonIds) {
	const open = lessonIds.filter((id) => progress.stateOf(id) !== "passed");
	if (open.length === 0) return { kind: "complete" };
	const touched = lessonIds.map((id) => ({
		id,
		at: lastTouched(progress, id)
	})).filter((lesson) => lesson.at !== void 0).sort((a, b) => b.at.localeCompare(a.at))[0];
	if (!touched) return {
		kind: "start",
		lessonId: lessonIds[0]
	};
	const from = lessonIds.indexOf(touched.id);
	const lessonId = progress.stateOf(touched.id) !== "passed" ? touched.id : [...lessonIds.slice(from + 1), ...lessonIds.slice(0, from)].find((id) => open.includes(id));
	switch (progress.stateOf(lessonId)) {
		case "quiz-in-progress": return {
			kind: "continue-quiz",
			lessonId,
			...quizPosition(progress, lessonId)
		};
		case "needs-review": return {
			kind: "retry-quiz",
			lessonId
		};
		case "read": return {
			kind: "take-quiz",
			lessonId
		};
		case "reading": return {
			kind: "continue-reading",
			lessonId,
			section: progress.lessons[lessonId]?.section
		};
		default: return {
			kind: "next-lesson",
			lessonId
		};
	}
}
// src/lib/components/Dashboard.svelte
function Dashboard($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { lessons } = $$props;
		const i18n = getI18n();
		const progress = getProgress();
		const total = derived(() => lessons.length);
		const ids = derived(() => lessons.map((lesson) => lesson.id));
		const passed = derived(() => progress.passedCount(ids()));
		const read = derived(() => progress.readCount(ids()));
		const step = derived(() => nextStep(progress, ids()));
		const titleOf = (id) => lessons.find((lesson) => lesson.id === id)?.title ?? "";
		$$renderer.push(`<section class="dashboard svelte-lztlh0" aria-labelledby="dashboard-heading"><h2 id="dashboard-heading" class="svelte-lztlh0">${escape_html(i18n.t("dashboard.heading"))}</h2> <div class="meters svelte-lztlh0"${attr("aria-busy", !progress.loaded)}><p class="meter svelte-lztlh0"><span>${escape_html(i18n.t("dashboard.passed", {
			passed: passed(),
			total: total()
		}))}</span> <progress${attr("max", total())}${attr("value", passed())} aria-hidden="true" class="svelte-lztlh0"></progress></p> <p class="meter svelte-lztlh0"><span>${escape_html(i18n.t("dashboard.read", {
			read: read(),
			total: total()
		}))}</span> <progress${attr("max", total())}${attr("value", read())} aria-hidden="true" class="svelte-lztlh0"></progress></p> <p class="time svelte-lztlh0">${escape_html(i18n.t("dashboard.timeSpent", { time: formatDuration(progress.timeSpentMs(), i18n.t) }))}</p></div> <div${attr_class("next-step svelte-lztlh0", void 0, { "pending": !progress.loaded })}${attr("data-step", progress.loaded ? step().kind : "")}>`);
		if (!progress.loaded) $$renderer.push(`<!--[0--><p class="muted svelte-lztlh0">${escape_html(i18n.t("progress.loading"))}</p>`);
		else if (step().kind === "complete") $$renderer.push(`<!--[1--><div class="complete svelte-lztlh0"><p class="complete-title svelte-lztlh0"><span aria-hidden="true">✓</span> ${escape_html(i18n.t("dashboard.complete"))}</p> <p class="svelte-lztlh0">${escape_html(i18n.t("dashboard.completeText", { total: total() }))}</p> <a${attr("href", paths.glossary(i18n.lang))}>${escape_html(i18n.t("dashboard.openGlossary"))}</a></div>`);
		else {
			$$renderer.push("<!--[-1-->");
			const title = titleOf(step().lessonId);
			if (step().kind === "start") $$renderer.push(`<!--[0--><a class="button primary"${attr("href", paths.lesson(i18n.lang, step().lessonId))}>${escape_html(i18n.t("dashboard.start", { title }))}</a>`);
			else if (step().kind === "continue-reading") $$renderer.push(`<!--[1--><a class="button primary"${attr("href", paths.lesson(i18n.lang, step().lessonId) + (step().section ? `#${step().section}` : ""))}>${escape_html(i18n.t("dashboard.continueLesson", { title }))}</a> <a class="also svelte-lztlh0"${attr("href", paths.quiz(i18n.lang, step().lessonId))}>${escape_html(i18n.t("dashboard.orTakeQuiz"))}</a>`);
			else if (step().kind === "take-quiz") $$renderer.push(`<!--[2--><a class="button primary"${attr("href", paths.quiz(i18n.lang, step().lessonId))}>${escape_html(i18n.t("dashboard.takeQuiz", { title }))}</a>`);
			else if (step().kind === "continue-quiz") $$renderer.push(`<!--[3--><a class="button primary"${attr("href", paths.quiz(i18n.lang, step().lessonId))}>${escape_html(i18n.t("dashboard.continueQuiz", { title }))}</a> <span class="also svelte-lztlh0">${escape_html(i18n.t("quiz.progress", {
				n: step().n,
				total: step().total
			}))}</span>`);
			else if (step().kind === "retry-quiz") $$renderer.push(`<!--[4--><a class="button primary"${attr("href", paths.quiz(i18n.lang, step().lessonId))}>${escape_html(i18n.t("dashboard.retryQuiz", { title }))}</a> <a class="also svelte-lztlh0"${attr("href", paths.lesson(i18n.lang, step().lessonId))}>${escape_html(i18n.t("dashboard.orReread"))}</a>`);
			else $$renderer.push(`<!--[-1--><a class="button primary"${attr("href", paths.lesson(i18n.lang, step().lessonId))}>${escape_html(i18n.t("dashboard.nextLesson", { title }))}</a>`);
			$$renderer.push(`<!--]-->`);
		}
		$$renderer.push(`<!--]--></div></section>`);
	});
}
// src/lib/components/ConfirmAction.svelte
function ConfirmAction($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		props_id($$renderer);
		let { label, question, confirmLabel, cancelLabel, onconfirm, class: className = "" } = $$props;
		$$renderer.push(`<!--[-1--><button type="button"${attr_class(`button ${stringify(className)}`, "svelte-1dx0vna")}>${escape_html(label)}</button>`);
		$$renderer.push(`<!--]-->`);
	});
}
// src/lib/components/ProgressTools.svelte
function ProgressTools($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { lessons } = $$props;
		const i18n = getI18n();
		const progress = getProgress();
		/** Only lessons with something to forget can be reset. */
		const started = derived(() => progress.loaded ? lessons.filter((lesson) => progress.stateOf(lesson.id) !== "not-started") : []);
		let lessonToReset = "";
		const chosenLesson = derived(() => started().find((lesson) => lesson.id === lessonToReset) ?? started()[0]);
		let transfer = void 0;
		let incoming = void 0;
		let message = void 0;
		const merge = derived(() => incoming && transfer ? transfer.planMerge({
			lessons: progress.lessons,
			attempts: progress.attempts,
			drafts: progress.drafts
		}, incoming) : void 0);
		const counts = derived(() => incoming && transfer ? transfer.planReplace(incoming) : void 0);
		async function chooseFile([file]) {
			incoming = void 0;
			message = void 0;
			if (!file) return;
			try {
				transfer ??= await import("../../../chunks/transfer.js");
				const result = await transfer.readProgressFile(file, Date.now());
				if (!result.ok) message = {
					text: importProblemText(result.problem, i18n.t),
					error: true
				};
				else incoming = result.records;
			} catch {
				message = {
					text: importProblemText({ code: "unreadable" }, i18n.t),
					error: true
				};
			}
		}
		async function apply(replace) {
			if (!incoming || !transfer) return;
			const plan = replace ? transfer.planReplace(incoming) : merge();
			if (replace) await exportProgress(progress);
			const ok = await progress.writeRecords(plan.records, { replace });
			incoming = void 0;
			message = ok ? {
				text: i18n.t("tools.importDone", {
					attempts: plan.newAttempts,
					lessons: plan.lessonsChanged,
					drafts: plan.draftsChanged
				}),
				error: false
			} : {
				text: i18n.t("tools.importFailed", { reason: progress.writeError ?? "" }),
				error: true
			};
		}
		async function resetLesson(lessonId) {
			const file = await exportProgress(progress);
			if (await progress.reset(lessonId)) message = {
				text: i18n.t("tools.resetDone", { file }),
				error: false
			};
		}
		async function resetCourse() {
			const file = await exportProgress(progress);
			if (await progress.reset()) message = {
				text: i18n.t("tools.resetDone", { file }),
				error: false
			};
		}
		$$renderer.push(`<section class="tools-panel svelte-z6nu52" aria-labelledby="tools-heading"><h2 id="tools-heading">${escape_html(i18n.t("tools.heading"))}</h2> <p class="muted">${escape_html(i18n.t("tools.intro"))}</p> `);
		if (progress.setAside.length > 0) $$renderer.push(`<!--[0--><p class="notice-inline svelte-z6nu52" role="status">${escape_html(i18n.t("tools.setAside", { count: progress.setAside.length }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <div class="actions"><button type="button" class="button">${escape_html(i18n.t("tools.export"))}</button> `);
		ProgressFilePicker($$renderer, {
			label: i18n.t("tools.import"),
			onfiles: chooseFile
		});
		$$renderer.push(`<!----> `);
		ConfirmAction($$renderer, {
			class: "destructive",
			label: i18n.t("tools.resetCourse"),
			question: i18n.t("tools.confirmResetCourse"),
			confirmLabel: i18n.t("tools.confirmReset"),
			cancelLabel: i18n.t("tools.cancel"),
			onconfirm: resetCourse
		});
		$$renderer.push(`<!----></div> `);
		if (chosenLesson()) {
			$$renderer.push(`<!--[0--><div class="reset-one svelte-z6nu52" role="group" aria-labelledby="reset-one-heading"><h3 id="reset-one-heading" class="svelte-z6nu52">${escape_html(i18n.t("tools.resetOneHeading"))}</h3> <div class="reset-one-row svelte-z6nu52"><label class="svelte-z6nu52"><span>${escape_html(i18n.t("tools.lessonToReset"))}</span> `);
			$$renderer.select({
				value: chosenLesson().id,
				onchange: (event) => lessonToReset = event.currentTarget.value,
				class: ""
			}, ($$renderer) => {
				$$renderer.push(`<!--[-->`);
				const each_array = ensure_array_like(started());
				for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
					let lesson = each_array[$$index];
					$$renderer.option({ value: lesson.id }, ($$renderer) => {
						$$renderer.push(`${escape_html(i18n.t("home.lessonNumber", { n: lesson.number }))}${escape_html(i18n.t("tools.titleSeparator"))}${escape_html(lesson.title)}`);
					});
				}
				$$renderer.push(`<!--]-->`);
			}, "svelte-z6nu52");
			$$renderer.push(`</label> <!---->`);
			ConfirmAction($$renderer, {
				class: "destructive",
				label: i18n.t("tools.resetLesson"),
				question: i18n.t("tools.confirmResetLesson", { title: chosenLesson().title }),
				confirmLabel: i18n.t("tools.confirmReset"),
				cancelLabel: i18n.t("tools.cancel"),
				onconfirm: () => resetLesson(chosenLesson().id)
			});
			$$renderer.push(`<!----></div></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (incoming && merge() && counts()) {
			$$renderer.push(`<!--[0--><div class="import-plan svelte-z6nu52" role="region"${attr("aria-label", i18n.t("tools.import"))}><p>${escape_html(i18n.t("tools.importPreview", {
				lessons: counts().lessonsChanged,
				attempts: counts().newAttempts,
				drafts: counts().draftsChanged
			}))}</p> <p>${escape_html(i18n.t("tools.mergeSummary", {
				attempts: merge().newAttempts,
				lessons: merge().lessonsChanged,
				drafts: merge().draftsChanged
			}))}</p> <div class="actions"><button type="button" class="button primary">${escape_html(i18n.t("tools.merge"))}</button> `);
			ConfirmAction($$renderer, {
				label: i18n.t("tools.replace"),
				question: i18n.t("tools.confirmReplace"),
				confirmLabel: i18n.t("tools.confirmReplaceButton"),
				cancelLabel: i18n.t("tools.cancel"),
				onconfirm: () => apply(true)
			});
			$$renderer.push(`<!----> <button type="button" class="button">${escape_html(i18n.t("tools.cancel"))}</button></div></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p${attr_class("message svelte-z6nu52", void 0, { "error": message?.error })}${attr("role", message?.error ? "alert" : "status")}>${escape_html(message?.text ?? "")}</p></section>`);
	});
}
// src/routes/[lang=lang]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const i18n = getI18n();
		const progress = getProgress();
		head("119hrps", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(i18n.t("meta.courseTitle"))}</title>`);
			});
		});
		$$renderer.push(`<div class="page home"><header class="page-header"><h1>${escape_html(i18n.t("meta.courseTitle"))}</h1> <p class="lead">${escape_html(i18n.t("meta.courseSubtitle"))}</p></header> `);
		Dashboard($$renderer, { lessons: data.lessons });
		$$renderer.push(`<!----> <h2 class="visually-hidden">${escape_html(i18n.t("home.lessonsHeading"))}</h2> <ol class="lesson-list"><!--[-->`);
		const each_array = ensure_array_like(data.lessons);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let lesson = each_array[$$index];
			const state = progress.stateOf(lesson.id);
			const best = progress.bestScore(lesson.id);
			$$renderer.push(`<li class="lesson-card"${attr("data-lesson", lesson.id)}${attr("data-state", progress.loaded ? state : "loading")}><p class="eyebrow">${escape_html(i18n.t("home.lessonNumber", { n: lesson.number }))}</p> <h3><a${attr("href", paths.lesson(i18n.lang, lesson.id))}>${escape_html(lesson.title)}</a></h3> <p class="summary">${escape_html(lesson.summary)}</p> <p class="meta"><span>${escape_html(i18n.t("home.minutes", { count: lesson.readingMinutes }))}</span> <span aria-hidden="true">·</span> <a${attr("href", paths.quiz(i18n.lang, lesson.id))}>${escape_html(i18n.t("home.takeQuizCount", { count: lesson.questionCount }))}</a></p> <p class="status">`);
			if (progress.loaded) {
				$$renderer.push("<!--[0-->");
				const at = quizPosition(progress, lesson.id);
				$$renderer.push(`<span${attr_class(`badge badge-${stringify(state)}`)}>${escape_html(i18n.t(lessonStateLabel[state]))}</span> `);
				if (at) $$renderer.push(`<!--[0--><span class="quiz-at">${escape_html(i18n.t("quiz.progress", at))}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (best !== void 0) $$renderer.push(`<!--[0--><span class="best-score">${escape_html(i18n.t("home.bestScore", { score: formatPercent(best, i18n.lang) }))}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]-->`);
			} else $$renderer.push(`<!--[-1--> `);
			$$renderer.push(`<!--]--></p></li>`);
		}
		$$renderer.push(`<!--]--></ol> `);
		ProgressTools($$renderer, { lessons: data.lessons });
		$$renderer.push(`<!----> <p class="team-link"><a${attr("href", paths.team(i18n.lang))}>${escape_html(i18n.t("team.link"))}</a></p></div>`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map