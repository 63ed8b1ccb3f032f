import { beforeAll, describe, expect, it } from 'vitest';
import { loadCourse, type Course } from '../src/lib/content/course.server';
import { searchDocuments, searchIndexFile } from '../src/lib/search/build.server';
import { loadSearcher, snippetOf, type Searcher } from '../src/lib/search/engine';
import { words } from '../src/lib/search/words';

/** The sections that teach the terms: the first section of the term's lesson to use it. */
export const teaching = {
	名字空间: 'lessons/containers/#what-operating-system-level-virtualization-is',
	镜像仓库: 'lessons/vms-and-containers/#1-images-more-agile-software-delivery',
	控制组: 'lessons/containers/#what-operating-system-level-virtualization-is',
	无服务器: 'lessons/cloud-native/#what-cloud-native-means'
};

let course: Course;
const searchers: Record<'zh' | 'en', Searcher> = {} as never;

beforeAll(() => {
	course = loadCourse('lessons');
	for (const lang of ['zh', 'en'] as const) {
		// Through JSON, as the browser reads it.
		searchers[lang] = loadSearcher(JSON.parse(JSON.stringify(searchIndexFile(course, lang))));
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
		// Popovers carry the glossary's definitions: not the lesson's words.
		expect(documents.some((d) => d.kind === 'lesson' && d.text.includes('→'))).toBe(false);
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
