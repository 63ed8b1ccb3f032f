/**
 * The last link the learner followed on this page, watched from the page's start. The LMS
 * connection comes later (after the page has loaded, connection.svelte.ts): a link followed
 * before it was there must still tell it, when the page goes, that the learner moves on to
 * another page of the course rather than out of it, which would end the LMS session.
 */
let followed: { at: number; url: URL } | undefined;

/** Inside an LMS only (a frame, or a window another opened), as `startLms`. */
export function watchFollowedLinks(): void {
	if (window.parent === window && !window.opener) return;
	document.addEventListener(
		'click',
		(event) => {
			const link = (event.target as Element | null)?.closest?.('a[href]');
			if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute('download'))
				return;
			if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
				return;
			followed = { at: Date.now(), url: new URL(link.href) };
		},
		{ capture: true }
	);
}

/** The link followed last on this page, if any: when, and where to. */
export const lastFollowedLink = (): { at: number; url: URL } | undefined => followed;
