/**
 * Text a learner chose (a file name, shown on the team page and in its CSV), made safe to show:
 * bidirectional controls that could reorder it ("U+202E gnp.exe") are removed, and other
 * control characters are made visible as their Control Pictures (␉, ␍ …) instead of acting.
 * It is still shown isolated (`<bdi>`), so that right-to-left text cannot reorder what follows.
 */
export const maxVisibleText = 120;

// Bidi embeddings, overrides, isolates and marks, plus other invisible format characters.
const bidiAndFormat = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is matched
const controls = /[\u0000-\u001f\u007f-\u009f]/g;

export function visibleText(text: string, maxLength = maxVisibleText): string {
	const shown = text.replace(bidiAndFormat, '').replace(controls, (char) => {
		const code = char.charCodeAt(0);
		if (code < 0x20) return String.fromCharCode(0x2400 + code);
		return code === 0x7f ? '\u2421' : '\ufffd';
	});
	const chars = Array.from(shown);
	return chars.length > maxLength ? `${chars.slice(0, maxLength - 1).join('')}…` : shown;
}
