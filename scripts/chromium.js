// Where the system Chromium is: $CHROMIUM_PATH, else the usual Debian and Ubuntu paths.
import { existsSync } from 'node:fs';

const candidates = [
	process.env.CHROMIUM_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable'
].filter(Boolean);

export function findChromium() {
	return candidates.find((path) => existsSync(path));
}

/** Flags for a sandbox with no network beyond localhost; see docs in README.md. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
