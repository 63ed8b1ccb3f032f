import { E as escape_html, _ as derived, v as ensure_array_like, w as attr, y as head } from "../../../../chunks/framework.js";
import { n as ProgressFilePicker, r as importProblemText, t as lessonStateLabel } from "../../../../chunks/state-labels.js";
import { a as paths, g as getI18n, n as formatDuration, r as formatPercent, t as formatDate } from "../../../../chunks/course.js";
import { c as memoryStorage, r as ProgressStore } from "../../../../chunks/progress.js";
var bidiAndFormat = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
var controls = /[\u0000-\u001f\u007f-\u009f]/g;
function visibleText(text, maxLength = 120) {
	const shown = text.replace(bidiAndFormat, "").replace(controls, (char) => {
		const code = char.charCodeAt(0);
		if (code < 32) return String.fromCharCode(9216 + code);
		return code === 127 ? "␡" : "�";
	});
	const chars = Array.from(shown);
	return chars.length > maxLength ? `${chars.slice(0, maxLength - 1).join("")}…` : shown;
}
// src/lib/progress/team.ts
var attemptKeys = (progress) => progress.attempts.map((attempt) => `${attempt.lessonId}:${attempt.attemptId}`);
var openingKeys = (progress) => Object.values(progress.lessons).map((lesson) => `${lesson.lessonId}@${lesson.openedAt}`);
/**
* Whether `later` is a later export of the same learner as `earlier`: it holds every quiz attempt
* and every lesson opening of it. Attempt ids are random and openings are timed to the
* millisecond, so two learners never share them, while file names ("k8s-course-progress-….json"
* by default) often coincide. A file with nothing in it continues nothing.
*/
function continues(later, earlier) {
	const earlierKeys = [...attemptKeys(earlier), ...openingKeys(earlier)];
	if (earlierKeys.length === 0) return false;
	const laterKeys = /* @__PURE__ */ new Set([...attemptKeys(later), ...openingKeys(later)]);
	return earlierKeys.every((key) => laterKeys.has(key));
}
// src/routes/[lang=lang]/team/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const i18n = getI18n();
		let learners = [];
		let refused = [];
		let reading = void 0;
		let nextId = 0;
		const lessonIds = derived(() => data.lessons.map((lesson) => lesson.id));
		/** One file, on its own: whatever it holds, it becomes a learner or a reason, never a stall. */
		async function readOne(transfer, file) {
			const name = visibleText(file.name.replace(/\.json$/i, ""));
			try {
				const result = await transfer.readProgressFile(file, Date.now());
				if (!result.ok) return {
					name: visibleText(file.name),
					problem: result.problem
				};
				const progress = new ProgressStore(memoryStorage(result.records.map(({ key, record }) => [key, record])));
				await progress.load();
				return {
					id: nextId++,
					name,
					progress
				};
			} catch {
				return {
					name: visibleText(file.name),
					problem: { code: "unreadable" }
				};
			}
		}
		async function open(files) {
			reading = {
				done: 0,
				total: files.length
			};
			const transfer = await import("../../../../chunks/transfer.js");
			const added = [];
			const problems = [];
			for (const file of files) {
				const read = await readOne(transfer, file);
				if ("problem" in read) problems.push(read);
				else added.push(read);
				reading = {
					done: reading.done + 1,
					total: files.length
				};
				await new Promise((resolve) => setTimeout(resolve, 0));
			}
			const next = [...learners];
			for (const learner of added) {
				if (next.some((shown) => continues(shown.progress, learner.progress))) continue;
				const earlier = next.findIndex((shown) => continues(learner.progress, shown.progress));
				if (earlier >= 0) next[earlier] = learner;
				else next.push(learner);
			}
			learners = next;
			refused = problems;
			reading = void 0;
		}
		head("gycy7m", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(i18n.t("team.title"))} · ${escape_html(i18n.t("meta.courseTitle"))}</title>`);
			});
		});
		$$renderer.push(`<div class="page team"><header class="page-header"><h1>${escape_html(i18n.t("team.title"))}</h1> <p class="lead">${escape_html(i18n.t("team.intro"))}</p></header> <p class="muted">${escape_html(i18n.t("team.privacy"))}</p> <div class="actions svelte-gycy7m">`);
		ProgressFilePicker($$renderer, {
			label: i18n.t("team.open"),
			multiple: true,
			primary: true,
			onfiles: open
		});
		$$renderer.push(`<!----> `);
		if (learners.length > 0) $$renderer.push(`<!--[0--><button type="button" class="button">${escape_html(i18n.t("team.downloadCsv"))}</button> <button type="button" class="button">${escape_html(i18n.t("team.removeAll"))}</button>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> <div role="alert">`);
		if (refused.length > 0) {
			$$renderer.push(`<!--[0--><ul class="notice error refused svelte-gycy7m"><!--[-->`);
			const each_array = ensure_array_like(refused);
			for (let index = 0, $$length = each_array.length; index < $$length; index++) {
				let file = each_array[index];
				$$renderer.push(`<li><bdi>${escape_html(file.name)}</bdi>${escape_html(i18n.t("team.refusedBecause", { reason: importProblemText(file.problem, i18n.t) }))}</li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> <p class="muted" role="status">`);
		if (reading) $$renderer.push(`<!--[0-->${escape_html(i18n.t("team.reading", reading))}`);
		else if (learners.length === 0) $$renderer.push(`<!--[1-->${escape_html(i18n.t("team.empty"))}`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></p> `);
		if (learners.length > 0) {
			$$renderer.push(`<!--[0--><div class="table-scroll svelte-gycy7m" role="region" aria-labelledby="team-caption" tabindex="0"><table class="svelte-gycy7m"><caption id="team-caption" class="svelte-gycy7m">${escape_html(i18n.t("team.caption", { count: learners.length }))}</caption><thead class="svelte-gycy7m"><tr class="svelte-gycy7m"><th scope="col" class="svelte-gycy7m">${escape_html(i18n.t("team.learner"))}</th><th scope="col" class="svelte-gycy7m">${escape_html(i18n.t("team.passed"))}</th><th scope="col" class="svelte-gycy7m">${escape_html(i18n.t("team.read"))}</th><th scope="col" class="svelte-gycy7m">${escape_html(i18n.t("team.time"))}</th><th scope="col" class="svelte-gycy7m">${escape_html(i18n.t("team.lastActive"))}</th><!--[-->`);
			const each_array_1 = ensure_array_like(data.lessons);
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let lesson = each_array_1[$$index_1];
				$$renderer.push(`<th scope="col" class="lesson-column svelte-gycy7m"><a${attr("href", paths.lesson(i18n.lang, lesson.id))}${attr("title", lesson.title)}>${escape_html(i18n.t("home.lessonNumber", { n: lesson.number }))}</a></th>`);
			}
			$$renderer.push(`<!--]--><th scope="col" class="svelte-gycy7m"><span class="visually-hidden">${escape_html(i18n.t("team.actions"))}</span></th></tr></thead><tbody class="svelte-gycy7m"><!--[-->`);
			const each_array_2 = ensure_array_like(learners);
			for (let $$index_3 = 0, $$length = each_array_2.length; $$index_3 < $$length; $$index_3++) {
				let learner = each_array_2[$$index_3];
				const progress = learner.progress;
				const last = progress.lastActivity();
				$$renderer.push(`<tr${attr("data-learner", learner.name)} class="svelte-gycy7m"><th scope="row" class="svelte-gycy7m"><bdi>${escape_html(learner.name)}</bdi></th><td data-column="passed" class="svelte-gycy7m">${escape_html(progress.passedCount(lessonIds()))} / ${escape_html(lessonIds().length)}</td><td data-column="read" class="svelte-gycy7m">${escape_html(progress.readCount(lessonIds()))} / ${escape_html(lessonIds().length)}</td><td class="svelte-gycy7m">${escape_html(formatDuration(progress.timeSpentMs(), i18n.t))}</td><td class="svelte-gycy7m">${escape_html(last ? formatDate(last, i18n.lang) : "—")}</td><!--[-->`);
				const each_array_3 = ensure_array_like(data.lessons);
				for (let $$index_2 = 0, $$length = each_array_3.length; $$index_2 < $$length; $$index_2++) {
					let lesson = each_array_3[$$index_2];
					const state = progress.stateOf(lesson.id);
					const best = progress.bestScore(lesson.id);
					$$renderer.push(`<td${attr("data-lesson", lesson.id)}${attr("data-state", state)} class="svelte-gycy7m">`);
					if (state === "not-started") $$renderer.push(`<!--[0--><span aria-hidden="true">—</span> <span class="visually-hidden">${escape_html(i18n.t(lessonStateLabel[state]))}</span>`);
					else $$renderer.push(`<!--[-1--><span class="state svelte-gycy7m">${escape_html(i18n.t(lessonStateLabel[state]))}</span>`);
					$$renderer.push(`<!--]--> `);
					if (best !== void 0) $$renderer.push(`<!--[0--><span class="best svelte-gycy7m">${escape_html(formatPercent(best, i18n.lang))}</span>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--></td>`);
				}
				$$renderer.push(`<!--]--><td class="svelte-gycy7m"><button type="button" class="button"${attr("aria-label", i18n.t("team.removeOne", { name: learner.name }))}>${escape_html(i18n.t("team.remove"))}</button></td></tr>`);
			}
			$$renderer.push(`<!--]--></tbody></table></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div>`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map