import { resolve } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import type { OutputBundle } from 'rolldown';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { coursePlugin } from './src/lib/content/course-plugin.ts';
import { pageScriptPlugin } from './src/lib/prerender/page-script.ts';
import svelteConfig from './svelte.config.js';

/**
 * The client's files as written, for `resolveDependencies` below: it runs in Vite's own
 * generateBundle, after this one.
 */
let clientBundle: OutputBundle = {};
const bundleView: Plugin = {
	name: 'bundle-view',
	enforce: 'pre',
	generateBundle(_, bundle) {
		clientBundle = bundle;
	}
};

/** Every file that `file` imports, directly or not: loaded before its code runs. */
function loadedWith(file: string, loaded = new Set<string>()): Set<string> {
	if (loaded.has(file)) return loaded;
	loaded.add(file);
	const chunk = clientBundle[file];
	if (chunk?.type === 'chunk') for (const name of chunk.imports) loadedWith(name, loaded);
	return loaded;
}

export default defineConfig({
	plugins: [bundleView, coursePlugin(), pageScriptPlugin(), sveltekit()],
	server: { fs: { allow: ['lessons'] } },
	// The SCORM packages' build (scripts/package.js): page links name index.html, no service worker.
	define: {
		__COURSE_PACKAGE__: JSON.stringify(process.env.COURSE_PACKAGE === 'scorm'),
		__COURSE_CLIENT_DIR__: JSON.stringify(
			resolve(svelteConfig.kit?.outDir ?? '.svelte-kit', 'output', 'client')
		)
	},
	// Rolldown's table of plugin timings after every build is noise here: prerendering every page
	// in writeBundle is the build's job, not a slow plugin.
	// Search's index worker is a module worker (src/lib/search/SearchDialog.svelte).
	worker: { format: 'es' },
	build: {
		// A dynamic import preloads only what its importer has not loaded already, and not the
		// imported file itself (import() fetches it at once): a page whose lazy code needs nothing
		// more carries no list of files for it (the search button on every page, issue 15).
		modulePreload: {
			resolveDependencies: (file, deps, { hostId }) => {
				const loaded = loadedWith(hostId);
				return deps.filter((dep) => dep !== file && !loaded.has(dep));
			}
		},
		rolldownOptions: {
			checks: { bundlerTimings: false },
			// A few files every page loads, instead of a dozen chunks of a few hundred bytes each that
			// cost a request and a gzip header apiece: Svelte, SvelteKit's client, and the course's
			// own modules that every page uses.
			output: {
				codeSplitting: {
					groups: [
						// Svelte, with the course's modules that every Svelte page loads and that need Svelte:
						// the progress session, the header's offline status and notices, the LMS's start. The
						// read pages (lessons, the glossary) load it only for those, after the page.
						{
							name: 'svelte',
							test: /node_modules[\\/]svelte[\\/]|src[\\/]lib[\\/](i18n[\\/]context|progress[\\/]session|lms[\\/]start|offline[\\/]|components[\\/](OfflineIndicator|UpdateNotice|ProgressNotices))/,
							priority: 2
						},
						// Vite's helper for dynamic imports: the lessons' first script imports it alone.
						{ name: 'preload', test: /preload-helper/, priority: 3 },
						// What every page's script needs at once, without Svelte: the UI strings' loader,
						// links, preferences, the search key, the task splitter, with `$app/environment`.
						// `$app/paths` imports SvelteKit's client: what the read pages run does not import it
						// (src/lib/paths.ts).
						{
							name: 'course',
							test: /node_modules[\\/]esm-env[\\/]|@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]app[\\/](environment|env)[\\/]|__sveltekit[\\/]environment|src[\\/]lib[\\/](i18n[\\/](index|langs|table)|paths|route-url|prefs|page-script[\\/]read-pages|search[\\/]key|lms[\\/]links|next-task)\b/,
							priority: 3
						},
						{
							name: 'kit',
							test: /node_modules[\\/](@sveltejs[\\/]kit|devalue)[\\/]/,
							priority: 1
						},
						// What the quiz, the exam and the review share at once: their page's frame.
						{
							name: 'runner',
							test: /src[\\/]lib[\\/](quiz[\\/](RunnerPage|RunnerIntro)|components[\\/]TrustedHtml)\.svelte/
						},
						{
							name: 'progress',
							test: /src[\\/]lib[\\/]progress[\\/](context|storage|store\.svelte|records|queries|tab|draft-ops|reading)\.|idb-keyval/
						}
					]
				}
			}
		}
	},
	test: {
		include: ['tests/**/*.test.ts'],
		exclude: ['tests/e2e/**'],
		environment: 'node',
		// The test files share no module state they change (fake-indexeddb is created per test):
		// one module graph for all halves the run, which is mostly importing (48 s → 24 s).
		isolate: false
	}
});
