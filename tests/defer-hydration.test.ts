import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deferHydration } from '../src/lib/prerender/defer-hydration';

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

		const tasks: (() => void)[] = [];
		const log: string[] = [];
		let paint:
			((list: { getEntries(): { name: string }[] }, observer: unknown) => void) | undefined;
		const element = { id: 'app' };
		const document = {
			currentScript: { parentElement: element },
			visibilityState: 'visible',
			head: { append: (link: { href: string }) => log.push(`preload ${link.href}`) },
			createElement: () => ({})
		};
		class PerformanceObserver {
			static supportedEntryTypes = ['paint'];
			constructor(callback: typeof paint) {
				paint = callback;
			}
			observe() {}
			disconnect() {}
		}
		const setTimeout = (task: () => void) => tasks.push(task);
		const boot = (at: unknown) => log.push(at === element ? 'boot' : 'boot elsewhere');
		new Function('document', 'PerformanceObserver', 'setTimeout', 'boot', script)(
			document,
			PerformanceObserver,
			setTimeout,
			boot
		);
		// Nothing before the first paint but the 1 s fallback.
		expect(log).toEqual([]);
		paint?.({ getEntries: () => [{ name: 'first-contentful-paint' }] }, { disconnect() {} });
		const perTask: number[] = [];
		while (tasks.length > 0) {
			const before = log.length;
			tasks.shift()!();
			perTask.push(log.length - before);
		}
		expect(log.filter((line) => line.startsWith('preload'))).toEqual(
			preloads.map((file) => `preload ../_app/immutable/${file}`)
		);
		expect(log.at(-1)).toBe('boot');
		expect(log.filter((line) => line.startsWith('boot'))).toHaveLength(1);
		expect(Math.max(...perTask)).toBeLessThanOrEqual(5);
		expect(perTask.filter((count) => count > 0).length).toBeGreaterThanOrEqual(3);
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
