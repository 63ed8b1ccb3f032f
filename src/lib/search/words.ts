/**
 * How the search splits text into words, the same at build time (Node) and in the browser:
 * `Intl.Segmenter` with word granularity, which segments Chinese by ICU's dictionary and other
 * scripts at word boundaries. Lower-case and NFKC (full-width letters are the same words).
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export const normalize = (text: string) => text.normalize('NFKC').toLowerCase();

export const isHan = (word: string) => /\p{Script=Han}/u.test(word);

export function words(text: string): string[] {
	const found: string[] = [];
	for (const { segment, isWordLike } of segmenter.segment(normalize(text))) {
		if (isWordLike) found.push(segment);
	}
	return found;
}
