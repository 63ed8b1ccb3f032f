import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { isHan, normalize, words } from './words';

export type DocumentKind = 'lesson' | 'glossary' | 'quiz';

/** One thing search can find: a section of a lesson, a glossary entry, a quiz explanation. */
export interface SearchDocument {
	id: number;
	kind: DocumentKind;
	/** The section's heading, the term, or the question. */
	title: string;
	/** Where it is: the lesson's title (empty for the glossary). */
	where: string;
	/** From the language's home, as in `lessons/containers/#namespaces`. */
	path: string;
	text: string;
	/**
	 * The glossary terms this section teaches (the first section of the term's lesson to use it),
	 * by their names in both languages: the section comes first for the term, in either language.
	 */
	teaches?: string;
}

/**
 * What /{lang}/search.json holds: what the course's pages do not say. Search reads the rest from
 * the pages themselves (extract.ts), which the service worker keeps offline anyway.
 */
export interface SearchManifest {
	/** The lessons' ids, in the course's order. */
	lessons: string[];
	/** The glossary's entries by id, in the course's order, with their aliases. */
	glossary: [id: string, aliases: string[]][];
	/** By a section's path: the names of the glossary terms it teaches (`SearchDocument.teaches`). */
	teaches: Record<string, string>;
	/**
	 * The other language's names of glossary terms, with this language's term: "namespace" typed on
	 * the Chinese site finds the sections about 名字空间.
	 */
	names: [string, string][];
}

/** The same options build the index and read it back: fields, stored fields, words. */
export const indexOptions: Options<SearchDocument> = {
	fields: ['title', 'text', 'teaches'],
	storeFields: ['kind', 'title', 'where', 'path', 'text'],
	tokenize: words,
	processTerm: (term) => term
};

export type StoredDocument = Omit<SearchDocument, 'id'>;

/** What the dialog shows of a document: the snippet instead of its text, which stays in the worker. */
export interface Hit extends Omit<StoredDocument, 'text' | 'teaches'> {
	id: number;
	/** The text around the first match, in parts; the matched words are `marked`. */
	snippet: { text: string; marked: boolean }[];
}

export interface Searcher {
	search(query: string, limit?: number): Hit[];
}

/** The index of `documents`; `toJSON()` of it is what `searcherOf` reads back, too. */
export function indexOf(documents: SearchDocument[]): MiniSearch<SearchDocument> {
	const index = new MiniSearch<SearchDocument>(indexOptions);
	index.addAll(documents);
	return index;
}

/** An index, built or read back from its JSON (`JSON.stringify(index)`). */
export function searcherOf(
	built: MiniSearch<SearchDocument> | string,
	manifestNames: SearchManifest['names']
): Searcher {
	const index =
		typeof built === 'string' ? MiniSearch.loadJSON<SearchDocument>(built, indexOptions) : built;
	const names = manifestNames.map(([name, term]) => ({ name: normalize(name), term }));
	const texts = new Map<unknown, string>();
	const textOf = (id: unknown, stored?: Record<string, unknown>) => {
		let text = texts.get(id);
		if (text === undefined) {
			text = normalize(`${String(stored?.title)} ${String(stored?.text)}`);
			texts.set(id, text);
		}
		return text;
	};
	return { search: (query, limit = 20) => search(index, names, textOf, query, limit) };
}

/** Latin words also find longer forms (namespace → namespaces) and near misspellings. */
const prefix = (term: string) => !isHan(term) && term.length >= 3;
const fuzzy = (term: string) => (!isHan(term) && term.length >= 5 ? 0.2 : false);

/** Whole words of `text` that are `name` ("pod", not the "pod" in "podman"). */
function containsName(text: string, name: string): boolean {
	if (isHan(name)) return text.includes(name);
	const at = text.indexOf(name);
	if (at < 0) return false;
	const before = text[at - 1];
	const after = text[at + name.length];
	const letter = /[\p{L}\p{N}]/u;
	return !(before && letter.test(before)) && !(after && letter.test(after));
}

function search(
	index: MiniSearch<SearchDocument>,
	names: { name: string; term: string }[],
	textOf: (id: unknown, stored?: Record<string, unknown>) => string,
	query: string,
	limit: number
): Hit[] {
	const typed = normalize(query).trim();
	if (words(typed).length === 0) return [];
	// Each glossary term named in the other language is looked for in this language too.
	const alternatives = [typed];
	for (const { name, term } of names) {
		if (containsName(typed, name)) alternatives.push(typed.replace(name, ` ${term} `));
	}
	const phrase = typed.replace(/\s+/g, isHan(typed) ? '' : ' ');
	const options = {
		prefix,
		fuzzy,
		boost: { title: 2, teaches: 4 },
		// Ranked by MiniSearch (BM25); a text that holds the words as typed, together, comes first.
		boostDocument: (id: unknown, _term: string, stored?: Record<string, unknown>) =>
			textOf(id, stored).includes(phrase) ? 3 : 1
	};
	const any = (queries: string[], combineWith: 'AND' | 'OR') =>
		index.search(
			{ combineWith: 'OR', queries: queries.map((text) => ({ combineWith, queries: [text] })) },
			options
		);
	// Not every word is anywhere: the texts with most of them, by the words that say something
	// (not 的 or "of", which are everywhere).
	const telling = (text: string) =>
		words(text)
			.filter((word) => word.length >= (isHan(word) ? 2 : 3))
			.join(' ');
	let results = any(alternatives, 'AND');
	if (results.length === 0) results = any(alternatives.map(telling).filter(Boolean), 'OR');
	return results.slice(0, limit).map((result) => hit(result, phrase));
}

const snippetLength = { han: 90, other: 180 };

/**
 * The stored text around the words as typed (else the longest matched word), with the matched
 * words marked, runs of them as one mark. One Chinese character alone (器, 无) is marked only as
 * part of the words as typed: else every 容器 would show its 器.
 */
export function snippetOf(text: string, terms: string[], phrase = ''): Hit['snippet'] {
	const lower = text.toLowerCase();
	const longestFirst = [...terms].sort((a, b) => b.length - a.length);
	const anchor = [phrase, ...longestFirst].find((term) => term && lower.includes(term));
	const length = isHan(text) ? snippetLength.han : snippetLength.other;
	const first = anchor ? lower.indexOf(anchor) : 0;
	let start = Math.max(0, first - Math.floor(length / 4));
	// Start at a word's beginning in Latin text.
	if (start > 0 && !isHan(text)) start = text.lastIndexOf(' ', start) + 1;
	const end = Math.min(text.length, start + length);
	const window = text.slice(start, end);
	const windowLower = window.toLowerCase();
	const marked = new Array<boolean>(window.length).fill(false);
	const markable = [phrase, ...longestFirst].filter((term) => term.length >= (isHan(term) ? 2 : 3));
	for (const term of markable) {
		for (let at = windowLower.indexOf(term); at >= 0; at = windowLower.indexOf(term, at + 1)) {
			marked.fill(true, at, at + term.length);
		}
	}
	const parts: Hit['snippet'] = [];
	for (let at = 0; at < window.length;) {
		let to = at;
		while (to < window.length && marked[to] === marked[at]) to++;
		parts.push({ text: window.slice(at, to), marked: Boolean(marked[at]) });
		at = to;
	}
	if (start > 0) parts.unshift({ text: '…', marked: false });
	if (end < text.length) parts.push({ text: '…', marked: false });
	return parts;
}

function hit(result: SearchResult, phrase: string): Hit {
	const stored = result as unknown as StoredDocument & { id: number };
	return {
		id: stored.id,
		kind: stored.kind,
		title: stored.title,
		where: stored.where,
		path: stored.path,
		snippet: snippetOf(stored.text, result.terms, phrase)
	};
}
