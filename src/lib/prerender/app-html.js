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

/**
 * A page without SvelteKit's client never hydrates: Svelte's markers are dead weight there.
 * @param {string} html
 */
export function withoutHydrationMarkers(html) {
	return html.replace(/<!--(?:\[-?\d*|\]|[a-z0-9]*)-->/g, '');
}
