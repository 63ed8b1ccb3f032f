import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { withOfflinePack } from './scripts/offline-pack.js';
import { compactScript } from './src/lib/prerender/app-html.js';

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

/** @param {string} text */
const sha256 = (text) =>
	/** @type {`sha256-${string}`} */ (
		`sha256-${createHash('sha256').update(text).digest('base64')}`
	);

/**
 * The theme script in app.html runs before first paint: it is allowed by its hash, no more. Pages
 * carry it compacted (src/hooks.server.ts); `vite dev` serves no policy.
 */
const appScripts = [
	...readFileSync('src/app.html', 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)
].map((match) => sha256(compactScript(match[1] ?? '')));

/**
 * SvelteKit's route announcer (a visually hidden live region) is styled by a style attribute:
 * allowed by the hash of its exact value, read from the installed SvelteKit. A SvelteKit that no
 * longer reads as expected stops the build: without the hash, the CSP would block the announcer's
 * style on every page, and only a browser's console would say so.
 */
function announcerStyleHashes() {
	const file = 'node_modules/@sveltejs/kit/src/core/sync/write_root.js';
	let source;
	try {
		source = readFileSync(file, 'utf8');
	} catch (error) {
		throw new Error(
			`svelte.config.js: CSP: cannot read ${file} for the style of SvelteKit's route announcer (${error instanceof Error ? error.message : error})`
		);
	}
	const match = /id="svelte-announcer"[^>]*\sstyle="([^"]*)"/.exec(source);
	if (!match?.[1]) {
		throw new Error(
			`svelte.config.js: CSP: no style attribute of the route announcer (id="svelte-announcer") found in ${file}: SvelteKit changed how it writes it; update announcerStyleHashes()`
		);
	}
	return [sha256(match[1])];
}

/** @param {boolean} precompress */
const staticSite = (precompress) =>
	adapter({ pages: buildDir, assets: buildDir, strict: true, precompress });

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// .gz and .br beside every file: hosts (nginx gzip_static, the local server) send them as they are.
		// Not in a SCORM package (npm run package): an LMS serves the files as they are.
		// And the offline pack, the service worker's one download; a package has no service worker.
		adapter:
			process.env.COURSE_PACKAGE === 'scorm'
				? staticSite(false)
				: withOfflinePack(staticSite(true), buildDir),
		outDir: buildDir === 'build' ? '.svelte-kit' : `${buildDir}.svelte-kit`,
		paths: { base: basePath() },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Prerendered pages carry the policy in a <meta http-equiv>; SvelteKit adds the hashes of
		// its own inline scripts. Nothing is loaded from anywhere but the site itself.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...appScripts],
				// Lessons carry no style attributes (the content check refuses them): the only one
				// allowed is the route announcer's.
				'style-src': ['self', 'unsafe-hashes', ...announcerStyleHashes()],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		// Registered by the app itself (src/lib/offline/), which needs the registration for updates.
		serviceWorker: { register: false },
		// Checked on navigation and when the tab becomes visible instead (src/lib/offline/).
		version: { ...(versionName ? { name: versionName } : {}), pollInterval: 0 }
	}
};

export default config;
