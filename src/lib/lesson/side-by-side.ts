/**
 * The lesson side by side (中英对照): each block of the page beside its translation, put together
 * in the browser from the two language pages, which the service worker already holds. The choice
 * travels in the link (`?view=both`, `?view=one`); app.html's script saves it before first paint
 * and marks the page (`data-view="both"`), so the switch works before the page's script starts;
 * the lesson page then loads this module.
 */
import { htmlLang, type Lang } from '$lib/i18n/langs';

/**
 * The other language's copy of a block, beside the page's own: its headings lose their anchors
 * (the page's own headings keep them, so links to a section still work), and its other ids (a
 * diagram's title and markers) are renamed, with what points to them, so that no id is on the page
 * twice. Its glossary terms are links, made buttons later with `other-` ids (glossary-terms.ts).
 */
export function otherColumn(html: string): string {
	const plain = html.replace(/<(h[2-6]) id="[^"]*">/g, '<$1>');
	const ids = new Set([...plain.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
	const renamed = (id: string) => (ids.has(id) ? `other-${id}` : id);
	return plain
		.replace(
			/(\s(?:id|aria-labelledby|aria-describedby|for)=")([^"]+)"/g,
			(_, attribute: string, value: string) =>
				`${attribute}${value.split(' ').map(renamed).join(' ')}"`
		)
		.replace(/(href="#|url\(#)([^")]+)/g, (_, before: string, id: string) => before + renamed(id));
}

export class SideBySideError extends Error {}

/**
 * Pairs each top-level element of `prose` (a block: the build checks each block is one element)
 * with the same block of the other language's page at `otherUrl`. Fails, leaving the page as it
 * was, when that page cannot be had or its blocks do not match.
 */
export async function pairWithTranslation(
	prose: HTMLElement,
	otherUrl: URL,
	other: Lang,
	label: string
): Promise<void> {
	const response = await fetch(otherUrl);
	if (!response.ok) throw new SideBySideError(`${otherUrl.pathname}: ${response.status}`);
	const page = new DOMParser().parseFromString(await response.text(), 'text/html');
	const theirs = [...(page.querySelector('.prose')?.children ?? [])];
	const ours = [...prose.children];
	if (ours.length === 0 || theirs.length !== ours.length) {
		throw new SideBySideError(
			`${ours.length} blocks here, ${theirs.length} in ${otherUrl.pathname}`
		);
	}
	ours.forEach((block, index) => {
		const pair = document.createElement('div');
		pair.className = 'pair';
		const main = document.createElement('div');
		main.className = 'pair-main';
		const details = document.createElement('details');
		details.className = 'pair-other';
		details.lang = htmlLang[other];
		details.open = true;
		const summary = document.createElement('summary');
		summary.textContent = label;
		const body = document.createElement('div');
		body.className = 'pair-other-body';
		// Both are this course's own prerendered pages, of the same build.
		body.innerHTML = otherColumn(theirs[index]!.outerHTML);
		// Its links lead where they do on its own page: the glossary of its language.
		for (const link of body.querySelectorAll('a[href]')) {
			const href = link.getAttribute('href')!;
			if (!href.startsWith('#')) link.setAttribute('href', new URL(href, otherUrl).href);
		}
		details.append(summary, body);
		block.replaceWith(pair);
		main.append(block);
		pair.append(main, details);
	});
}
