import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { coursePlugin } from './src/lib/content/course-plugin.ts';

export default defineConfig({
	plugins: [coursePlugin(), sveltekit()],
	server: { fs: { allow: ['lessons'] } },
	// The SCORM packages' build (scripts/package.js): page links name index.html, no service worker.
	define: { __COURSE_PACKAGE__: JSON.stringify(process.env.COURSE_PACKAGE === 'scorm') },
	// Rolldown's table of plugin timings after every build is noise here: prerendering every page
	// in writeBundle is the build's job, not a slow plugin.
	build: {
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
		environment: 'node'
	}
});
