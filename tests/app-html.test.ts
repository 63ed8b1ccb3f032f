import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compile, type CompileOptions } from 'svelte/compiler';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import {
	compactAppHtml,
	compactScript,
	hydratedPart,
	withHydratedParts,
	withoutHydrationMarkers
} from '../src/lib/prerender/app-html.js';

const appHtml = readFileSync('src/app.html', 'utf8');
const scriptOf = (html: string) => /<head>[\s\S]*?<script>([\s\S]*?)<\/script>/.exec(html)?.[1];

describe('app.html as pages carry it', () => {
	it('keeps every statement of the inline script, without its comments and indentation', () => {
		const source = scriptOf(appHtml) ?? '';
		const compact = compactScript(source);
		expect(compact).not.toMatch(/\/\/|^\s/m);
		const statements = source
			.split('\n')
			.map((line) => line.trim())
			.filter((line) => line && !line.startsWith('//'));
		expect(compact.split('\n')).toEqual(statements);
		expect(compact).toContain("root.dataset.view = 'both';");
	});

	it('compacts the head’s script only, and drops comments but Svelte’s markers', () => {
		const page = appHtml
			.replace('%sveltekit.head%', '<title>t</title>')
			.replace(
				'%sveltekit.body%',
				'<!--[--><p>x</p><!--]--><!----><!--1vgg9n1--><script>\n\t// kept\n\tstart();\n</script>'
			);
		const compact = compactAppHtml(page);
		expect(scriptOf(compact)).toBe(compactScript(scriptOf(appHtml) ?? ''));
		expect(compact).not.toContain('Every link is a page load');
		expect(compact).toContain('<!--[--><p>x</p><!--]--><!----><!--1vgg9n1-->');
		expect(compact).toContain('<script>\n\t// kept\n\tstart();\n</script>');
		// Without a script in the head, nothing else is touched.
		const noHeadScript = '<head><title>t</title></head><body><script>\n\t// kept\n</script></body>';
		expect(compactAppHtml(noHeadScript)).toBe(noHeadScript);
	});

	it('drops hydration markers from a page that never hydrates, and nothing else', () => {
		expect(
			withoutHydrationMarkers('<!--[--><!--[0--><!--[-1--><p>a</p><!--]--><!----><!--e3wpc4-->b')
		).toBe('<p>a</p>b');
		expect(withoutHydrationMarkers('<code>&lt;!--[--&gt;</code>')).toBe(
			'<code>&lt;!--[--&gt;</code>'
		);
	});

	it('keeps them in a part the page hydrates, as Svelte renders that part alone for hydrate()', async () => {
		const part = `<script>let { n } = $props();</script>
			<section><h2>x</h2>{#if n > 1}<p>a</p>{:else}&nbsp;{/if}</section>
			<ol>{#each [1, 2] as i (i)}<li>{i}</li>{/each}</ol>`;
		const page = `<script>import Part from './Part.js'; let { start, end } = $props();</script>
			<h1>t</h1>{#if true}<p>b</p>{/if}
			<div>{@html start}<Part n={1} />{@html end}</div><p>c</p>`;
		for (const dev of [false, true]) {
			const [Part, Page] = await serverComponents({ Part: part, Page: page }, dev);
			const alone = render(Part!, { props: { n: 1 } }).body;
			const html = render(Page!, { props: hydratedPart }).body;
			expect(withoutHydrationMarkers(html)).toBe(`<h1>t</h1><p>b</p> <div>${alone}</div><p>c</p>`);
			expect(withHydratedParts(html)).toContain(`<div>${alone}</div>`);
			expect(withHydratedParts(html)).toContain('<!--[--><h1>');
		}
	});
});

/** Svelte components compiled for the server, each importing the others as `./Name.js`. */
async function serverComponents(sources: Record<string, string>, dev: boolean) {
	const dir = mkdtempSync(join(tmpdir(), 'hydrated-part-'));
	const internal = (path: string) => pathToFileURL(join('node_modules/svelte/src', path)).href;
	for (const [name, source] of Object.entries(sources)) {
		const options: CompileOptions = { generate: 'server', dev, filename: `${name}.svelte` };
		const code = compile(source, options)
			.js.code.replace(/'svelte\/internal\/server'/g, `'${internal('internal/server/index.js')}'`)
			.replace(/'svelte\/internal\/flags\/legacy'/g, `'${internal('internal/flags/legacy.js')}'`);
		writeFileSync(join(dir, `${name}.js`), code);
	}
	return Promise.all(
		Object.keys(sources).map(
			async (name) =>
				(
					(await import(/* @vite-ignore */ pathToFileURL(join(dir, `${name}.js`)).href)) as {
						default: import('svelte').Component<Record<string, unknown>>;
					}
				).default
		)
	);
}
