import { upgradeTerm } from './glossary-terms';

/**
 * A mouse resting on a glossary term in `area` opens its popover, and moving away from both
 * closes it (click, tap and keyboard open it by the button's popovertarget); a term still a link
 * is made a button first (glossary-terms.ts). `first` is the pointer event that loaded this
 * module, handled as if it had been listened to all along. Returns the clean-up.
 */
export function openTermsOnHover(area: HTMLElement, first?: PointerEvent): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	/** The term under the mouse while it is still a link. */
	let pointedAt: HTMLAnchorElement | null = null;
	const show = (popover: HTMLElement) => {
		if (!popover.matches(':popover-open')) popover.showPopover();
	};
	const popoverOf = (target: EventTarget | null) => {
		const element = target instanceof Element ? target : null;
		const term = element?.closest<HTMLButtonElement>('button.glossary-term');
		if (term) return document.getElementById(term.getAttribute('popovertarget') ?? '');
		return element?.closest<HTMLElement>('.glossary-popover') ?? null;
	};
	const linkOf = (target: EventTarget | null) =>
		target instanceof Element ? target.closest<HTMLAnchorElement>('a.glossary-term') : null;
	const over = (event: PointerEvent) => {
		if (event.pointerType !== 'mouse') return;
		const link = linkOf(event.target);
		const popover = popoverOf(event.target);
		if (!link && !popover) return;
		clearTimeout(timer);
		timer = setTimeout(() => {
			if (popover) show(popover);
			else
				void upgradeTerm(link!).then((button) => {
					// Unless the mouse has left it while its entry was fetched.
					if (button && pointedAt === link) show(popoverOf(button)!);
				});
		}, 350);
		pointedAt = link;
	};
	const out = (event: PointerEvent) => {
		if (event.pointerType !== 'mouse') return;
		const link = linkOf(event.target);
		if (link && linkOf(event.relatedTarget) !== link) {
			pointedAt = null;
			clearTimeout(timer);
			return;
		}
		const popover = popoverOf(event.target);
		if (!popover || popoverOf(event.relatedTarget) === popover) return;
		clearTimeout(timer);
		timer = setTimeout(() => {
			if (popover.matches(':popover-open') && !popover.matches(':hover, :focus-within')) {
				popover.hidePopover();
			}
		}, 350);
	};
	area.addEventListener('pointerover', over);
	area.addEventListener('pointerout', out);
	if (first) over(first);
	return () => {
		clearTimeout(timer);
		area.removeEventListener('pointerover', over);
		area.removeEventListener('pointerout', out);
	};
}
