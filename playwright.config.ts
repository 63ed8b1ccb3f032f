import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium.js';

const port = Number(process.env.E2E_PORT ?? 4319);
const ci = Boolean(process.env.CI);

export default defineConfig({
	testDir: 'tests/e2e',
	globalSetup: './tests/e2e/global-setup.ts',
	fullyParallel: true,
	workers: ci ? 2 : undefined,
	// CI machines are shared: a test that meets a busy moment gets one more go, and the report
	// names it flaky rather than hiding it.
	retries: ci ? 1 : 0,
	reporter: [['list']],
	timeout: ci ? 60_000 : 30_000,
	expect: { timeout: ci ? 10_000 : 5_000 },
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		// Tracing snapshots the page at every action, doubling its cost; CI keeps no artifacts.
		trace: ci ? 'off' : 'retain-on-failure',
		...devices['Desktop Chrome'],
		// A page whose service worker installs downloads the whole course into its cache: once for
		// every test, a minute of the run. The tests of what the service worker does allow it
		// (offline, updates, search and the exam offline, the SCORM packages, the home's audit).
		serviceWorkers: 'block',
		launchOptions: { executablePath: findChromium(), args: chromiumArgs }
	},
	webServer: {
		command: `node scripts/serve.js --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
