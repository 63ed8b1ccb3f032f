import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { coursePlugin } from './src/lib/content/course-plugin.ts';

export default defineConfig({
	plugins: [coursePlugin(), sveltekit()],
	server: { fs: { allow: ['lessons'] } },
	// Rolldown's table of plugin timings after every build is noise here: prerendering every page
	// in writeBundle is the build's job, not a slow plugin.
	build: { rolldownOptions: { checks: { bundlerTimings: false } } },
	test: {
		include: ['tests/**/*.test.ts'],
		exclude: ['tests/e2e/**'],
		environment: 'node'
	}
});
