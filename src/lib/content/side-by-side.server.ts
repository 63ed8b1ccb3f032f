import { serverTranslator } from '$lib/i18n/translations.server';
import { htmlLang, otherLang, type Lang } from '$lib/i18n/langs';
import type { Lesson } from './course.server';

/**
 * The other language's copy of a block, beside the page's own: its headings lose their anchors
 * (the page's own headings keep them, so links to a section still work), and its other ids (the
 * glossary popovers) are renamed, with what points to them, so that no id is on the page twice.
 */
export function otherColumn(html: string): string {
	const plain = html.replace(/<(h[2-6]) id="[^"]*">/g, '<$1>');
	const ids = new Set([...plain.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
	const renamed = (id: string) => (ids.has(id) ? `other-${id}` : id);
	return plain
		.replace(
			/(\s(?:id|popovertarget|aria-labelledby|aria-describedby|for)=")([^"]+)"/g,
			(_, attribute: string, value: string) =>
				`${attribute}${value.split(' ').map(renamed).join(' ')}"`
		)
		.replace(/(href="#|url\(#)([^")]+)/g, (_, before: string, id: string) => before + renamed(id));
}

/**
 * A lesson's body with each block beside its translation (/{lang}/lessons/{id}/both/): two
 * columns on a wide screen; on a phone the translation under each block, folded by a summary.
 * The build has checked that both languages have the same blocks (course.server.ts).
 */
export function sideBySideHtml(lesson: Lesson, lang: Lang): string {
	const other = otherLang(lang);
	const label = serverTranslator(lang)('lesson.otherLanguage');
	const theirs = lesson.text[other].blocks;
	return lesson.text[lang].blocks
		.map(
			(block, index) =>
				`<div class="pair"><div class="pair-main">${block.html}</div>` +
				`<details class="pair-other" lang="${htmlLang[other]}" open><summary>${label}</summary>` +
				`<div class="pair-other-body">${otherColumn(theirs[index]?.html ?? '')}</div></details></div>\n`
		)
		.join('');
}
