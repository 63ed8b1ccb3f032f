import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** A sub-path such as `/onboarding/k8s`, chosen at build time, for hosting inside a portal. */
function basePath() {
	const raw = (process.env.BASE_PATH ?? '').trim().replace(/\/+$/, '');
	if (raw === '') return '';
	if (!/^\/[A-Za-z0-9._~\-/]+$/.test(raw)) {
		throw new Error(`BASE_PATH: "${raw}" must start with "/" and hold only URL path characters`);
	}
	return /** @type {`/${string}`} */ (raw);
}

/**
 * The build's version names the offline cache and tells learners' tabs that a new version is out.
 * By default every build is a new version; a deployment can pin it (to the commit, say), so that
 * rebuilding the same content does not ask every learner to reload.
 */
const versionName = (process.env.COURSE_VERSION ?? '').trim();

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR lets the browser tests build a second version beside build/.
		adapter: adapter({
			pages: process.env.BUILD_DIR || 'build',
			assets: process.env.BUILD_DIR || 'build',
			strict: true
		}),
		paths: { base: basePath() },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Registered by the app itself (src/lib/offline/), which needs the registration for updates.
		serviceWorker: { register: false },
		// Checked on navigation and when the tab becomes visible instead (src/lib/offline/).
		version: { ...(versionName ? { name: versionName } : {}), pollInterval: 0 }
	}
};

export default config;
