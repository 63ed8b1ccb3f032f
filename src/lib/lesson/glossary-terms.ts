/**
 * A lesson's glossary terms are links to their entries (the definitions are shipped once, in the
 * glossary page). Here each becomes what it was before: a button that opens the entry in place,
 * in a popover, from the glossary page of the term's own language (the service worker holds it).
 * A term whose entry cannot be had stays a link.
 */

/** The glossary pages asked for, by address: fetched once; forgotten if that failed. */
const pages = new Map<string, Promise<Document | undefined>>();
/** Each link's button (undefined: it stays a link), so that a link is upgraded once. */
const upgrades = new WeakMap<HTMLAnchorElement, Promise<HTMLButtonElement | undefined>>();

function glossaryPage(address: string): Promise<Document | undefined> {
	let page = pages.get(address);
	if (!page) {
		page = fetch(address)
			.then(async (response) => {
				if (!response.ok) throw new Error(`${address}: ${response.status}`);
				return new DOMParser().parseFromString(await response.text(), 'text/html');
			})
			.catch((error: unknown) => {
				console.warn(error);
				pages.delete(address);
				return undefined;
			});
		pages.set(address, page);
	}
	return page;
}

/** The term's button and popover in place of its link, as the build wrote them before. */
async function upgrade(link: HTMLAnchorElement): Promise<HTMLButtonElement | undefined> {
	const url = new URL(link.href);
	const id = url.hash.slice(1);
	url.hash = '';
	const page = await glossaryPage(url.href);
	const entry = page?.getElementById(id);
	const name = entry?.querySelector('dfn')?.textContent?.trim();
	const definition = entry?.querySelector('dd p')?.textContent?.trim();
	const label = page?.querySelector<HTMLElement>('[data-link]')?.dataset.link;
	// The other column of the side-by-side view names its ids so (see side-by-side.ts).
	const popoverId = `${link.closest('.pair-other') ? 'other-' : ''}term-${id}`;
	if (!name || !definition || !label || !link.isConnected || document.getElementById(popoverId)) {
		return undefined;
	}

	const button = document.createElement('button');
	button.type = 'button';
	button.className = link.className;
	button.setAttribute('popovertarget', popoverId);
	button.append(...link.childNodes);
	const popover = element('span', 'glossary-popover');
	popover.id = popoverId;
	popover.setAttribute('popover', '');
	popover.setAttribute('role', 'dialog');
	popover.setAttribute('aria-labelledby', `${popoverId}-name`);
	const heading = element('strong', 'glossary-popover-name', name);
	heading.id = `${popoverId}-name`;
	const more = element('a', 'glossary-popover-link', label);
	more.setAttribute('href', link.getAttribute('href')!);
	popover.append(
		heading,
		' ',
		element('span', 'glossary-popover-definition', definition),
		' ',
		more
	);

	const focused = document.activeElement === link;
	link.replaceWith(button, popover);
	if (focused) button.focus();
	return button;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') {
	const created = document.createElement(tag);
	created.className = className;
	created.textContent = text;
	return created;
}

export function upgradeTerm(link: HTMLAnchorElement): Promise<HTMLButtonElement | undefined> {
	let button = upgrades.get(link);
	if (!button) {
		button = upgrade(link);
		upgrades.set(link, button);
	}
	return button;
}

/** Every term in `area` that is still a link. */
export async function upgradeTerms(area: HTMLElement): Promise<void> {
	await Promise.all(
		[...area.querySelectorAll<HTMLAnchorElement>('a.glossary-term')].map(upgradeTerm)
	);
}

/** A term clicked, tapped or pressed before it was upgraded: opened, or followed if it stays a link. */
export async function openTerm(link: HTMLAnchorElement): Promise<void> {
	const button = await upgradeTerm(link);
	if (button) button.click();
	else location.assign(link.href);
}
