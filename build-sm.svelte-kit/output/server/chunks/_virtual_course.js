import { t as __exportAll } from "./rolldown-runtime.js";
import { n as isSelectable, t as codeLines } from "./lines.js";
import { n as templateParts, t as normalizeBlank } from "./template.js";
import { t as normalizeAnswer } from "./normalize.js";
import { p as langs } from "./course.js";
import { t as i18nextTranslator } from "./i18next2.js";
import { z } from "zod";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { YAMLParseError, parse } from "yaml";
import MarkdownIt from "markdown-it";
import container from "markdown-it-container";
// src/lib/quiz/schema-parts.ts
var id = z.string({ error: "must be an id (text)" }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case a-z, 0-9 and single hyphens");
/** A required, non-empty text; `what` names it in the error, as in "the title is missing". */
var requiredText = (what) => z.string({ error: (issue) => issue.input === void 0 || issue.input === null ? `${what} is missing` : `${what} must be text (in YAML, put a text that contains ": " in quotes)` }).trim().min(1, `${what} is empty`);
var bilingualText = z.strictObject({
	zh: requiredText("the Chinese text"),
	en: requiredText("the English text")
}, { error: "must have a zh and an en text" });
var option = z.strictObject({
	id,
	text: bilingualText,
	feedback: bilingualText.optional()
});
var questionBase = {
	id,
	kind: z.enum([
		"recall",
		"apply",
		"scenario"
	], { error: (issue) => issue.input === void 0 ? "missing: every question is recall, apply or scenario (see lessons/README.md)" : "must be recall, apply or scenario" }),
	/** The answer is a date, a name or a codename: a lesson may have few of these. */
	trivia: z.literal(true, { error: "must be true (leave it out when the answer is not a date, a name or a codename)" }).optional(),
	prompt: bilingualText,
	explanation: bilingualText
};
/** Shown in a new order in each attempt, unless the author needs their order (e.g. "all of the above"). */
var shuffle = z.boolean({ error: "must be true or false" }).default(true);
var scoring = z.enum(["all-or-nothing", "partial"], { error: "must be all-or-nothing or partial" }).default("all-or-nothing");
/** Option ids unique, at least two options. */
var options = z.array(option).min(2, "needs at least 2 options").superRefine(uniqueIds("option"));
/** Reports ids used twice in a list of things with ids. */
function uniqueIds(what) {
	return (list, ctx) => {
		const seen = /* @__PURE__ */ new Set();
		list.forEach((item, index) => {
			if (seen.has(item.id)) ctx.addIssue({
				code: "custom",
				path: [index, "id"],
				message: `duplicate ${what} id "${item.id}"`
			});
			seen.add(item.id);
		});
	};
}
function pointsNowhere(answer, optionIds) {
	return `"${answer}" is not an option id (options: ${optionIds.join(", ")})`;
}
/** Shown as a label over the code; it changes nothing else. */
var codeLanguage = z.enum([
	"dockerfile",
	"yaml",
	"shell",
	"text"
], { error: "must be dockerfile, yaml, shell or text" }).default("text");
/**
* Code shown verbatim: a manifest, a Dockerfile, a command or its output. The newline a YAML
* block (`|`) ends with is dropped, so that line numbers count only the lines shown.
*/
var codeText = (what, field) => z.string({ error: (issue) => issue.input === void 0 || issue.input === null ? `${what} is missing` : `${what} must be text (in YAML, write it as a block: "${field}: |" and the lines below it, indented)` }).transform((text) => text.replace(/\r\n?/g, "\n").replace(/\n+$/, "")).refine((text) => text.trim() !== "", `${what} is empty`).refine((text) => text.split("\n").length <= 60, `${what} has more than 60 lines`);
// src/lib/quiz/types/code-lines/schema.ts
var schema_exports$7 = /* @__PURE__ */ __exportAll({ schema: () => schema$7 });
var schema$7 = z.strictObject({
	...questionBase,
	type: z.literal("code-lines"),
	language: codeLanguage,
	code: codeText("the code", "code"),
	/** 1-based numbers of the lines that answer the prompt. */
	answer: z.array(z.number({ error: "must be a line number, as in 21" }).int("must be a whole line number").min(1, "must be a line number from 1"), { error: "must be a list of line numbers, as in [21] or [4, 9]" }).min(1, "needs at least one line"),
	scoring
}).superRefine((question, ctx) => {
	const lines = codeLines(question.code);
	if (!lines.some(isSelectable)) return;
	const seen = /* @__PURE__ */ new Set();
	question.answer.forEach((line, index) => {
		const path = ["answer", index];
		if (line > lines.length) ctx.addIssue({
			code: "custom",
			path,
			message: `line ${line} is past the end of the code (${lines.length} lines)`
		});
		else if (!isSelectable(lines[line - 1])) ctx.addIssue({
			code: "custom",
			path,
			message: `line ${line} is empty`
		});
		if (seen.has(line)) ctx.addIssue({
			code: "custom",
			path,
			message: `lists line ${line} twice`
		});
		seen.add(line);
	});
});
// src/lib/quiz/types/fill-blanks/schema.ts
var schema_exports$6 = /* @__PURE__ */ __exportAll({ schema: () => schema$6 });
/** Code words like 3 or 1.10 must stay text: YAML would read them as numbers (1.10 as 1.1). */
var codeWord = (what) => z.string({ error: (issue) => typeof issue.input === "number" ? `${what} must be text: put numbers in quotes, as in '3'` : `${what} must be text` }).trim().min(1, `${what} is empty`).max(200, `${what} is longer than 200 characters`);
var blank = z.strictObject({
	id,
	/** Typed: the answers accepted. */
	accept: z.array(codeWord("an accepted answer"), { error: "must be a list of accepted answers" }).min(1, "needs at least one accepted answer").optional(),
	/** Chosen from a list: the choices, and the right one in `answer`. */
	choices: z.array(codeWord("a choice"), { error: "must be a list of choices" }).min(2, "needs at least 2 choices").optional(),
	answer: codeWord("the answer").optional()
}).superRefine((blank, ctx) => {
	if (blank.accept && blank.choices) ctx.addIssue({
		code: "custom",
		path: [],
		message: "has both accept and choices: a blank is typed (accept) or chosen (choices)"
	});
	else if (!blank.accept && !blank.choices) ctx.addIssue({
		code: "custom",
		path: [],
		message: "needs accept (typed answers) or choices (a list to choose from)"
	});
	else if (blank.accept) {
		if (blank.answer !== void 0) ctx.addIssue({
			code: "custom",
			path: ["answer"],
			message: "only a blank with choices has an answer; a typed blank lists accept"
		});
		const seen = /* @__PURE__ */ new Set();
		blank.accept.forEach((answer, index) => {
			if (seen.has(normalizeBlank(answer))) ctx.addIssue({
				code: "custom",
				path: ["accept", index],
				message: `"${answer}" is accepted twice`
			});
			seen.add(normalizeBlank(answer));
		});
	} else if (blank.choices) {
		const seen = /* @__PURE__ */ new Set();
		blank.choices.forEach((choice, index) => {
			if (seen.has(choice)) ctx.addIssue({
				code: "custom",
				path: ["choices", index],
				message: `lists "${choice}" twice`
			});
			seen.add(choice);
		});
		if (blank.answer === void 0) ctx.addIssue({
			code: "custom",
			path: ["answer"],
			message: "missing: which of the choices is right"
		});
		else if (!blank.choices.includes(blank.answer)) ctx.addIssue({
			code: "custom",
			path: ["answer"],
			message: `"${blank.answer}" is not one of the choices (${blank.choices.join(", ")})`
		});
	}
});
var schema$6 = z.strictObject({
	...questionBase,
	type: z.literal("fill-blanks"),
	language: codeLanguage,
	/** Code with `{{id}}` where each blank goes. */
	template: codeText("the template", "template"),
	blanks: z.array(blank, { error: "must be a list of blanks" }).min(1, "needs at least one blank").superRefine(uniqueIds("blank")),
	/** Per blank by default: a question with two blanks, one right, earns half its point. */
	scoring: z.enum(["all-or-nothing", "partial"], { error: "must be all-or-nothing or partial" }).default("partial")
}).superRefine((question, ctx) => {
	const inTemplate = templateParts(question.template).flatMap((part) => "blank" in part ? [part.blank] : []);
	const ids = question.blanks.map((blank) => blank.id);
	if (ids.length === 0) return;
	if (inTemplate.length === 0) ctx.addIssue({
		code: "custom",
		path: ["template"],
		message: "has no blank: mark each with {{id}}, as in \"kubectl {{verb}} pods\""
	});
	const seen = /* @__PURE__ */ new Set();
	for (const blankId of inTemplate) {
		if (!ids.includes(blankId)) ctx.addIssue({
			code: "custom",
			path: ["template"],
			message: `{{${blankId}}} has no blank in blanks (blanks: ${ids.join(", ")})`
		});
		else if (seen.has(blankId)) ctx.addIssue({
			code: "custom",
			path: ["template"],
			message: `{{${blankId}}} appears twice: each blank appears once`
		});
		seen.add(blankId);
	}
	question.blanks.forEach((blank, index) => {
		if (inTemplate.length > 0 && !inTemplate.includes(blank.id)) ctx.addIssue({
			code: "custom",
			path: [
				"blanks",
				index,
				"id"
			],
			message: `"${blank.id}" is not in the template: mark its place with {{${blank.id}}}`
		});
	});
});
// src/lib/quiz/types/matching/schema.ts
var schema_exports$5 = /* @__PURE__ */ __exportAll({ schema: () => schema$5 });
var schema$5 = z.strictObject({
	...questionBase,
	type: z.literal("matching"),
	/** Left column: each item names the choice it belongs with. Several may share one choice. */
	items: z.array(z.strictObject({
		id,
		text: bilingualText,
		answer: id
	})).min(2, "needs at least 2 items").superRefine(uniqueIds("item")),
	/** Right column. */
	choices: z.array(z.strictObject({
		id,
		text: bilingualText
	})).min(2, "needs at least 2 choices").superRefine(uniqueIds("choice")),
	scoring,
	shuffle
}).superRefine((question, ctx) => {
	const ids = question.choices.map((choice) => choice.id);
	question.items.forEach((item, index) => {
		if (!ids.includes(item.answer)) ctx.addIssue({
			code: "custom",
			path: [
				"items",
				index,
				"answer"
			],
			message: pointsNowhere(item.answer, ids).replace("option id", "choice id").replace("options:", "choices:")
		});
	});
});
// src/lib/quiz/types/multiple/schema.ts
var schema_exports$4 = /* @__PURE__ */ __exportAll({ schema: () => schema$4 });
var schema$4 = z.strictObject({
	...questionBase,
	type: z.literal("multiple"),
	options,
	shuffle,
	answer: z.array(id).min(1, "needs at least one right option"),
	scoring
}).superRefine((question, ctx) => {
	const ids = question.options.map((item) => item.id);
	question.answer.forEach((answer, index) => {
		if (!ids.includes(answer)) ctx.addIssue({
			code: "custom",
			path: ["answer", index],
			message: pointsNowhere(answer, ids)
		});
	});
	if (new Set(question.answer).size !== question.answer.length) ctx.addIssue({
		code: "custom",
		path: ["answer"],
		message: "lists an option twice"
	});
});
// src/lib/quiz/types/ordering/schema.ts
var schema_exports$3 = /* @__PURE__ */ __exportAll({ schema: () => schema$3 });
var schema$3 = z.strictObject({
	...questionBase,
	type: z.literal("ordering"),
	/** In the right order; each attempt starts from a shuffled one. */
	items: z.array(z.strictObject({
		id,
		text: bilingualText
	})).min(3, "needs at least 3 items").superRefine(uniqueIds("item")),
	scoring
});
// src/lib/quiz/types/short-answer/schema.ts
var schema_exports$2 = /* @__PURE__ */ __exportAll({ schema: () => schema$2 });
var answers = (language) => z.array(requiredText(`an accepted ${language} answer`), { error: `must list the accepted ${language} answers` }).min(1, `needs at least one accepted ${language} answer`).refine((list) => list.every((answer) => normalizeAnswer(answer) !== ""), { message: "an accepted answer is only punctuation" });
var schema$2 = z.strictObject({
	...questionBase,
	type: z.literal("short-answer"),
	/** Accepted in either language: a learner who switches language keeps a right answer right. */
	accepted: z.strictObject({
		zh: answers("Chinese"),
		en: answers("English")
	}, { error: "must have zh and en lists of accepted answers" })
});
// src/lib/quiz/types/single/schema.ts
var schema_exports$1 = /* @__PURE__ */ __exportAll({ schema: () => schema$1 });
var schema$1 = z.strictObject({
	...questionBase,
	type: z.literal("single"),
	options,
	shuffle,
	answer: id
}).superRefine((question, ctx) => {
	const ids = question.options.map((item) => item.id);
	if (!ids.includes(question.answer)) ctx.addIssue({
		code: "custom",
		path: ["answer"],
		message: pointsNowhere(question.answer, ids)
	});
});
// src/lib/quiz/types/true-false/schema.ts
var schema_exports = /* @__PURE__ */ __exportAll({ schema: () => schema });
var schema = z.strictObject({
	...questionBase,
	type: z.literal("true-false"),
	answer: z.boolean({ error: "must be true or false" }),
	/** Shown to a learner who picked the wrong one. */
	feedback: bilingualText.optional()
});
// src/lib/content/text.ts
function isBilingualText(value) {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
	return Object.keys(value).length === 2 && typeof value.zh === "string" && typeof value.en === "string";
}
/** Picks one language out of every bilingual text in `value`, rendering each with `render`. */
function localize(value, lang, render) {
	const walk = (node) => {
		if (isBilingualText(node)) return render(node[lang]);
		if (Array.isArray(node)) return node.map(walk);
		if (typeof node === "object" && node !== null) return Object.fromEntries(Object.entries(node).map(([key, inner]) => [key, walk(inner)]));
		return node;
	};
	return walk(value);
}
// src/lib/content/schema.server.ts
/** A source or further reading: official documentation, checked for form only (no network at build). */
var source = z.strictObject({
	title: requiredText("the title of the source"),
	url: z.string({ error: "must be a URL (text)" }).refine((value) => {
		try {
			const url = new URL(value);
			return url.protocol === "https:" && url.hostname.includes(".") && !/\s/.test(value);
		} catch {
			return false;
		}
	}, "must be a well-formed https:// URL")
});
var frontMatter = z.strictObject({
	title: requiredText("the title"),
	summary: requiredText("the summary"),
	objectives: z.array(requiredText("an objective"), { error: "must be a list of objectives" }).min(1, "needs at least one learning objective"),
	takeaways: z.array(requiredText("a takeaway"), { error: "must be a list of key takeaways" }).min(1, "needs at least one key takeaway"),
	sources: z.array(source, { error: "must be a list of sources (title and url)" }).default([])
});
var quizFile = z.strictObject({
	pass_mark: z.number({ error: "must be a number from 0 to 1" }).gt(0, "must be more than 0").max(1, "must be at most 1 (a share, not a percentage)").default(.8),
	questions: z.array(z.unknown(), { error: "must be a list of questions" }).min(1, "needs at least one question")
});
var glossarySide = z.strictObject({
	term: requiredText("the term"),
	aliases: z.array(requiredText("an alias")).default([]),
	notIn: z.array(requiredText("a name that contains the term")).default([]),
	definition: requiredText("the definition")
}).superRefine((side, context) => {
	side.notIn.forEach((phrase, index) => {
		const words = [side.term, ...side.aliases];
		if (!words.some((word) => phrase.includes(word))) context.addIssue({
			code: "custom",
			path: ["notIn", index],
			message: `"${phrase}" does not contain the term or an alias (${words.join(", ")})`
		});
	});
});
var glossaryEntry = z.strictObject({
	id,
	lesson: id,
	zh: glossarySide,
	en: glossarySide
});
var glossaryFile = z.array(z.unknown(), { error: "must be a list of entries" });
// src/lib/i18n/translations.server.ts
/** For build-time rendering, where both languages are at hand and loading is synchronous. */
function serverTranslator(lang) {
	return i18nextTranslator(lang);
}
// src/lib/content/glossary-links.server.ts
var escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({
	"&": "&amp;",
	"<": "&lt;",
	">": "&gt;",
	"\"": "&quot;"
})[c]);
/** Where a sentence ends: a term after it may be linked although one before it was. */
var sentenceEnd = /[。！？!?；;]|\.(?:\s|$)/;
var latin = /^[\p{Script=Latin}\p{N}\s.\-/]+$/u;
var escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
* One pattern for all words, longest first so that "container image" wins over "container".
* Latin words match whole words only (so "CRI" is not found inside "CRIU"); all-lower-case words
* match in any case ("Container image" at the start of a sentence), names keep their case.
*/
function matcher(terms) {
	const byWord = /* @__PURE__ */ new Map();
	const parts = [];
	const entries = [...terms.flatMap((term) => term.words.map((word) => ({
		word,
		id: term.id
	}))), ...terms.flatMap((term) => (term.notIn ?? []).map((word) => ({
		word,
		id: ""
	})))];
	for (const { word, id } of entries) {
		const anyCase = latin.test(word) && word === word.toLowerCase();
		const key = anyCase ? word.toLowerCase() : word;
		if (byWord.has(key)) continue;
		byWord.set(key, id);
		const body = anyCase ? [...word].map((c) => /\p{L}/u.test(c) ? `[${c}${c.toUpperCase()}]` : escape(c)).join("") : escape(word);
		parts.push({
			word,
			source: latin.test(word) ? `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])` : body
		});
	}
	parts.sort((a, b) => b.word.length - a.word.length);
	return {
		pattern: new RegExp(parts.map((part) => part.source).join("|"), "gu"),
		idOf: (match) => byWord.get(match) ?? byWord.get(match.toLowerCase()) ?? ""
	};
}
/**
* Marks the first use of each glossary term in a lesson, in running text only: never in
* headings, code or existing links, and at most one term in a sentence (a term left out waits
* for its next use). A term with a definition opens it in place: a button and a popover (which
* work without the page's script), with a link to the glossary entry; one without, a link.
* Changes `tokens` in place.
*/
function linkGlossaryTerms(tokens, terms, href, makeToken, labels = { entry: "" }) {
	if (terms.length === 0) return;
	const { pattern, idOf } = matcher(terms);
	const byId = new Map(terms.map((term) => [term.id, term]));
	const linked = /* @__PURE__ */ new Set();
	tokens.forEach((token, index) => {
		if (token.type !== "inline" || !token.children) return;
		if (tokens[index - 1]?.type === "heading_open") return;
		const out = [];
		let linkDepth = 0;
		let termInSentence = false;
		for (const child of token.children) {
			if (child.type === "link_open") linkDepth++;
			if (child.type === "link_close") linkDepth--;
			if (child.type !== "text" || linkDepth > 0) {
				out.push(child);
				continue;
			}
			let rest = child.content;
			pattern.lastIndex = 0;
			let match;
			let consumed = 0;
			let scanned = 0;
			while ((match = pattern.exec(child.content)) !== null) {
				if (sentenceEnd.test(child.content.slice(scanned, match.index))) termInSentence = false;
				scanned = match.index + match[0].length;
				const id = idOf(match[0]);
				if (!id || linked.has(id) || termInSentence) continue;
				linked.add(id);
				termInSentence = true;
				const before = child.content.slice(consumed, match.index);
				if (before) out.push(textToken(before));
				out.push(...termTokens(byId.get(id), match[0]));
				consumed = match.index + match[0].length;
				rest = child.content.slice(consumed);
			}
			if (sentenceEnd.test(child.content.slice(scanned))) termInSentence = false;
			if (consumed === 0) out.push(child);
			else if (rest) out.push(textToken(rest));
		}
		token.children = out;
	});
	function termTokens(term, text) {
		if (!term.definition) {
			const open = makeToken("link_open", "a", 1);
			open.attrs = [["href", href(term.id)], ["class", "glossary-term"]];
			return [
				open,
				textToken(text),
				makeToken("link_close", "a", -1)
			];
		}
		const id = `term-${term.id}`;
		const open = htmlToken(`<button type="button" class="glossary-term" popovertarget="${id}">`);
		const popover = htmlToken(`</button><span id="${id}" class="glossary-popover" popover role="dialog" aria-labelledby="${id}-name"><strong id="${id}-name" class="glossary-popover-name">${escapeHtml(term.name ?? text)}</strong> <span class="glossary-popover-definition">${escapeHtml(term.definition)}</span> <a class="glossary-popover-link" href="${escapeHtml(href(term.id))}">${escapeHtml(labels.entry)}</a></span>`);
		return [
			open,
			textToken(text),
			popover
		];
	}
	function htmlToken(content) {
		const token = makeToken("html_inline", "", 0);
		token.content = content;
		return token;
	}
	function textToken(content) {
		const token = makeToken("text", "", 0);
		token.content = content;
		return token;
	}
}
// src/lib/content/markdown.server.ts
var blocks = [
	"update",
	"correction",
	"note"
];
/** Markdown renderers, one per language, so that note labels come out in the page's language. */
var renderers = /* @__PURE__ */ new Map();
function renderer(lang) {
	let md = renderers.get(lang);
	if (md) return md;
	const t = serverTranslator(lang);
	md = new MarkdownIt({
		html: true,
		linkify: false,
		typographer: false
	});
	for (const kind of blocks) md.use(container, kind, {
		validate: (params) => params.trim().split(/\s+/)[0] === kind,
		render(tokens, index) {
			const token = tokens[index];
			if (token.nesting !== 1) return "</div></aside>\n";
			const date = token.info.trim().split(/\s+/)[1] ?? "";
			const label = blockLabel(t, kind, date);
			return `<aside class="callout callout-${kind}"><p class="callout-label">${md.utils.escapeHtml(label)}</p><div class="callout-body">\n`;
		}
	});
	md.renderer.rules.text = (tokens, index) => md.utils.escapeHtml(tokens[index].content).replace(/(?<![\p{L}\p{N}-])(\d{4}-\d{2}(?:-\d{2})?)(?![\p{L}\p{N}-])/gu, "<span class=\"date\">$1</span>");
	md.renderer.rules.code_inline = (tokens, index) => `<code>${md.utils.escapeHtml(tokens[index].content).replace(/\S*-\S*/g, noHyphenBreak)}</code>`;
	md.core.ruler.push("heading_ids", (state) => {
		const given = state.env.headingIds;
		const used = /* @__PURE__ */ new Set();
		let position = 0;
		state.tokens.forEach((token, index) => {
			if (token.type !== "heading_open" || token.attrGet("id")) return;
			const text = state.tokens[index + 1]?.content ?? "";
			const base = given?.[position++] ?? (slug(text) || "section");
			let id = base;
			for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
			used.add(id);
			token.attrSet("id", id);
		});
	});
	renderers.set(lang, md);
	return md;
}
/**
* A long name (a DNS name, an image reference) may still break after its dots, slashes and @,
* never at its hyphens.
*/
function noHyphenBreak(word) {
	return (word.length > 20 ? word.split(/(?<=[./@])/) : [word]).map((part) => part.includes("-") ? `<span class="nobreak">${part}</span>` : part).join("<wbr>");
}
function blockLabel(t, kind, date) {
	if (kind === "update") return t("lesson.block.update", { date });
	if (kind === "correction") return t("lesson.block.correction");
	return t("lesson.block.note");
}
/** A heading's anchor: lower-case letters (any script) and digits joined by hyphens. */
function slug(text) {
	return text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
}
function renderMarkdown(source, lang, options = {}) {
	const md = renderer(lang);
	const env = { headingIds: options.headingIds };
	const tokens = md.parse(source, env);
	if (options.glossary && options.glossaryHref) {
		const state = new md.core.State("", md, env);
		linkGlossaryTerms(tokens, options.glossary, options.glossaryHref, (type, tag, nesting) => new state.Token(type, tag, nesting), { entry: serverTranslator(lang)("lesson.glossaryEntry") });
	}
	const t = serverTranslator(lang);
	const hint = `<p class="scroll-hint" aria-hidden="true">${md.utils.escapeHtml(t("lesson.scrollHint"))}</p>`;
	let tables = 0;
	return readableDiagrams(md.renderer.render(tokens, md.options, env).replace(/<pre>/g, "<pre tabindex=\"0\">").replace(/<table>([\s\S]*?)<\/table>/g, (table, inner) => `${columnsOf(inner) >= 4 ? hint : ""}<div class="table-scroll" role="region" tabindex="0" aria-label="${md.utils.escapeHtml(t("lesson.scrollTable", { n: ++tables }))}"><table>${inner}</table></div>`), t("lesson.scrollDiagram"), hint, md.utils.escapeHtml);
}
var columnsOf = (table) => (/<tr>([\s\S]*?)<\/tr>/.exec(table)?.[1]?.match(/<t[hd][\s>]/g) ?? []).length;
/** A diagram's width on a 360 px phone: the page's and the figure's padding taken off. */
var phoneDiagramWidth = 310;
/**
* The narrowest an SVG diagram may be drawn, in CSS px, for its smallest text to stay readable:
* its viewBox width scaled so that the smallest font-size (16 where none is given) is 11 px.
*/
function diagramMinWidth(svg) {
	const viewBox = /<svg\b[^>]*\bviewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)/.exec(svg);
	if (!viewBox) return void 0;
	const sizes = [...svg.matchAll(/font-size(?:="|:\s*)([\d.]+)/g)].map((m) => Number(m[1]));
	const unsized = (svg.match(/<text\b[^>]*>/g) ?? []).some((tag) => !/font-size/.test(tag)) && !/<svg\b[^>]*font-size/.test(svg);
	const smallest = Math.min(...sizes, ...unsized || sizes.length === 0 ? [16] : []);
	return Math.ceil(11 * Number(viewBox[1]) / smallest);
}
/**
* Diagrams keep their text readable on a phone: each is drawn at least as wide as its smallest
* text needs (a spacer of that width, no style attribute: the CSP allows none), and one wider
* than a phone scrolls sideways in its figure, with a hint, by touch or keyboard.
*/
function readableDiagrams(html, label, hint, escape) {
	return html.replace(/(<figure class="diagram"[^>]*>)([\s\S]*?)(<figcaption[\s\S]*?<\/figcaption>\s*)?<\/figure>/g, (figure, open, body, caption = "") => {
		const width = diagramMinWidth(body);
		if (width === void 0) return figure;
		const spacer = `<svg class="diagram-spacer" width="${width}" height="1" aria-hidden="true" focusable="false"></svg>`;
		const scrolls = width > phoneDiagramWidth;
		const region = scrolls ? ` role="region" tabindex="0" aria-label="${escape(label)}" data-min-width="${width}"` : ` data-min-width="${width}"`;
		return `${open.replace("class=\"diagram\"", `class="diagram${scrolls ? " diagram-wide" : ""}"`)}<div class="diagram-scroll"${region}><div class="diagram-canvas">${body}${spacer}</div></div>${scrolls ? hint : ""}${caption}</figure>`;
	});
}
/** The headings of rendered lesson HTML, in order. */
function headingsOf(html) {
	return [...html.matchAll(/<h([2-6]) id="([^"]+)">([\s\S]*?)<\/h\1>/g)].map((match) => ({
		level: Number(match[1]),
		id: match[2],
		text: match[3].replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&amp;/g, "&")
	}));
}
function renderInline(source, lang) {
	return renderer(lang).renderInline(source);
}
/** `::: update` needs a date so that the learner can tell how fresh it is. */
function undatedUpdates(source) {
	const lines = [];
	source.split("\n").forEach((line, index) => {
		const match = /^:::\s*update\b(.*)$/.exec(line.trim());
		if (match && !/^\s*\d{4}-\d{2}(-\d{2})?\s*$/.test(match[1] ?? "")) lines.push(index + 1);
	});
	return lines;
}
/** Minutes to read: Chinese at about 400 characters a minute, English at about 220 words. */
function readingMinutes(html) {
	const text = html.replace(/<[^>]+>/g, " ");
	const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
	const words = (text.replace(/\p{Script=Han}/gu, " ").match(/[\p{L}\p{N}]+/gu) ?? []).length;
	return Math.max(1, Math.ceil(han / 400 + words / 220));
}
// src/lib/content/course.server.ts
/** "##, ##, ###": the shape of a lesson's headings, to say where two languages differ. */
var outline = (headings) => headings.map((h) => "#".repeat(h.level)).join(", ");
var ContentError = class extends Error {
	problems;
	constructor(problems) {
		super(`The course content has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n` + problems.map(formatProblem).join("\n"));
		this.problems = problems;
		this.name = "ContentError";
	}
};
function formatProblem({ file, field, message }) {
	return `${file}: ${field}: ${message}`;
}
/** From /{lang}/lessons/{id}/ to /{lang}/glossary/: relative, so any base path works. */
var glossaryHrefFromLesson = (id) => `../../glossary/#${id}`;
var folderPattern = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)$/;
var questionSchemas = Object.fromEntries(Object.entries(/* #__PURE__ */ Object.assign({
	"../quiz/types/code-lines/schema.ts": schema_exports$7,
	"../quiz/types/fill-blanks/schema.ts": schema_exports$6,
	"../quiz/types/matching/schema.ts": schema_exports$5,
	"../quiz/types/multiple/schema.ts": schema_exports$4,
	"../quiz/types/ordering/schema.ts": schema_exports$3,
	"../quiz/types/short-answer/schema.ts": schema_exports$2,
	"../quiz/types/single/schema.ts": schema_exports$1,
	"../quiz/types/true-false/schema.ts": schema_exports
})).map(([path, module]) => [/types\/([^/]+)\/schema\.ts$/.exec(path)[1], module.schema]));
var questionTypes = Object.keys(questionSchemas).sort();
function fieldPath(path) {
	let out = "";
	for (const key of path) if (typeof key === "number") out += `[${key}]`;
	else out += out === "" ? String(key) : `.${String(key)}`;
	return out || "(file)";
}
var Collector = class {
	root;
	problems = [];
	constructor(root) {
		this.root = root;
	}
	add(file, field, message) {
		this.problems.push({
			file: relative(this.root, file) || file,
			field,
			message
		});
	}
	/** Validates `value`; reports each issue under `prefix` and returns `undefined` on failure. */
	check(schema, value, file, prefix = []) {
		const result = schema.safeParse(value);
		if (result.success) return result.data;
		for (const issue of result.error.issues) this.add(file, fieldPath([...prefix, ...issue.path]), issue.message);
	}
	readYaml(file, text, field = "(file)") {
		try {
			return parse(text, {
				prettyErrors: true,
				uniqueKeys: true
			});
		} catch (error) {
			const message = error instanceof YAMLParseError ? error.message.split("\n")[0] : error instanceof Error ? error.message : String(error);
			this.add(file, field, `not valid YAML: ${message}`);
			return;
		}
	}
};
function splitFrontMatter(source) {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
	return match ? {
		yaml: match[1],
		body: match[2]
	} : void 0;
}
/** The new-lesson template marks every text still to write with TODO: none may ship. */
function leftoverTodos(collector, file, source) {
	source.split("\n").forEach((line, index) => {
		if (/\bTODO\b/.test(line)) collector.add(file, `line ${index + 1}`, "a TODO is left from the new-lesson template");
	});
}
function readLessonText(collector, file, lang) {
	if (!existsSync(file)) {
		collector.add(file, "(file)", `missing: every lesson needs ${lang}.md (both languages)`);
		return;
	}
	const source = readFileSync(file, "utf8");
	leftoverTodos(collector, file, source);
	const parts = splitFrontMatter(source);
	if (!parts) {
		collector.add(file, "front matter", "missing: the file must start with a --- block");
		return;
	}
	const raw = collector.readYaml(file, parts.yaml, "front matter");
	if (raw === void 0) return void 0;
	const meta = collector.check(frontMatter, raw ?? {}, file);
	const bodyStart = source.length - parts.body.length;
	const linesBefore = source.slice(0, bodyStart).split("\n").length - 1;
	for (const line of undatedUpdates(parts.body)) collector.add(file, `line ${line + linesBefore}`, "\"::: update\" needs a date, as in \"::: update 2026-11\"");
	if (parts.body.trim() === "") collector.add(file, "body", "the lesson has no text");
	return meta ? {
		meta,
		body: parts.body
	} : void 0;
}
function readQuiz(collector, file) {
	if (!existsSync(file)) {
		collector.add(file, "(file)", "missing: every lesson needs a quiz.yaml");
		return;
	}
	const source = readFileSync(file, "utf8");
	leftoverTodos(collector, file, source);
	const raw = collector.readYaml(file, source);
	if (raw === void 0) return void 0;
	const quiz = collector.check(quizFile, raw, file);
	if (!quiz) return void 0;
	const questions = [];
	const seen = /* @__PURE__ */ new Map();
	let ok = true;
	quiz.questions.forEach((item, index) => {
		const type = item?.type;
		const schema = typeof type === "string" ? questionSchemas[type] : void 0;
		if (!schema) {
			collector.add(file, `questions[${index}].type`, type === void 0 ? `missing (one of: ${questionTypes.join(", ")})` : `unknown question type "${String(type)}" (one of: ${questionTypes.join(", ")})`);
			ok = false;
			return;
		}
		const question = collector.check(schema, item, file, ["questions", index]);
		if (!question) {
			ok = false;
			return;
		}
		const first = seen.get(question.id);
		if (first !== void 0) {
			collector.add(file, `questions[${index}].id`, `duplicate question id "${question.id}" (also questions[${first}])`);
			ok = false;
		} else seen.set(question.id, index);
		questions.push(question);
	});
	return ok ? {
		passMark: quiz.pass_mark,
		questions
	} : void 0;
}
function readGlossary(collector, file) {
	if (!existsSync(file)) return [];
	const raw = collector.readYaml(file, readFileSync(file, "utf8"));
	const list = collector.check(glossaryFile, raw, file);
	if (!list) return [];
	const entries = [];
	const seen = /* @__PURE__ */ new Set();
	list.forEach((item, index) => {
		const entry = collector.check(glossaryEntry, item, file, [index]);
		if (!entry) return;
		if (seen.has(entry.id)) collector.add(file, `[${index}].id`, `duplicate term id "${entry.id}"`);
		seen.add(entry.id);
		entries.push(entry);
	});
	return entries;
}
/** How many questions of each kind a quiz has. */
function questionMix(quiz) {
	const mix = {
		recall: 0,
		apply: 0,
		scenario: 0
	};
	for (const question of quiz.questions) mix[question.kind]++;
	return mix;
}
/** "lesson containers: 3 recall, 4 apply, 3 scenario (1 trivia)", for the build's log. */
function describeMix(lesson) {
	const mix = questionMix(lesson.quiz);
	const trivia = lesson.quiz.questions.filter((question) => question.trivia).length;
	return `lesson ${lesson.id}: ${mix.recall} recall, ${mix.apply} apply, ${mix.scenario} scenario` + (trivia > 0 ? ` (${trivia} trivia)` : "");
}
/** The quiz tests the job: enough questions to apply or decide, few dates and names. */
function checkQuestionMix(quiz, report) {
	const total = quiz.questions.length;
	const mix = questionMix(quiz);
	const applied = mix.apply + mix.scenario;
	if (applied * 100 < total * 40) report(`only ${applied} of ${total} questions are apply or scenario (at least 40% needed)`);
	const trivia = quiz.questions.filter((question) => question.trivia).length;
	if (trivia * 100 > total * 20) report(`${trivia} of ${total} questions are trivia (at most 20% allowed)`);
}
/**
* Reads and validates every lesson under `root`; throws a `ContentError` listing every problem.
* A quiz's question mix fails the build only with `enforceQuestionMix`; otherwise it is a warning.
*/
function loadCourse(root, options = { enforceQuestionMix: true }) {
	const collector = new Collector(join(root, ".."));
	const warnings = [];
	const folders = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory()).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
	const glossary = readGlossary(collector, join(root, "glossary.yaml"));
	const termsIn = (lang) => glossary.map((entry) => ({
		id: entry.id,
		words: [entry[lang].term, ...entry[lang].aliases],
		notIn: entry[lang].notIn,
		name: entry[lang].term,
		definition: entry[lang].definition
	}));
	const lessons = [];
	const ids = /* @__PURE__ */ new Map();
	for (const folder of folders) {
		const dir = join(root, folder);
		const match = folderPattern.exec(folder);
		if (!match) {
			collector.add(dir, "(folder)", "must be named NN-<id>, as in 01-containers");
			continue;
		}
		const id = match[2];
		const other = ids.get(id);
		if (other) collector.add(dir, "(folder)", `duplicate lesson id "${id}" (also ${other})`);
		ids.set(id, folder);
		const texts = Object.fromEntries(langs.map((lang) => [lang, readLessonText(collector, join(dir, `${lang}.md`), lang)]));
		const quiz = readQuiz(collector, join(dir, "quiz.yaml"));
		const zh = texts.zh?.meta;
		const en = texts.en?.meta;
		if (zh && en) {
			for (const field of ["objectives", "takeaways"]) if (zh[field].length !== en[field].length) collector.add(join(dir, "en.md"), field, `has ${en[field].length} items but zh.md has ${zh[field].length}: both languages list the same points`);
			const sameDocument = (url) => url.replace(/\/(?:zh-cn|zh-hans|zh|en-us|en)(?=\/)/i, "");
			if (zh.sources.map((item) => sameDocument(item.url)).join("\n") !== en.sources.map((item) => sameDocument(item.url)).join("\n")) collector.add(join(dir, "en.md"), "sources", "the urls differ from zh.md: both languages cite the same sources, in the same order");
		}
		if (quiz) {
			const quizPath = join(dir, "quiz.yaml");
			checkQuestionMix(quiz, (message) => {
				if (options.enforceQuestionMix) collector.add(quizPath, "questions", message);
				else {
					const file = relative(join(root, ".."), quizPath);
					warnings.push(formatProblem({
						file,
						field: "questions",
						message
					}));
				}
			});
		}
		if (!texts.zh || !texts.en || !quiz) continue;
		const text = {};
		let anchors;
		for (const lang of ["en", "zh"]) {
			const { meta, body } = texts[lang];
			const html = renderMarkdown(body, lang, {
				glossary: termsIn(lang),
				glossaryHref: glossaryHrefFromLesson,
				headingIds: anchors?.map((heading) => heading.id)
			});
			const headings = headingsOf(html);
			if (!anchors) anchors = headings;
			else if (headings.map((h) => h.level).join() !== anchors.map((h) => h.level).join()) collector.add(join(dir, "zh.md"), "headings", `${headings.length} headings (${outline(headings)}) but en.md has ${anchors.length} (${outline(anchors)}): both languages have the same sections in the same order`);
			text[lang] = {
				sections: headings.filter((heading) => heading.level === 2),
				title: meta.title,
				summary: meta.summary,
				objectives: meta.objectives.map((line) => renderInline(line, lang)),
				takeaways: meta.takeaways.map((line) => renderInline(line, lang)),
				html,
				readingMinutes: readingMinutes(html),
				sources: meta.sources.map(({ title, url }) => ({
					title: renderInline(title, lang),
					url
				}))
			};
		}
		lessons.push({
			id,
			number: lessons.length + 1,
			folder,
			text,
			quiz
		});
	}
	const lessonIds = new Set(ids.keys());
	glossary.forEach((entry, index) => {
		if (!lessonIds.has(entry.lesson)) collector.add(join(root, "glossary.yaml"), `[${index}].lesson`, `"${entry.lesson}" is not a lesson id (lessons: ${[...lessonIds].join(", ")})`);
	});
	if (folders.length === 0) collector.add(root, "(folder)", "has no lessons");
	if (collector.problems.length > 0) throw new ContentError(collector.problems);
	return {
		lessons,
		glossary,
		warnings
	};
}
/** The quiz as a page in `lang` receives it: one language, texts rendered to inline HTML. */
function localizeQuiz(quiz, lang) {
	return localize(quiz, lang, (text) => renderInline(text, lang));
}
// \0virtual:course
var course = loadCourse("/work/main/lessons");
export { describeMix as n, localizeQuiz as r, course as t };

//# sourceMappingURL=_virtual_course.js.map