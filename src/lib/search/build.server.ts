import { localizeQuiz, type Course } from '$lib/content/course.server';
import { otherLang, type Lang } from '$lib/i18n/langs';
import type { SearchDocument, SearchManifest } from './engine';
import { plainText, sections } from './extract';

/** Whether `text` uses `name`: a Latin name as a whole word, case aside. */
function uses(text: string, name: string): boolean {
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return (
		new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text) ||
		(/\p{Script=Han}/u.test(name) && text.includes(name))
	);
}

/**
 * One language's documents, from the course's source: what the build says the pages hold (the
 * tests hold extract.ts, which reads them from the pages, to it), and whose `teaches` the
 * manifest carries.
 */
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
		// As the quiz data has them: rendered to HTML (code keeps its underscores).
		for (const question of localizeQuiz(lesson.quiz, lang).questions) {
			documents.push({
				kind: 'quiz',
				title: plainText(question.prompt),
				where: text.title,
				path: `lessons/${lesson.id}/quiz/`,
				text: plainText(question.explanation)
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

/**
 * What /{lang}/search.json serves: what search cannot read from the pages (extract.ts), which is
 * which lessons there are, the glossary's aliases, which section teaches a term, the other
 * language's names of terms. The words of the documents are read from the pages.
 */
export function searchManifest(course: Course, lang: Lang): SearchManifest {
	const teaches: Record<string, string> = {};
	for (const document of searchDocuments(course, lang)) {
		if (document.teaches) teaches[document.path] = document.teaches;
	}
	const other = otherLang(lang);
	const names = course.glossary.flatMap((entry) =>
		[entry[other].term, ...entry[other].aliases]
			.filter((name) => name !== entry[lang].term)
			.map((name): [string, string] => [name, entry[lang].term])
	);
	return {
		lessons: course.lessons.map((lesson) => lesson.id),
		glossary: course.glossary.map((entry) => [entry.id, entry[lang].aliases]),
		teaches,
		names
	};
}
