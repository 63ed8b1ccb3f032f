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

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ strict: true }),
		paths: { base: basePath() },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		version: { pollInterval: 0 }
	}
};

export default config;
