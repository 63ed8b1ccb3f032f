import MiniSearch from 'minisearch';
import type { Course } from '$lib/content/course.server';
import { otherLang, type Lang } from '$lib/i18n/langs';
import { indexOptions, type SearchDocument, type SearchIndexFile } from './engine';

const entities: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&', '#39': "'" };

/**
 * The words a reader sees in lesson HTML: no glossary popovers (their definitions are the
 * glossary's), no hints for scrolling, no drawing inside diagrams (their captions stay).
 */
export function plainText(html: string): string {
	return html
		.replace(/<span id="[^"]*" class="glossary-popover"[\s\S]*?<\/a><\/span>/g, '')
		.replace(/<p class="scroll-hint"[\s\S]*?<\/p>/g, '')
		.replace(/<svg[\s\S]*?<\/svg>/g, ' ')
		.replace(/<\/(?:p|li|h\d|td|th|pre|figcaption|div)>/g, ' ')
		.replace(/<[^>]+>/g, '')
		.replace(/&(lt|gt|quot|amp|#39);/g, (_, name: string) => entities[name] ?? '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** A lesson's HTML cut at its headings (## and ###): one document a section. */
function sections(html: string): { id: string; heading: string; html: string }[] {
	const parts = html.split(/(?=<h[23] id="[^"]+">)/);
	return parts.map((part) => {
		const heading = /^<h[23] id="([^"]+)">([\s\S]*?)<\/h[23]>/.exec(part);
		return heading
			? { id: heading[1]!, heading: plainText(heading[2]!), html: part.slice(heading[0].length) }
			: { id: '', heading: '', html: part };
	});
}

/** Markdown inline text (a question, an explanation) as words: no backticks, stars, links. */
const inlineText = (markdown: string) =>
	markdown
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[`*_]/g, '')
		.replace(/\s+/g, ' ')
		.trim();

/** Whether `text` uses `name`: a Latin name as a whole word, case aside. */
function uses(text: string, name: string): boolean {
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return (
		new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text) ||
		(/\p{Script=Han}/u.test(name) && text.includes(name))
	);
}

export function searchDocuments(course: Course, lang: Lang): SearchDocument[] {
	const documents: Omit<SearchDocument, 'id'>[] = [];
	for (const lesson of course.lessons) {
		const text = lesson.text[lang];
		const lessonSections = sections(text.html).map((section) => ({
			kind: 'lesson' as const,
			title: section.heading || text.title,
			where: text.title,
			path: `lessons/${lesson.id}/${section.id ? `#${section.id}` : ''}`,
			text: plainText(section.id ? section.html : `<p>${text.summary}</p>${section.html}`),
			teaches: [] as string[]
		}));
		for (const entry of course.glossary.filter((term) => term.lesson === lesson.id)) {
			const own = [entry[lang].term, ...entry[lang].aliases];
			const teacher = lessonSections.find((section) =>
				own.some((name) => uses(`${section.title} ${section.text}`, name))
			);
			teacher?.teaches.push(...own, entry[otherLang(lang)].term, ...entry[otherLang(lang)].aliases);
		}
		for (const { teaches, ...section } of lessonSections) {
			documents.push({
				...section,
				...(teaches.length > 0 ? { teaches: teaches.join(' · ') } : {})
			});
		}
		for (const question of lesson.quiz.questions) {
			documents.push({
				kind: 'quiz',
				title: inlineText(question.prompt[lang]),
				where: text.title,
				path: `lessons/${lesson.id}/quiz/`,
				text: inlineText(question.explanation[lang])
			});
		}
	}
	for (const entry of course.glossary) {
		const side = entry[lang];
		documents.push({
			kind: 'glossary',
			title: side.term,
			where: '',
			path: `glossary/#${entry.id}`,
			text: [side.aliases.join(', '), side.definition].filter(Boolean).join(' · ')
		});
	}
	return documents.map((document, id) => ({ id, ...document }));
}

/** The search index of one language, as /{lang}/search.json serves it. */
export function searchIndexFile(course: Course, lang: Lang): SearchIndexFile {
	const index = new MiniSearch<SearchDocument>(indexOptions);
	index.addAll(searchDocuments(course, lang));
	const other = otherLang(lang);
	const names = course.glossary.flatMap((entry) =>
		[entry[other].term, ...entry[other].aliases]
			.filter((name) => name !== entry[lang].term)
			.map((name): [string, string] => [name, entry[lang].term])
	);
	return { index: index.toJSON(), names };
}
