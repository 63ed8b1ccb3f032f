import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	pageScriptSource,
	readPageScriptFiles,
	withPageScript
} from '../src/lib/prerender/page-script';
import { runPaintScript } from './fixtures/paint-script';

/** A client build's output with the page script, what it imports, and Vite's manifest. */
function clientBuild(files: Record<string, string>, manifest: Record<string, unknown>): string {
	const dir = mkdtempSync(join(tmpdir(), 'page-script-'));
	for (const [name, text] of Object.entries({
		...files,
		'.vite/manifest.json': JSON.stringify(manifest)
	})) {
		mkdirSync(dirname(join(dir, name)), { recursive: true });
		writeFileSync(join(dir, name), text);
	}
	return dir;
}

const entry = '_app/immutable/entry/page-script.abc.js';
const setsBase = 'globalThis.__sveltekit_x1={base:""};import("../chunks/page.js");';

describe('readPageScriptFiles', () => {
	it('names the entry and what it imports before it runs, from the files themselves', () => {
		const dir = clientBuild(
			{
				[entry]: `import{p}from"../chunks/preload.js";${setsBase}`,
				'_app/immutable/chunks/preload.js': 'import"./shared.js";export const p=1;',
				'_app/immutable/chunks/shared.js': 'export{};',
				'_app/immutable/chunks/page.js': 'import{a}from"./svelte.js";',
				'_app/immutable/chunks/svelte.js': 'export const a=1;',
				'_app/immutable/chunks/kit.js': 'export{};'
			},
			{
				// The manifest may list a chunk the code does not import: it is not preloaded.
				[pageScriptSource]: {
					file: entry,
					imports: ['_preload.js', '_kit.js'],
					dynamicImports: ['src/lib/page-script/page.ts']
				},
				'src/lib/page-script/page.ts': { file: '_app/immutable/chunks/page.js' }
			}
		);
		const files = readPageScriptFiles(dir);
		expect(files.entry).toBe(entry);
		// What it imports after the first paint is not preloaded: it would compete with the styles.
		expect(files.imports.sort()).toEqual([
			'_app/immutable/chunks/preload.js',
			'_app/immutable/chunks/shared.js'
		]);
	});

	it('stops the build when the page script is not built, or does not set the base path', () => {
		expect(() => readPageScriptFiles(clientBuild({}, {}))).toThrow(/not an entry of the build/);
		const unset = clientBuild(
			{ [entry]: 'import("../chunks/page.js");' },
			{ [pageScriptSource]: { file: entry } }
		);
		expect(() => readPageScriptFiles(unset)).toThrow(/does not set SvelteKit's base path/);
		const alone = clientBuild({ [entry]: setsBase }, { [pageScriptSource]: { file: entry } });
		expect(() => readPageScriptFiles(alone)).toThrow(/imports nothing that was built/);
		expect(() => readPageScriptFiles(join(tmpdir(), 'no-such-build'))).toThrow(/missing/);
	});
});

describe('withPageScript', () => {
	const policy = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-theme'; style-src 'self'">`;
	const page = (head: string) =>
		`<html><head>${policy}<link href="../../_app/immutable/assets/0.css" rel="stylesheet">${head}</head><body></body></html>`;
	const files = {
		entry,
		imports: ['a', 'b', 'c', 'd', 'e'].map((name) => `_app/immutable/chunks/${name}.js`)
	};
	const scriptOf = (html: string) =>
		/<script>([\s\S]*?)<\/script>\n\t<\/head>/.exec(html)?.[1] ?? '';

	it('requests the script and its files after the first paint, relative to the page', () => {
		const html = withPageScript(page(''), files);
		expect(html).not.toContain('rel="modulepreload"');
		expect(html).not.toContain('<script type="module"');

		const painted = runPaintScript(scriptOf(html));
		expect(painted.appended).toEqual([]);
		painted.paint();
		painted.runTasks();
		const added = painted.appended;
		expect(
			added.filter((element) => element.rel === 'modulepreload').map((link) => link.href)
		).toEqual(files.imports.map((file) => `../../${file}`));
		expect(added.at(-1)).toEqual({ type: 'module', src: `../../${entry}` });
	});

	it('allows its script by its hash in the page’s policy, beside the others', () => {
		const html = withPageScript(page(''), files);
		const hash = `sha256-${createHash('sha256').update(scriptOf(html)).digest('base64')}`;
		expect(html).toContain(`script-src 'self' '${hash}' 'sha256-theme';`);
	});

	it('refuses a page that also has SvelteKit client, no stylesheet to tell where _app is, or no policy', () => {
		const hydrated = page('<link href="../../_app/immutable/entry/start.js" rel="modulepreload">');
		expect(() => withPageScript(hydrated, files, '/en/glossary/')).toThrow(
			/^\/en\/glossary\/: .*SvelteKit's client/
		);
		expect(() => withPageScript('<html><head></head></html>', files)).toThrow(/no stylesheet/);
		expect(() => withPageScript(page('').replace(policy, ''), files, '/en/')).toThrow(
			/^\/en\/: .*no policy/
		);
	});
});
