import { createHash } from 'node:crypto';

/**
 * Takes the page's scripts off the path to its first paint, so that a page shows as fast as its
 * HTML and CSS alone (issue 13): the text is all in the HTML, and the scripts only add to it.
 *
 * SvelteKit preloads every module of the page from the `<head>` and starts them from an inline
 * script at the end of the body, so a slow network fetches ~40 KB of script alongside the HTML and
 * CSS the first paint needs. Here the preloads leave the `<head>`, and the inline script waits for
 * the first paint: it then adds the same preloads (the modules still load in parallel, not one
 * import after another) and starts the app as SvelteKit wrote it. The policy's hash of the inline
 * script is replaced by the hash of the new one.
 *
 * Runs only while prerendering. What it rewrites is SvelteKit's own output, so a SvelteKit that
 * writes it differently stops the build instead of shipping a page that does not start.
 */
export function deferHydration(html: string, page = 'page'): string {
	const boot = bootScript.exec(html);
	if (!boot) {
		if (html.includes('rel="modulepreload"')) {
			throw new Error(`${page}: deferHydration: module preloads without SvelteKit's start script`);
		}
		return html;
	}
	const original = boot[1] ?? '';
	if (!original.includes(elementLine)) {
		throw new Error(
			`${page}: deferHydration: SvelteKit's start script no longer reads "${elementLine}"`
		);
	}
	const oldHash = sha256(original);
	if (!html.includes(`'${oldHash}'`)) {
		throw new Error(`${page}: deferHydration: the policy does not list the start script's hash`);
	}
	const modules = [...html.matchAll(modulePreload)].map((match) => match[1] ?? '');
	const deferred = afterFirstPaint({
		now: elementLine,
		modules,
		then: original.replace(elementLine, '')
	});
	return html
		.replace(modulePreloadLine, '')
		.replace(boot[0], `<script>${deferred}</script>`)
		.replace(`'${oldHash}'`, `'${sha256(deferred)}'`);
}

const bootScript = /<script>(\s*\{\s*__sveltekit_[\s\S]*?)<\/script>/;
const elementLine = 'const element = document.currentScript.parentElement;';
const modulePreload = /<link href="([^"]+)" rel="modulepreload">/g;
const modulePreloadLine = /[ \t]*<link href="[^"]+" rel="modulepreload">\n?/g;

/**
 * An inline script that waits for the page's first paint, then preloads `modules` a few per task
 * (each request costs the page about 2 ms to start: a dozen in one go made a task long enough to
 * delay a tap) and runs `then`. `now` runs at once, while the script is the current one.
 */
export function afterFirstPaint(script: { now?: string; modules: string[]; then: string }): string {
	return [
		`{${script.now ?? ''}`,
		`const modules = ${JSON.stringify(script.modules)};`,
		`const start = () => {`,
		`for (const href of modules.splice(0, ${preloadsPerTask})) {`,
		`const link = document.createElement('link'); link.rel = 'modulepreload'; link.href = href;`,
		`document.head.append(link); }`,
		`if (modules.length > 0) { setTimeout(start); return; }`,
		script.then,
		`};`,
		// After the browser reports the first paint with content; at once in a hidden tab (it paints
		// nothing) or a browser that does not report paints. Failing that, once the tab is hidden, or
		// 2 s after the page has loaded: a frame that is not displayed never paints. Not a fixed time
		// from here: where the first paint came after 1 s (a slow network, a busy machine), a 1 s
		// fallback requested the scripts before it, and they shared the line with what it waited for.
		`let started = false;`,
		`const once = () => { if (!started) { started = true; start(); } };`,
		`if (document.visibilityState === 'hidden' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) once();`,
		`else { new PerformanceObserver((list, observer) => {`,
		`if (list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) { observer.disconnect(); setTimeout(once); }`,
		`}).observe({ type: 'paint', buffered: true });`,
		`document.addEventListener('visibilitychange', once, { once: true });`,
		`window.addEventListener('load', () => setTimeout(once, ${lateStartMs}), { once: true }); }}`
	].join('\n');
}

const preloadsPerTask = 4;
const lateStartMs = 2000;

export const sha256 = (text: string) =>
	`sha256-${createHash('sha256').update(text).digest('base64')}`;
