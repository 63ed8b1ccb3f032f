// What the build takes out of app.html's own markup before it ships in every page (61 of them, in
// the offline copy too): the comments written for whoever edits it. JavaScript with types in
// comments, so that svelte.config.js, which hashes the inline script for the CSP, imports it too.

/**
 * app.html's inline script as pages carry it, and as the CSP allows it by its hash: no comment
 * lines, no indentation.
 * @param {string} script
 */
export function compactScript(script) {
	return script
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '' && !line.startsWith('//'))
		.join('\n');
}

/**
 * A built page with app.html's inline script compacted (the first script of its head, before
 * `%sveltekit.head%`) and app.html's comments gone. Svelte's hydration markers (`<!--[-->`,
 * `<!---->`) never start with a space, so they stay.
 * @param {string} html
 */
export function compactAppHtml(html) {
	return html
		.replace(
			/(<head>(?:(?!<\/head>)[\s\S])*?<script>)([\s\S]*?)(<\/script>)/,
			(_, open, script, close) => `${open}${compactScript(script)}${close}`
		)
		.replace(/<!--\s[\s\S]*?-->\s*/g, '');
}

/** Svelte's hydration markers, and the `{@html}` ones (a hash under `vite dev`). */
const marker = /<!--(?:\[-?\d*|\]|[a-z0-9]*)-->/g;

/**
 * What a read page writes around a part its script hydrates, each with `{@html}`: the part keeps
 * its markers, and gets those Svelte's `render()` puts around a component, which `hydrate()` looks
 * for. The home's live part is one (src/lib/home/HomeIsland.svelte).
 */
export const hydratedPart = { start: '<!--hydrated[-->', end: '<!--]hydrated-->' };
// The part ends with the `<!---->` a component is followed by among siblings: as a root, it is not.
const hydratedParts =
	/<!--[a-z0-9]*--><!--hydrated\[--><!---->([\s\S]*?)<!----><!--[a-z0-9]*--><!--\]hydrated--><!---->/g;

/**
 * The page's hydrated parts as Svelte's `render()` writes a component.
 * @param {string} html
 */
export function withHydratedParts(html) {
	return html.replace(hydratedParts, (_, part) => `<!--[-->${part}<!--]-->`);
}

/**
 * A page without SvelteKit's client never hydrates, but for the parts its script hydrates (see
 * `hydratedPart`): Svelte's markers are dead weight everywhere else.
 * @param {string} html
 */
export function withoutHydrationMarkers(html) {
	let page = '';
	let from = 0;
	for (const part of html.matchAll(hydratedParts)) {
		page += html.slice(from, part.index).replace(marker, '') + `<!--[-->${part[1]}<!--]-->`;
		from = part.index + part[0].length;
	}
	return page + html.slice(from).replace(marker, '');
}
