import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deferHydration } from '../src/lib/prerender/defer-hydration';
import { runPaintScript } from './fixtures/paint-script';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

const start = `
				{
					__sveltekit_abc = { base: new URL("..", location).pathname.slice(0, -1) };

					const element = document.currentScript.parentElement;

					Promise.all([import("../_app/immutable/entry/start.js"), import("../_app/immutable/entry/app.js")])
						.then(([kit, app]) => { kit.start(app, element, { node_ids: [0, 2] }); });
				}
			`;

/** A page as SvelteKit 2.70 prerenders it: policy, module preloads, the start script. */
const page = (
	script = start,
	preloads = ['entry/start.js', 'chunks/framework.js']
) => `<!doctype html>
<html lang="en"><head>
		<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-theme' '${sha256(script)}'; style-src 'self'">
${preloads.map((file) => `\t\t<link href="../_app/immutable/${file}" rel="modulepreload">\n`).join('')}		<title>Page</title>
	</head>
	<body><div style="display: contents"><main><h1>Text</h1></main>
			<script>${script}</script>
		</div></body></html>`;

const scriptOf = (html: string) =>
	/<body>[\s\S]*<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

describe('deferHydration', () => {
	it('takes the module preloads out of the head and adds them from the script, after first paint', () => {
		const html = deferHydration(page());
		expect(html).not.toContain('rel="modulepreload">');
		const script = scriptOf(html);
		expect(script).toContain(
			'["../_app/immutable/entry/start.js","../_app/immutable/chunks/framework.js"]'
		);
		expect(script).toContain("link.rel = 'modulepreload'");
		expect(script).toContain('first-contentful-paint');
		// The element is read while the script runs: `document.currentScript` is gone afterwards.
		expect(script.indexOf('document.currentScript')).toBeLessThan(script.indexOf('const start'));
		expect(script.match(/document\.currentScript/g)).toHaveLength(1);
		expect(script).toContain('kit.start(app, element');
		expect(html).toContain('<h1>Text</h1>');
	});

	it('after the first paint, adds the preloads a few per task, then starts the app once', () => {
		const booting = `
				{
					__sveltekit_abc = {};
					const element = document.currentScript.parentElement;
					boot(element);
				}
			`;
		const preloads = Array.from({ length: 10 }, (_, i) => `chunks/${i}.js`);
		const script = scriptOf(deferHydration(page(booting, preloads)));

		const log: string[] = [];
		const painted = runPaintScript(script, {
			boot: (at: unknown) => log.push(at === painted.parent ? 'boot' : 'boot elsewhere')
		});
		const logged = () => [...painted.appended.map((link) => `preload ${link.href}`), ...log];
		expect(logged()).toEqual([]);
		painted.paint();
		const perTask: number[] = [];
		let before = 0;
		painted.runTasks(() => {
			perTask.push(logged().length - before);
			before = logged().length;
		});
		const done = logged();
		expect(done.filter((line) => line.startsWith('preload'))).toEqual(
			preloads.map((file) => `preload ../_app/immutable/${file}`)
		);
		expect(done.at(-1)).toBe('boot');
		expect(done.filter((line) => line.startsWith('boot'))).toHaveLength(1);
		expect(Math.max(...perTask)).toBeLessThanOrEqual(5);
		expect(perTask.filter((count) => count > 0).length).toBeGreaterThanOrEqual(3);
	});

	it('waits for the first paint however late it comes; starts if the tab is hidden first', () => {
		const booting = `{ __sveltekit_abc = {};\nconst element = document.currentScript.parentElement; boot(); }`;
		const run = () => {
			let booted = 0;
			const painted = runPaintScript(scriptOf(deferHydration(page(booting, ['chunks/a.js']))), {
				boot: () => booted++
			});
			return { painted, booted: () => booted };
		};

		// A first paint 1.9 s after the page loaded (a busy machine) still comes first.
		const late = run();
		late.painted.load();
		late.painted.runTasks(() => {}, 1900);
		expect(late.painted.appended).toEqual([]);
		late.painted.paint();
		late.painted.runTasks(() => {}, 1900);
		expect(late.booted()).toBe(1);

		// A frame that is not displayed never paints: it starts 2 s after it loaded.
		const undisplayed = run();
		undisplayed.painted.load();
		undisplayed.painted.runTasks(() => {}, 2000);
		expect(undisplayed.booted()).toBe(1);
		expect(undisplayed.painted.appended).toHaveLength(1);

		// Hidden before it painted: it will not paint until shown, so it starts now.
		const hidden = run();
		hidden.painted.hide();
		hidden.painted.runTasks();
		expect(hidden.booted()).toBe(1);
		hidden.painted.paint();
		hidden.painted.load();
		hidden.painted.runTasks(() => {}, 5000);
		expect(hidden.booted()).toBe(1);
	});

	it('allows the new script by its hash, and no longer the old one', () => {
		const html = deferHydration(page());
		const policy = /content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
		expect(policy).toContain(`'${sha256(scriptOf(html))}'`);
		expect(policy).not.toContain(`'${sha256(start)}'`);
		expect(policy).toContain("'sha256-theme'");
	});

	it('leaves a page without SvelteKit’s start script as it is', () => {
		const plain = '<!doctype html><html><head><title>x</title></head><body><p>x</p></body></html>';
		expect(deferHydration(plain)).toBe(plain);
	});

	it('stops the build when SvelteKit writes its start script differently', () => {
		const changed = start.replace('document.currentScript.parentElement', 'document.body');
		expect(() => deferHydration(page(changed), '/en/')).toThrow(
			/^\/en\/: deferHydration: .*document\.currentScript\.parentElement/
		);
		const unlisted = page().replace(sha256(start), 'sha256-other');
		expect(() => deferHydration(unlisted, '/en/')).toThrow(/does not list the start script's hash/);
		const preloadsOnly = page().replace(/<script>[\s\S]*<\/script>/, '');
		expect(() => deferHydration(preloadsOnly, '/en/')).toThrow(/module preloads without/);
	});
});
