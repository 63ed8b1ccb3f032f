/**
 * The site's base path in the browser, as the page's start script set it: SvelteKit's on the pages
 * it runs, the page script's on read pages (src/lib/page-script/start.ts). `$app/paths` reads the
 * same, but it imports SvelteKit's client (13 KB gz), which read pages do without.
 */
export function siteBase(): string {
	return __SVELTEKIT_PAYLOAD__?.base ?? '';
}

/** A route's URL in the browser, as `resolve` from `$app/paths` writes it: `/[lang=lang]` → `/en`. */
export function routeUrl(routeId: string, params: Record<string, string>): string {
	return (
		siteBase() + routeId.replace(/\[(\w+)(?:=\w+)?\]/g, (_, name: string) => params[name] ?? '')
	);
}
