import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { langs, type Lang } from '$lib/i18n/langs';
import type { AuthoredQuestion } from '$lib/quiz/registry';
import type { Quiz } from '$lib/quiz/quiz';
import type { QuestionPurpose } from '$lib/quiz/schema-parts';
import { localize, type Localized } from '$lib/bilingual';
import {
	frontMatter,
	glossaryEntry,
	glossaryFile,
	quizFile,
	type FrontMatter,
	type GlossaryEntry,
	fieldPath,
	yamlProblem
} from './schema.server';
import type { GlossaryTerm } from './glossary-links.server';
import {
	headingsOf,
	inlineStyles,
	readingMinutes,
	renderBlocks,
	renderInline,
	type Block,
	undatedUpdates,
	type Heading
} from './markdown.server';

/** "##, ##, ###": the shape of a lesson's headings, to say where two languages differ. */
const outline = (headings: Heading[]) => headings.map((h) => '#'.repeat(h.level)).join(', ');

export interface LessonText {
	title: string;
	summary: string;
	/** Inline HTML. */
	objectives: string[];
	/** Inline HTML. */
	takeaways: string[];
	html: string;
	/** The body's top-level blocks, one element each: the side-by-side view pairs them. */
	blocks: Block[];
	/** The lesson's sections (its ## headings), for the table of contents. */
	sections: Heading[];
	readingMinutes: number;
	/** Sources and further reading; titles are inline HTML. */
	sources: { title: string; url: string }[];
}

export interface Lesson {
	id: string;
	/** 1-based place in the course. */
	number: number;
	folder: string;
	text: Record<Lang, LessonText>;
	quiz: Quiz;
}

export interface Course {
	lessons: Lesson[];
	glossary: GlossaryEntry[];
	/** Problems reported but not enforced (see `enforceQuestionMix`), as `file: field: what`. */
	warnings: string[];
}

/**
 * Whether a quiz that breaks the question-mix rule fails the build or is only reported. Off while
 * lessons 07-09 are being rewritten on another branch; to be switched on once they are merged.
 */
export const enforceQuestionMix = true;

/** At least this percentage of a quiz asks to apply knowledge or to decide in a situation. */
export const minAppliedPercent = 40;
/** At most this percentage of a quiz has a date, a name or a codename as its answer. */
export const maxTriviaPercent = 20;

export interface ContentProblem {
	file: string;
	field: string;
	message: string;
}

export class ContentError extends Error {
	constructor(readonly problems: ContentProblem[]) {
		super(
			`The course content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
				problems.map(formatProblem).join('\n')
		);
		this.name = 'ContentError';
	}
}

export function formatProblem({ file, field, message }: ContentProblem): string {
	return `${file}: ${field}: ${message}`;
}

/** From /{lang}/lessons/{id}/ to /{lang}/glossary/: relative, so any base path works. */
export const glossaryHrefFromLesson = (id: string) => `../../glossary/#${id}`;

/**
 * Both languages of a lesson have the same blocks in the same order, so that the side-by-side
 * view pairs each block with its translation. The first place they differ is reported with both
 * files' lines.
 */
function checkSameBlocks(
	collector: Collector,
	dir: string,
	zh: { blocks: Block[]; linesBefore: number },
	en: { blocks: Block[]; linesBefore: number }
): void {
	const rel = (lang: Lang) => relative(collector.root, join(dir, `${lang}.md`));
	const lineOf = (side: typeof zh, index: number) =>
		side.blocks[index] ? side.blocks[index].line + side.linesBefore : undefined;
	const count = Math.max(zh.blocks.length, en.blocks.length);
	for (let index = 0; index < count; index++) {
		const zhBlock = zh.blocks[index];
		const enBlock = en.blocks[index];
		if (zhBlock?.kind === enBlock?.kind) continue;
		const last = (side: typeof zh) => lineOf(side, side.blocks.length - 1);
		const a = (kind: string) => `${kind === 'HTML block' ? 'an' : 'a'} ${kind}`;
		const here = zhBlock ? `${a(zhBlock.kind)} here` : `nothing after line ${last(zh)}`;
		const there = enBlock
			? `${rel('en')} line ${lineOf(en, index)} has ${a(enBlock.kind)}`
			: `${rel('en')} has nothing after line ${last(en)}`;
		collector.add(
			join(dir, 'zh.md'),
			`line ${lineOf(zh, index) ?? last(zh)}`,
			`${here}, but ${there} (block ${index + 1}): both languages have the same headings, paragraphs, lists, boxes, diagrams and tables, in the same order`
		);
		return;
	}
}

const folderPattern = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

const questionSchemas = Object.fromEntries(
	Object.entries(
		import.meta.glob<{ schema: z.ZodType }>('../quiz/types/*/schema.ts', { eager: true })
	).map(([path, module]) => [/types\/([^/]+)\/schema\.ts$/.exec(path)![1]!, module.schema])
);

export const questionTypes = Object.keys(questionSchemas).sort();

class Collector {
	problems: ContentProblem[] = [];
	constructor(readonly root: string) {}

	add(file: string, field: string, message: string) {
		this.problems.push({ file: relative(this.root, file) || file, field, message });
	}

	/** Validates `value`; reports each issue under `prefix` and returns `undefined` on failure. */
	check<S extends z.ZodType>(
		schema: S,
		value: unknown,
		file: string,
		prefix: (string | number)[] = []
	): z.output<S> | undefined {
		const result = schema.safeParse(value);
		if (result.success) return result.data;
		for (const issue of result.error.issues) {
			this.add(file, fieldPath([...prefix, ...issue.path]), issue.message);
		}
		return undefined;
	}

	readYaml(file: string, text: string, field = '(file)'): unknown {
		try {
			return parseYaml(text, { prettyErrors: true, uniqueKeys: true });
		} catch (error) {
			this.add(file, field, yamlProblem(error));
			return undefined;
		}
	}
}

function splitFrontMatter(source: string): { yaml: string; body: string } | undefined {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
	return match ? { yaml: match[1]!, body: match[2]! } : undefined;
}

/** The new-lesson template marks every text still to write with TODO: none may ship. */
function leftoverTodos(collector: Collector, file: string, source: string): void {
	source.split('\n').forEach((line, index) => {
		if (/\bTODO\b/.test(line)) {
			collector.add(file, `line ${index + 1}`, 'a TODO is left from the new-lesson template');
		}
	});
}

function readLessonText(
	collector: Collector,
	file: string,
	lang: Lang
): { meta: FrontMatter; body: string; linesBefore: number } | undefined {
	if (!existsSync(file)) {
		collector.add(file, '(file)', `missing: every lesson needs ${lang}.md (both languages)`);
		return undefined;
	}
	const source = readFileSync(file, 'utf8');
	leftoverTodos(collector, file, source);
	for (const line of inlineStyles(source)) {
		collector.add(
			file,
			`line ${line}`,
			'inline style (a style attribute or <style>): the CSP allows none; use a class from src/app.css'
		);
	}
	const parts = splitFrontMatter(source);
	if (!parts) {
		collector.add(file, 'front matter', 'missing: the file must start with a --- block');
		return undefined;
	}
	const raw = collector.readYaml(file, parts.yaml, 'front matter');
	if (raw === undefined) return undefined;
	const meta = collector.check(frontMatter, raw ?? {}, file);
	const bodyStart = source.length - parts.body.length;
	const linesBefore = source.slice(0, bodyStart).split('\n').length - 1;
	for (const line of undatedUpdates(parts.body)) {
		collector.add(
			file,
			`line ${line + linesBefore}`,
			'"::: update" needs a date, as in "::: update 2026-11"'
		);
	}
	if (parts.body.trim() === '') collector.add(file, 'body', 'the lesson has no text');
	return meta ? { meta, body: parts.body, linesBefore } : undefined;
}

function readQuiz(collector: Collector, file: string): Quiz | undefined {
	if (!existsSync(file)) {
		collector.add(file, '(file)', 'missing: every lesson needs a quiz.yaml');
		return undefined;
	}
	const source = readFileSync(file, 'utf8');
	leftoverTodos(collector, file, source);
	const raw = collector.readYaml(file, source);
	if (raw === undefined) return undefined;
	const quiz = collector.check(quizFile, raw, file);
	if (!quiz) return undefined;

	const questions: AuthoredQuestion[] = [];
	const seen = new Map<string, number>();
	let ok = true;
	quiz.questions.forEach((item, index) => {
		const type = (item as { type?: unknown } | null)?.type;
		const schema = typeof type === 'string' ? questionSchemas[type] : undefined;
		if (!schema) {
			collector.add(
				file,
				`questions[${index}].type`,
				type === undefined
					? `missing (one of: ${questionTypes.join(', ')})`
					: `unknown question type "${String(type)}" (one of: ${questionTypes.join(', ')})`
			);
			ok = false;
			return;
		}
		const question = collector.check(schema, item, file, ['questions', index]) as
			AuthoredQuestion | undefined;
		if (!question) {
			ok = false;
			return;
		}
		const first = seen.get(question.id);
		if (first !== undefined) {
			collector.add(
				file,
				`questions[${index}].id`,
				`duplicate question id "${question.id}" (also questions[${first}])`
			);
			ok = false;
		} else seen.set(question.id, index);
		questions.push(question);
	});
	return ok ? { passMark: quiz.pass_mark, questions } : undefined;
}

function readGlossary(collector: Collector, file: string): GlossaryEntry[] {
	if (!existsSync(file)) return [];
	const raw = collector.readYaml(file, readFileSync(file, 'utf8'));
	const list = collector.check(glossaryFile, raw, file);
	if (!list) return [];
	const entries: GlossaryEntry[] = [];
	const seen = new Set<string>();
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
export function questionMix(quiz: Quiz): Record<QuestionPurpose, number> {
	const mix: Record<QuestionPurpose, number> = { recall: 0, apply: 0, scenario: 0 };
	for (const question of quiz.questions) mix[question.kind]++;
	return mix;
}

/** "lesson containers: 3 recall, 4 apply, 3 scenario (1 trivia)", for the build's log. */
export function describeMix(lesson: Lesson): string {
	const mix = questionMix(lesson.quiz);
	const trivia = lesson.quiz.questions.filter((question) => question.trivia).length;
	return (
		`lesson ${lesson.id}: ${mix.recall} recall, ${mix.apply} apply, ${mix.scenario} scenario` +
		(trivia > 0 ? ` (${trivia} trivia)` : '')
	);
}

/** The quiz tests the job: enough questions to apply or decide, few dates and names. */
function checkQuestionMix(quiz: Quiz, report: (message: string) => void): void {
	const total = quiz.questions.length;
	const mix = questionMix(quiz);
	const applied = mix.apply + mix.scenario;
	if (applied * 100 < total * minAppliedPercent) {
		report(
			`only ${applied} of ${total} questions are apply or scenario (at least ${minAppliedPercent}% needed)`
		);
	}
	const trivia = quiz.questions.filter((question) => question.trivia).length;
	if (trivia * 100 > total * maxTriviaPercent) {
		report(`${trivia} of ${total} questions are trivia (at most ${maxTriviaPercent}% allowed)`);
	}
}

/**
 * Reads and validates every lesson under `root`; throws a `ContentError` listing every problem.
 * A quiz's question mix fails the build only with `enforceQuestionMix`; otherwise it is a warning.
 */
export function loadCourse(root: string, options = { enforceQuestionMix }): Course {
	const collector = new Collector(join(root, '..'));
	const warnings: string[] = [];
	const folders = readdirSync(root)
		.filter((name) => statSync(join(root, name)).isDirectory())
		.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

	const glossary = readGlossary(collector, join(root, 'glossary.yaml'));
	const termsIn = (lang: Lang): GlossaryTerm[] =>
		glossary.map((entry) => ({
			id: entry.id,
			words: [entry[lang].term, ...entry[lang].aliases],
			notIn: entry[lang].notIn
		}));

	const lessons: Lesson[] = [];
	const ids = new Map<string, string>();
	for (const folder of folders) {
		const dir = join(root, folder);
		const match = folderPattern.exec(folder);
		if (!match) {
			collector.add(dir, '(folder)', 'must be named NN-<id>, as in 01-containers');
			continue;
		}
		const id = match[2]!;
		const other = ids.get(id);
		if (other) collector.add(dir, '(folder)', `duplicate lesson id "${id}" (also ${other})`);
		ids.set(id, folder);

		const texts = Object.fromEntries(
			langs.map((lang) => [lang, readLessonText(collector, join(dir, `${lang}.md`), lang)])
		) as Record<Lang, ReturnType<typeof readLessonText>>;
		const quiz = readQuiz(collector, join(dir, 'quiz.yaml'));

		const zh = texts.zh?.meta;
		const en = texts.en?.meta;
		if (zh && en) {
			for (const field of ['objectives', 'takeaways'] as const) {
				if (zh[field].length !== en[field].length) {
					collector.add(
						join(dir, 'en.md'),
						field,
						`has ${en[field].length} items but zh.md has ${zh[field].length}: both languages list the same points`
					);
				}
			}
			// The Chinese page of the same document counts as the same source (kubernetes.io/zh-cn/…).
			const sameDocument = (url: string) =>
				url.replace(/\/(?:zh-cn|zh-hans|zh|en-us|en)(?=\/)/i, '');
			const zhUrls = zh.sources.map((item) => sameDocument(item.url)).join('\n');
			const enUrls = en.sources.map((item) => sameDocument(item.url)).join('\n');
			if (zhUrls !== enUrls) {
				collector.add(
					join(dir, 'en.md'),
					'sources',
					'the urls differ from zh.md: both languages cite the same sources, in the same order'
				);
			}
		}
		if (quiz) {
			const quizPath = join(dir, 'quiz.yaml');
			checkQuestionMix(quiz, (message) => {
				if (options.enforceQuestionMix) collector.add(quizPath, 'questions', message);
				else {
					const file = relative(join(root, '..'), quizPath);
					warnings.push(formatProblem({ file, field: 'questions', message }));
				}
			});
		}
		if (!texts.zh || !texts.en || !quiz) continue;

		// English first: its headings name the sections' anchors in both languages, so that
		// switching language keeps the reader's place.
		const text = {} as Record<Lang, LessonText>;
		let anchors: Heading[] | undefined;
		let sameHeadings = true;
		for (const lang of ['en', 'zh'] as const satisfies readonly Lang[]) {
			const { meta, body } = texts[lang]!;
			const headingIds = anchors?.map((heading) => heading.id);
			const blocks = renderBlocks(body, lang, {
				glossary: termsIn(lang),
				glossaryHref: glossaryHrefFromLesson,
				headingIds
			});
			const html = blocks.map((block) => block.html).join('');
			for (const block of blocks.filter((block) => block.elements !== 1)) {
				collector.add(
					join(dir, `${lang}.md`),
					`line ${block.line + texts[lang]!.linesBefore}`,
					`this ${block.kind} is ${block.elements} elements, not one: wrap an HTML block in one element (the side-by-side view pairs the blocks of both languages)`
				);
			}
			const headings = headingsOf(html);
			if (!anchors) anchors = headings;
			else if (headings.map((h) => h.level).join() !== anchors.map((h) => h.level).join()) {
				sameHeadings = false;
				collector.add(
					join(dir, 'zh.md'),
					'headings',
					`${headings.length} headings (${outline(headings)}) but en.md has ${anchors.length} (${outline(anchors)}): both languages have the same sections in the same order`
				);
			}
			text[lang] = {
				sections: headings.filter((heading) => heading.level === 2),
				title: meta.title,
				summary: meta.summary,
				objectives: meta.objectives.map((line) => renderInline(line, lang)),
				takeaways: meta.takeaways.map((line) => renderInline(line, lang)),
				html,
				blocks,
				readingMinutes: readingMinutes(html),
				sources: meta.sources.map(({ title, url }) => ({ title: renderInline(title, lang), url }))
			};
		}
		// Different headings are reported as such: the blocks differ by the same cause.
		if (sameHeadings)
			checkSameBlocks(
				collector,
				dir,
				{ blocks: text.zh.blocks, linesBefore: texts.zh.linesBefore },
				{ blocks: text.en.blocks, linesBefore: texts.en.linesBefore }
			);
		lessons.push({ id, number: lessons.length + 1, folder, text, quiz });
	}

	const lessonIds = new Set(ids.keys());
	glossary.forEach((entry, index) => {
		if (!lessonIds.has(entry.lesson)) {
			collector.add(
				join(root, 'glossary.yaml'),
				`[${index}].lesson`,
				`"${entry.lesson}" is not a lesson id (lessons: ${[...lessonIds].join(', ')})`
			);
		}
	});

	if (folders.length === 0) collector.add(root, '(folder)', 'has no lessons');
	if (collector.problems.length > 0) throw new ContentError(collector.problems);
	return { lessons, glossary, warnings };
}

/** The quiz as a page in `lang` receives it: one language, texts rendered to inline HTML. */
export function localizeQuiz(quiz: Quiz, lang: Lang): Localized<Quiz> {
	return localize(quiz, lang, (text) => renderInline(text, lang));
}
