// npm test stops here, at once, when there is no browser for the browser tests.
import { findChromium } from './chromium.js';

if (!findChromium()) {
	console.error(
		'No Chromium found for the browser tests: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to its executable.'
	);
	process.exit(1);
}
