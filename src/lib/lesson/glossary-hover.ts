/**
 * A mouse resting on a glossary term in `area` opens its popover, and moving away from both
 * closes it (click, tap and keyboard open it without any script: popovertarget). `first` is the
 * pointer event that loaded this module, handled as if it had been listened to all along.
 * Returns the clean-up.
 */
export function openTermsOnHover(area: HTMLElement, first?: PointerEvent): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const popoverOf = (target: EventTarget | null) => {
		const element = target instanceof Element ? target : null;
		const term = element?.closest<HTMLButtonElement>('button.glossary-term');
		if (term) return document.getElementById(term.getAttribute('popovertarget') ?? '');
		return element?.closest<HTMLElement>('.glossary-popover') ?? null;
	};
	const over = (event: PointerEvent) => {
		const popover = popoverOf(event.target);
		if (event.pointerType !== 'mouse' || !popover) return;
		clearTimeout(timer);
		timer = setTimeout(() => {
			if (!popover.matches(':popover-open')) popover.showPopover();
		}, 350);
	};
	const out = (event: PointerEvent) => {
		const popover = popoverOf(event.target);
		if (event.pointerType !== 'mouse' || !popover) return;
		if (popoverOf(event.relatedTarget) === popover) return;
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
