import { sveltekit } from '@sveltejs/kit/vite';
import type { OutputBundle } from 'rolldown';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { coursePlugin } from './src/lib/content/course-plugin.ts';

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
	plugins: [bundleView, coursePlugin(), sveltekit()],
	server: { fs: { allow: ['lessons'] } },
	// The SCORM packages' build (scripts/package.js): page links name index.html, no service worker.
	define: { __COURSE_PACKAGE__: JSON.stringify(process.env.COURSE_PACKAGE === 'scorm') },
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
			// Two files every page loads, instead of a dozen chunks of a few hundred bytes each that
			// cost a request and a gzip header apiece: Svelte with SvelteKit's client, and the course's
			// own modules that every page's layout uses (strings, paths, the progress store, the LMS's start).
			output: {
				codeSplitting: {
					groups: [
						{
							name: 'framework',
							test: /node_modules[\\/](svelte|@sveltejs|esm-env|devalue)|preload-helper/
						},
						{
							name: 'course',
							test: /src[\\/]lib[\\/](i18n[\\/](context|index|langs|table)|paths|prefs|offline[\\/]|progress[\\/]session|lms[\\/]start)/
						},
						{
							name: 'progress',
							test: /src[\\/]lib[\\/]progress[\\/](context|storage|store\.svelte|records|queries|tab|draft-ops|backup|reading|reading-tracker)\.|idb-keyval/
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
