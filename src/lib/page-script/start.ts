/**
 * The script of the pages read rather than operated (lessons, the glossary): see
 * `src/lib/prerender/page-script.ts`. It sets SvelteKit's base path first, as SvelteKit's own
 * start script does on the other pages, because the shared modules (`$app/paths`) read it when
 * they are first run; so everything else is imported after.
 */
if (!import.meta.env.DEV) {
	// This file is `_app/immutable/entry/…`, three folders below the site's base.
	__SVELTEKIT_PAYLOAD__ = { base: new URL('../../..', import.meta.url).pathname.slice(0, -1) };
}

// The rest waits for the first paint: on a slow network it would share the line with the page's
// stylesheets, and these pages are read before anything on them is operated. At once in a hidden
// tab (it paints nothing) or a browser that does not report paints; in any case within 1 s.
let started = false;
const start = () => {
	if (started) return;
	started = true;
	void import('./page').then(({ startPage }) => startPage());
};
if (
	document.visibilityState === 'hidden' ||
	!PerformanceObserver.supportedEntryTypes.includes('paint')
) {
	start();
} else {
	new PerformanceObserver((list, observer) => {
		if (list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) {
			observer.disconnect();
			setTimeout(start);
		}
	}).observe({ type: 'paint', buffered: true });
	setTimeout(start, 1000);
}
