import { describe, expect, it } from 'vitest';
import { withoutScripts } from '../bench/floor.js';

describe('the bench floor: a page without its scripts', () => {
	const page = [
		'<!doctype html><html><head>',
		'<meta charset="utf-8">',
		'<link href="../_app/immutable/assets/0.css" rel="stylesheet">',
		'<link href="../_app/immutable/entry/start.js" rel="modulepreload">',
		'<link rel=modulepreload href="../_app/immutable/chunks/a.js">',
		'<link rel="preload" as="script" href="../_app/immutable/chunks/b.js">',
		'<link rel="preload" as="fetch" href="../strings.json" crossorigin>',
		'<link rel="icon" href="../favicon.svg" type="image/svg+xml" />',
		'<script>document.documentElement.dataset.theme = "dark";</script>',
		'</head><body><main><h1>Pods</h1><p>A &lt;script&gt; tag in text stays.</p></main>',
		'<SCRIPT type="application/json" data-sveltekit-fetched>{"a":"b"}</SCRIPT>',
		'<script type="module">\n\timport("../_app/immutable/entry/app.js");\n</script >',
		'</body></html>'
	].join('\n');
	const floor = withoutScripts(page);

	it('has no script element and no script preload left', () => {
		expect(floor).not.toMatch(/<script/i);
		expect(floor).not.toContain('modulepreload');
		expect(floor).not.toContain('as="script"');
		expect(floor).not.toContain('import(');
	});

	it('keeps the text, the styles and every other link', () => {
		expect(floor).toContain('<h1>Pods</h1><p>A &lt;script&gt; tag in text stays.</p>');
		expect(floor).toContain('<link href="../_app/immutable/assets/0.css" rel="stylesheet">');
		expect(floor).toContain('<link rel="preload" as="fetch" href="../strings.json" crossorigin>');
		expect(floor).toContain('<link rel="icon" href="../favicon.svg" type="image/svg+xml" />');
	});
});
