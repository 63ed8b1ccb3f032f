import type { Token } from 'markdown-it';

export interface GlossaryTerm {
	id: string;
	/** The term and its aliases, in the lesson's language. */
	words: string[];
	/** Longer names that contain one of the words but are not the term: left unlinked. */
	notIn?: string[];
}

/** Where a sentence ends: a term after it may be linked although one before it was. */
const sentenceEnd = /[。！？!?；;]|\.(?:\s|$)/;

const latin = /^[\p{Script=Latin}\p{N}\s.\-/]+$/u;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One pattern for all words, longest first so that "container image" wins over "container".
 * Latin words match whole words only (so "CRI" is not found inside "CRIU"); all-lower-case words
 * match in any case ("Container image" at the start of a sentence), names keep their case.
 */
function matcher(terms: GlossaryTerm[]): { pattern: RegExp; idOf: (match: string) => string } {
	const byWord = new Map<string, string>();
	const parts: { word: string; source: string }[] = [];
	// A name that is not the term matches as itself, longest first, and links nowhere ('').
	const entries = [
		...terms.flatMap((term) => term.words.map((word) => ({ word, id: term.id }))),
		...terms.flatMap((term) => (term.notIn ?? []).map((word) => ({ word, id: '' })))
	];
	for (const { word, id } of entries) {
		const anyCase = latin.test(word) && word === word.toLowerCase();
		const key = anyCase ? word.toLowerCase() : word;
		if (byWord.has(key)) continue;
		byWord.set(key, id);
		const body = anyCase
			? [...word].map((c) => (/\p{L}/u.test(c) ? `[${c}${c.toUpperCase()}]` : escape(c))).join('')
			: escape(word);
		parts.push({
			word,
			source: latin.test(word) ? `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])` : body
		});
	}
	parts.sort((a, b) => b.word.length - a.word.length);
	return {
		pattern: new RegExp(parts.map((part) => part.source).join('|'), 'gu'),
		idOf: (match) => byWord.get(match) ?? byWord.get(match.toLowerCase()) ?? ''
	};
}

/**
 * Marks the first use of each glossary term in a lesson, in running text only: never in
 * headings, code or existing links, and at most one term in a sentence (a term left out waits
 * for its next use). A term is a link to its glossary entry: the definition is shipped once, in
 * the glossary page, and the lesson's page script shows it in place (glossary-terms.ts).
 * Changes `tokens` in place.
 */
export function linkGlossaryTerms(
	tokens: Token[],
	terms: GlossaryTerm[],
	href: (id: string) => string,
	makeToken: (type: string, tag: string, nesting: -1 | 0 | 1) => Token
): void {
	if (terms.length === 0) return;
	const { pattern, idOf } = matcher(terms);
	const linked = new Set<string>();

	tokens.forEach((token, index) => {
		if (token.type !== 'inline' || !token.children) return;
		if (tokens[index - 1]?.type === 'heading_open') return;
		const out: Token[] = [];
		let linkDepth = 0;
		let termInSentence = false;
		for (const child of token.children) {
			if (child.type === 'link_open') linkDepth++;
			if (child.type === 'link_close') linkDepth--;
			if (child.type !== 'text' || linkDepth > 0) {
				out.push(child);
				continue;
			}
			let rest = child.content;
			pattern.lastIndex = 0;
			let match: RegExpExecArray | null;
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
				out.push(...termTokens(id, match[0]));
				consumed = match.index + match[0].length;
				rest = child.content.slice(consumed);
			}
			if (sentenceEnd.test(child.content.slice(scanned))) termInSentence = false;
			if (consumed === 0) out.push(child);
			else if (rest) out.push(textToken(rest));
		}
		token.children = out;
	});

	function termTokens(id: string, text: string): Token[] {
		const open = makeToken('link_open', 'a', 1);
		open.attrs = [
			['href', href(id)],
			['class', 'glossary-term']
		];
		return [open, textToken(text), makeToken('link_close', 'a', -1)];
	}

	function textToken(content: string): Token {
		const token = makeToken('text', '', 0);
		token.content = content;
		return token;
	}
}
