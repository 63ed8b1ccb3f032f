import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	compactAppHtml,
	compactScript,
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
});
