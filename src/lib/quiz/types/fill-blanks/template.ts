/** A piece of a fill-blanks template: code shown as it is, or the blank with this id. */
export type TemplatePart = { text: string } | { blank: string };

/** `{{id}}` marks a blank; anything else in double braces (`{{.State.Status}}`) is code. */
const blankMarker = /\{\{\s*([a-z0-9]+(?:-[a-z0-9]+)*)\s*\}\}/g;

export function templateParts(template: string): TemplatePart[] {
	const parts: TemplatePart[] = [];
	let from = 0;
	for (const match of template.matchAll(blankMarker)) {
		if (match.index > from) parts.push({ text: template.slice(from, match.index) });
		parts.push({ blank: match[1]! });
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
export function normalizeBlank(text: string): string {
	return text.normalize('NFKC').toLowerCase().trim().replace(/\s+/gu, ' ');
}

/** The longest text a blank takes, and that is read back from storage. */
export const maxBlankLength = 200;
