import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCourse, localizeQuiz, type Course } from '../src/lib/content/course.server';
import { searchDocuments, searchManifest } from '../src/lib/search/build.server';
import {
	indexOf,
	searcherOf,
	snippetOf,
	type SearchDocument,
	type SearchManifest,
	type Searcher
} from '../src/lib/search/engine';
import {
	collectDocuments,
	glossaryDocuments,
	lessonDocuments,
	PageShapeError,
	quizDocuments
} from '../src/lib/search/extract';
import { words } from '../src/lib/search/words';

/** The sections that teach the terms: the first section of the term's lesson to use it. */
export const teaching = {
	名字空间: 'lessons/containers/#what-operating-system-level-virtualization-is',
	镜像仓库: 'lessons/vms-and-containers/#1-images-more-agile-software-delivery',
	控制组: 'lessons/containers/#what-operating-system-level-virtualization-is',
	无服务器: 'lessons/cloud-native/#what-cloud-native-means'
};

let course: Course;
const manifests: Record<'zh' | 'en', SearchManifest> = {} as never;
const searchers: Record<'zh' | 'en', Searcher> = {} as never;

/**
 * A lesson's page as the build writes it, with another lesson's title, summary and text: the
 * real page (tests/fixtures/search/, copied from build/zh/lessons/containers/) around them.
 */
const realPage = readFileSync('tests/fixtures/search/zh-lesson-containers.html', 'utf8');
function pageOf(lesson: Course['lessons'][number], lang: 'zh' | 'en'): string {
	const escape = (text: string) =>
		text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
	const text = lesson.text[lang];
	const page = realPage
		.replace(/<h1>[^<]*<\/h1>/, () => `<h1>${escape(text.title)}</h1>`)
		.replace(/(<p class="lead">)[^<]*/, (_, open: string) => open + escape(text.summary));
	const open = /<div class="prose"[^>]*>/.exec(page)!;
	const end = page.indexOf('</div> <section class="takeaways"');
	return `${page.slice(0, open.index + open[0].length)}${text.html}${page.slice(end)}`;
}

beforeAll(() => {
	course = loadCourse('lessons');
	for (const lang of ['zh', 'en'] as const) {
		manifests[lang] = searchManifest(course, lang);
		// Through JSON, as the worker keeps it in IndexedDB.
		const index = JSON.stringify(indexOf(searchDocuments(course, lang)));
		searchers[lang] = searcherOf(index, manifests[lang].names);
	}
}, 120_000);

const firstLesson = (lang: 'zh' | 'en', query: string) =>
	searchers[lang].search(query).find((hit) => hit.kind === 'lesson')?.path;

describe('words', () => {
	it('splits Chinese with Intl.Segmenter and keeps Latin words whole, lower-case', () => {
		expect(words('Linux 名字空间（Namespaces）隔离进程')).toEqual([
			'linux',
			'名字',
			'空间',
			'namespaces',
			'隔离',
			'进程'
		]);
		expect(words('ＡＷＳ Fargate, cgroups v2')).toEqual(['aws', 'fargate', 'cgroups', 'v2']);
		expect(words('，。 … ')).toEqual([]);
	});
});

describe('the search index', () => {
	it('holds every section of every lesson, every glossary entry and every quiz explanation', () => {
		const documents = searchDocuments(course, 'zh');
		const questions = course.lessons.reduce((n, lesson) => n + lesson.quiz.questions.length, 0);
		expect(documents.filter((d) => d.kind === 'quiz')).toHaveLength(questions);
		expect(documents.filter((d) => d.kind === 'glossary')).toHaveLength(course.glossary.length);
		const anchors = documents.filter((d) => d.kind === 'lesson').map((d) => d.path);
		for (const lesson of course.lessons) {
			expect(anchors).toContain(`lessons/${lesson.id}/`);
			for (const section of lesson.text.zh.sections) {
				expect(anchors).toContain(`lessons/${lesson.id}/#${section.id}`);
			}
		}
		// The glossary's definitions are its own documents, not the lessons' words.
		const lessons = documents.filter((d) => d.kind === 'lesson').map((d) => d.text);
		for (const entry of course.glossary) {
			expect(lessons.filter((text) => text.includes(entry.zh.definition))).toEqual([]);
		}
	});
});

describe('reading the documents from the built pages', () => {
	it('finds the sections, headings, summary and taught terms of a real lesson page', () => {
		const documents = lessonDocuments(realPage, 'containers', manifests.zh.teaches);
		const headings = [...realPage.matchAll(/<h[23] id="([^"]+)">/g)]
			.map((match) => match[1])
			.filter((id) => !id!.endsWith('-heading') && id !== 'toc-side-heading');
		expect(documents.map((d) => d.path)).toEqual([
			'lessons/containers/',
			...headings.map((id) => `lessons/containers/#${id}`)
		]);
		for (const document of documents) {
			expect(document).toMatchObject({ kind: 'lesson', where: '容器' });
			// Words only: no markup, no entity.
			expect(document.text).not.toMatch(/[<>]|&\w+;/);
		}
		// A glossary term is the lesson's word; its definition is the glossary's.
		const terms = [...realPage.matchAll(/class="glossary-term">([^<]+)<\/a>/g)].map((m) => m[1]!);
		expect(terms.length).toBeGreaterThan(5);
		const text = documents.map((d) => d.text).join(' ');
		for (const term of terms) expect(text).toContain(term);
		for (const entry of course.glossary) expect(text).not.toContain(entry.zh.definition);
		expect(documents[0]!.text.startsWith('容器是什么、从哪里来')).toBe(true);
		const teacher = documents.find((d) => d.path === teaching['名字空间']);
		expect(teacher?.title).toBe('什么是操作系统层虚拟化');
		expect(teacher?.teaches).toContain('名字空间');
		expect(teacher?.teaches).toContain('namespace');
	});

	it('reads every lesson as the course source says it, and every quiz', () => {
		for (const lang of ['zh', 'en'] as const) {
			const expected = searchDocuments(course, lang);
			const read: Omit<SearchDocument, 'id'>[] = [];
			for (const lesson of course.lessons) {
				read.push(...lessonDocuments(pageOf(lesson, lang), lesson.id, manifests[lang].teaches));
				// Through JSON, as /{lang}/quiz-data/{id}.json serves it.
				const quiz = {
					id: lesson.id,
					title: lesson.text[lang].title,
					questions: localizeQuiz(lesson.quiz, lang).questions
				};
				read.push(...quizDocuments(JSON.parse(JSON.stringify(quiz)), lesson.id));
			}
			// The glossary's documents come last.
			expect(read.map((document, id) => ({ id, ...document }))).toEqual(
				expected.filter((d) => d.kind !== 'glossary')
			);
		}
	});

	it("reads the glossary page, in the course's order, with the manifest's aliases", () => {
		const page = readFileSync('tests/fixtures/search/en-glossary.html', 'utf8');
		const documents = glossaryDocuments(page, [
			['ecs', []],
			['not-on-the-page', []],
			['ack', manifests.en.glossary.find(([id]) => id === 'ack')![1]]
		]);
		expect(documents.map((d) => d.path)).toEqual(['glossary/#ecs', 'glossary/#ack']);
		expect(documents[1]).toEqual({
			kind: 'glossary',
			title: 'ACK',
			where: '',
			path: 'glossary/#ack',
			text: "Container Service for Kubernetes, Alibaba Cloud Container Service for Kubernetes · Alibaba Cloud's enterprise Kubernetes service (Container Service for Kubernetes), managing the full lifecycle of containerized applications."
		});
	});

	it('leaves out, and names, a file that cannot be read or is not what it should be', async () => {
		const manifest: SearchManifest = { ...manifests.zh, lessons: ['containers', 'kubernetes'] };
		const files: Record<string, string> = {
			'lessons/containers/': realPage,
			'quiz-data/containers.json': '{"id":"containers","title":"容器","questions":[]}',
			// What a host or a portal might answer instead of a page.
			'lessons/kubernetes/': '<!doctype html><h1>Sign in</h1>',
			'quiz-data/kubernetes.json': '<!doctype html>',
			'glossary/': readFileSync('tests/fixtures/search/en-glossary.html', 'utf8')
		};
		const { documents, skipped } = await collectDocuments(manifest, async (path) => {
			if (path === 'glossary/') throw new Error('HTTP 503');
			return files[path]!;
		});
		expect(skipped.sort()).toEqual([
			'glossary/',
			'lessons/kubernetes/',
			'quiz-data/kubernetes.json'
		]);
		expect(documents.length).toBeGreaterThan(3);
		expect(documents.every((d) => d.path.startsWith('lessons/containers/'))).toBe(true);
		expect(documents.map((d) => d.id)).toEqual(documents.map((_, n) => n));
		expect(() => lessonDocuments('<!doctype html>', 'containers', {})).toThrow(PageShapeError);
	});
});

describe('search', () => {
	it('finds the section that teaches a Chinese term, first among the lessons', () => {
		for (const [query, path] of Object.entries(teaching)) {
			expect(firstLesson('zh', query), query).toBe(path);
		}
	});

	it('finds the Chinese section by the English name, and the English one by the Chinese', () => {
		expect(firstLesson('zh', 'namespace')).toBe(teaching['名字空间']);
		expect(firstLesson('zh', 'cgroups')).toBe(teaching['控制组']);
		expect(firstLesson('en', '名字空间')).toBe(teaching['名字空间']);
	});

	it('finds names and phrases, in both languages, and nothing for a word the course lacks', () => {
		for (const lang of ['zh', 'en'] as const) {
			expect(searchers[lang].search('Fargate')[0]?.path).toMatch(/global-cloud-services|fargate/);
			expect(firstLesson(lang, 'Seven of Nine')).toBe(
				'lessons/kubernetes/#the-name-the-founders-and-borg'
			);
			expect(searchers[lang].search('xyzzyplugh')).toEqual([]);
			expect(searchers[lang].search('量子纠缠咖啡机')).toEqual([]);
			expect(searchers[lang].search('zebra quasar')).toEqual([]);
			// Some words found, not all: the texts with the words that say something.
			expect(searchers[lang].search('Fargate 的 zebra').length).toBeGreaterThan(0);
			expect(searchers[lang].search('  ')).toEqual([]);
		}
	});

	it('marks the matched words in a snippet of the text around them', () => {
		const hit = searchers.zh.search('名字空间')[0]!;
		const marked = hit.snippet.filter((part) => part.marked).map((part) => part.text);
		expect(marked.length).toBeGreaterThan(0);
		expect(new Set(marked)).toEqual(new Set(['名字空间']));
		expect(hit.snippet.map((part) => part.text).join('')).toContain('名字空间');
	});
});

describe('snippets', () => {
	it('are text parts around the phrase, with lone Chinese characters left unmarked', () => {
		const text = `${'填充'.repeat(60)}无服务器函数由平台运行。容器服务。`;
		const parts = snippetOf(text, ['无', '服务', '器'], '无服务器');
		expect(parts[0]).toEqual({ text: '…', marked: false });
		expect(parts.filter((part) => part.marked).map((part) => part.text)).toEqual([
			'无服务器',
			'服务'
		]);
		expect(snippetOf('<b>cgroups</b> limit', ['cgroups'])).toEqual([
			{ text: '<b>', marked: false },
			{ text: 'cgroups', marked: true },
			{ text: '</b> limit', marked: false }
		]);
	});
});
