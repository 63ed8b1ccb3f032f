import type { SearchDocument, SearchManifest } from './engine';

/*
 * The search's documents, read from what the course already holds offline: the lesson pages,
 * the glossary page and the quiz data. Plain string work, no DOM: it runs in a Web Worker (which
 * has no DOMParser) and in Node (the tests, bench/search.js).
 */

const entities: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&', '#39': "'" };

/**
 * The words a reader sees in lesson HTML: no hints for scrolling, no drawing inside diagrams
 * (their captions stay). A glossary term is a link: its word stays, its definition is the glossary's.
 */
export function plainText(html: string): string {
	return html
		.replace(/<p class="scroll-hint"[\s\S]*?<\/p>/g, '')
		.replace(/<svg[\s\S]*?<\/svg>/g, ' ')
		.replace(/<\/(?:p|li|h\d|td|th|pre|figcaption|div)>/g, ' ')
		.replace(/<[^>]+>/g, '')
		.replace(/&(lt|gt|quot|amp|#39);/g, (_, name: string) => entities[name] ?? '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** A lesson's HTML cut at its headings (## and ###): one document a section. */
export function sections(html: string): { id: string; heading: string; html: string }[] {
	const parts = html.split(/(?=<h[23] id="[^"]+">)/);
	return parts.map((part) => {
		const heading = /^<h[23] id="([^"]+)">([\s\S]*?)<\/h[23]>/.exec(part);
		return heading
			? { id: heading[1]!, heading: plainText(heading[2]!), html: part.slice(heading[0].length) }
			: { id: '', heading: '', html: part };
	});
}

/** What is inside the first `<div>` whose opening tag `open` matches, nested divs included. */
function divContent(page: string, open: RegExp): string | undefined {
	const start = open.exec(page);
	if (!start) return undefined;
	const from = start.index + start[0].length;
	const tags = /<div\b|<\/div>/g;
	tags.lastIndex = from;
	let depth = 1;
	for (let tag = tags.exec(page); tag; tag = tags.exec(page)) {
		depth += tag[0] === '</div>' ? -1 : 1;
		if (depth === 0) return page.slice(from, tag.index);
	}
	return undefined;
}

/** A page that is not what search reads: not a lesson page, say (a 404 page, a login page). */
export class PageShapeError extends Error {}

/** The sections of a lesson page, the part before the first heading led by the lesson's summary. */
export function lessonDocuments(
	page: string,
	lessonId: string,
	teaches: SearchManifest['teaches']
): Omit<SearchDocument, 'id'>[] {
	const article = page.slice(page.search(/<article\b[^>]*\bclass="[^"]*\blesson\b/));
	const title = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(article)?.[1];
	const summary = /<p class="lead\b[^"]*">([\s\S]*?)<\/p>/.exec(article)?.[1] ?? '';
	const prose = divContent(article, /<div class="prose\b[^"]*"[^>]*>/);
	if (title === undefined || prose === undefined) {
		throw new PageShapeError(`lessons/${lessonId}/: no lesson text`);
	}
	const where = plainText(title);
	return sections(prose).map((section) => {
		const path = `lessons/${lessonId}/${section.id ? `#${section.id}` : ''}`;
		const taught = teaches[path];
		return {
			kind: 'lesson',
			title: section.heading || where,
			where,
			path,
			text: plainText(section.id ? section.html : `<p>${summary}</p>${section.html}`),
			...(taught ? { teaches: taught } : {})
		};
	});
}

/** A lesson's quiz questions, from its quiz data (/{lang}/quiz-data/{id}.json). */
export function quizDocuments(quiz: unknown, lessonId: string): Omit<SearchDocument, 'id'>[] {
	const data = quiz as { id?: unknown; title?: unknown; questions?: unknown } | null;
	if (
		typeof data !== 'object' ||
		data === null ||
		data.id !== lessonId ||
		typeof data.title !== 'string' ||
		!Array.isArray(data.questions)
	) {
		throw new PageShapeError(`quiz-data/${lessonId}.json: not a quiz`);
	}
	const where = data.title;
	return (data.questions as { prompt?: unknown; explanation?: unknown }[]).map((question) => ({
		kind: 'quiz',
		title: plainText(String(question.prompt ?? '')),
		where,
		path: `lessons/${lessonId}/quiz/`,
		text: plainText(String(question.explanation ?? ''))
	}));
}

/** The glossary's entries, in the manifest's order, with their aliases (which the page leaves out). */
export function glossaryDocuments(
	page: string,
	glossary: SearchManifest['glossary']
): Omit<SearchDocument, 'id'>[] {
	const entries = new Map<string, { term: string; definition: string }>();
	const entry =
		/<div class="entry\b[^"]*" id="([^"]+)"[^>]*>[\s\S]*?<dfn\b[^>]*>([\s\S]*?)<\/dfn>[\s\S]*?<dd\b[^>]*>\s*<p\b[^>]*>([\s\S]*?)<\/p>/g;
	for (const [, id, term, definition] of page.matchAll(entry)) {
		entries.set(id!, { term: plainText(term!), definition: plainText(definition!) });
	}
	if (entries.size === 0) throw new PageShapeError('glossary/: no entries');
	return glossary.flatMap(([id, aliases]) => {
		const found = entries.get(id);
		if (!found) return [];
		return [
			{
				kind: 'glossary' as const,
				title: found.term,
				where: '',
				path: `glossary/#${id}`,
				text: [aliases.join(', '), found.definition].filter(Boolean).join(' · ')
			}
		];
	});
}

/** Reads a file of the language's site by its path from the language's home (`glossary/`). */
export type ReadFile = (path: string) => Promise<string>;

/**
 * Every document of one language, in the order the build used to index them (a lesson's sections,
 * then its quiz; then the glossary): the same order, the same ranking of ties. A file that cannot
 * be read or is not what it should be is left out, and named in `skipped`.
 */
export async function collectDocuments(
	manifest: SearchManifest,
	read: ReadFile
): Promise<{ documents: SearchDocument[]; skipped: string[] }> {
	const skipped: string[] = [];
	const attempt = async <T>(path: string, extract: (text: string) => T[]): Promise<T[]> => {
		try {
			return extract(await read(path));
		} catch (error) {
			console.warn(`search: ${path} left out: ${String(error)}`);
			skipped.push(path);
			return [];
		}
	};
	// Fetched together; the service worker answers from its cache.
	const lessons = manifest.lessons.map((id) =>
		Promise.all([
			attempt(`lessons/${id}/`, (page) => lessonDocuments(page, id, manifest.teaches)),
			attempt(`quiz-data/${id}.json`, (json) => quizDocuments(JSON.parse(json), id))
		])
	);
	const glossary = attempt('glossary/', (page) => glossaryDocuments(page, manifest.glossary));
	const documents: Omit<SearchDocument, 'id'>[] = [];
	for (const [sectionsOfLesson, questions] of await Promise.all(lessons)) {
		documents.push(...sectionsOfLesson, ...questions);
	}
	documents.push(...(await glossary));
	return { documents: documents.map((document, id) => ({ id, ...document })), skipped };
}
