// src/lib/quiz/types/fill-blanks/template.ts
/** `{{id}}` marks a blank; anything else in double braces (`{{.State.Status}}`) is code. */
var blankMarker = /\{\{\s*([a-z0-9]+(?:-[a-z0-9]+)*)\s*\}\}/g;
function templateParts(template) {
	const parts = [];
	let from = 0;
	for (const match of template.matchAll(blankMarker)) {
		if (match.index > from) parts.push({ text: template.slice(from, match.index) });
		parts.push({ blank: match[1] });
		from = match.index + match[0].length;
	}
	if (from < template.length) parts.push({ text: template.slice(from) });
	return parts;
}
/**
* What a typed blank and an accepted answer must share to count as the same: as for short
* answers, full-width forms (NFKC), case and surrounding spaces do not count; unlike them,
* punctuation does (`-t`, `:latest`), and spaces inside count only as "a space here".
*/
function normalizeBlank(text) {
	return text.normalize("NFKC").toLowerCase().trim().replace(/\s+/gu, " ");
}
export { templateParts as n, normalizeBlank as t };

//# sourceMappingURL=template.js.map