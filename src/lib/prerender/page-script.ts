import { existsSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { afterFirstPaint, sha256 } from './defer-hydration';

/**
 * Pages that are read, not operated (lessons, the glossary, the home), are plain HTML and CSS with one small
 * script: they load without SvelteKit's client and Svelte (`csr = false`), which are 31.5 KB of
 * every other page and would stand between the learner and the text (issue 13). What their header
 * and text do in the browser (search, theme, language switch, reading progress, side by side,
 * offline status) is `src/lib/page-script/`, an entry of the client build of its own.
 */
export const pageScriptSource = 'src/lib/page-script/start.ts';
/** `import … from "./x.js"` and `import "./x.js"` as Rolldown writes them; not `import("./x.js")`. */
const staticImport = /(?:\bimport|\bfrom)\s*["'](\.\.?\/[^"']+\.js)["']/g;
const entryName = 'entry/page-script';

/** Adds the page script to the client build's entries (the server build has no `entry/start`). */
export function pageScriptPlugin(): Plugin {
	return {
		name: 'page-script-entry',
		options(options) {
			const input = options.input;
			if (input && typeof input === 'object' && !Array.isArray(input) && 'entry/start' in input) {
				return { ...options, input: { ...input, [entryName]: resolve(pageScriptSource) } };
			}
		}
	};
}

interface ManifestChunk {
	file: string;
	imports?: string[];
	dynamicImports?: string[];
}

/** The page script's file and the files it imports, as the client build wrote them. */
export interface PageScriptFiles {
	entry: string;
	imports: string[];
}

/**
 * Reads the client build's manifest (Vite's `.vite/manifest.json`, written before prerendering).
 * Fails the build if the page script is missing or does not set SvelteKit's base path: the pages
 * would be shipped without their script, or with links that lead nowhere.
 */
export function readPageScriptFiles(clientDir: string): PageScriptFiles {
	const manifestFile = join(clientDir, '.vite', 'manifest.json');
	if (!existsSync(manifestFile)) {
		throw new Error(`${manifestFile}: missing: the page script's file cannot be known`);
	}
	const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
	const entry = manifest[pageScriptSource];
	if (!entry) throw new Error(`${manifestFile}: ${pageScriptSource}: not an entry of the build`);
	const script = readFileSync(join(clientDir, entry.file), 'utf8');
	if (!/globalThis\.__sveltekit_\w+\s*=/.test(script)) {
		throw new Error(`${entry.file}: the page script does not set SvelteKit's base path`);
	}
	// What the entry imports before it runs; the rest it imports as it runs (start.ts),
	// when Vite's preload helper requests it all at once. Read from the files themselves: the
	// manifest's lists also name chunks the code no longer imports.
	const imports = new Set<string>();
	const follow = (file: string) => {
		const code = readFileSync(join(clientDir, file), 'utf8');
		for (const [, relative] of code.matchAll(staticImport)) {
			const imported = posix.join(posix.dirname(file), relative!);
			if (!imports.has(imported)) {
				imports.add(imported);
				follow(imported);
			}
		}
	};
	follow(entry.file);
	if (!(entry.dynamicImports ?? []).some((name) => manifest[name]?.file)) {
		throw new Error(`${manifestFile}: ${pageScriptSource}: imports nothing that was built`);
	}
	return { entry: entry.file, imports: [...imports] };
}

/**
 * The page with its script: the entry and what it imports, requested once the page has painted
 * (`afterFirstPaint`), preloaded together so that they load in parallel. Not from the `<head>`: on
 * a slow network they would share the line with the stylesheets the first paint waits for, and the
 * page is read, and its links followed, before anything of its script is used. The policy allows
 * the inline script by its hash. Paths are relative to the page, as SvelteKit writes its own (the
 * site works under any base path, and inside an LMS).
 */
export function withPageScript(html: string, files: PageScriptFiles, page = 'page'): string {
	if (html.includes('rel="modulepreload"') || /<script[^>]*>\s*\{\s*__sveltekit_/.test(html)) {
		throw new Error(`${page}: withPageScript: the page also has SvelteKit's client (csr = false?)`);
	}
	const prefix = /href="((?:\.\.\/|\.\/)*)_app\/immutable\/assets\//.exec(html)?.[1];
	if (prefix === undefined) {
		throw new Error(`${page}: withPageScript: no stylesheet link to tell where _app/ is`);
	}
	const policy = /(<meta http-equiv="content-security-policy" content="[^"]*script-src 'self')/;
	if (!policy.test(html)) {
		throw new Error(`${page}: withPageScript: no policy with script-src 'self' to allow it in`);
	}
	const loader = afterFirstPaint({
		modules: files.imports.map((file) => `${prefix}${file}`),
		then: [
			`const script = document.createElement('script'); script.type = 'module';`,
			`script.src = ${JSON.stringify(`${prefix}${files.entry}`)}; document.head.append(script);`
		].join('\n')
	});
	return html
		.replace(policy, `$1 '${sha256(loader)}'`)
		.replace('</head>', `\t<script>${loader}</script>\n\t</head>`);
}

/**
 * Under `vite dev`, Vite serves the page script's source as it is, and its client reloads the page
 * when a lesson changes (SvelteKit adds that client only to the pages it hydrates).
 */
export function withDevPageScript(html: string, base: string): string {
	const scripts = [`${base}/@vite/client`, `${base}/${pageScriptSource}`]
		.map((src) => `<script type="module" src="${src}"></script>`)
		.join('\n\t\t');
	return html.replace('</head>', `\t${scripts}\n\t</head>`);
}
