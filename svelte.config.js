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

/**
 * Where the site is written: build/, or elsewhere for the browser tests' second version. There,
 * SvelteKit's working files go beside it too, so that two builds can run side by side.
 */
const buildDir = process.env.BUILD_DIR || 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: buildDir, assets: buildDir, strict: true }),
		outDir: buildDir === 'build' ? '.svelte-kit' : `${buildDir}.svelte-kit`,
		paths: { base: basePath() },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Registered by the app itself (src/lib/offline/), which needs the registration for updates.
		serviceWorker: { register: false },
		// Checked on navigation and when the tab becomes visible instead (src/lib/offline/).
		version: { ...(versionName ? { name: versionName } : {}), pollInterval: 0 }
	}
};

export default config;
