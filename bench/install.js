// The bench's tools (Lighthouse, chrome-launcher) are not in the course's own npm ci: they are
// installed here, into bench/node_modules, the first time `npm run bench` needs them, and again
// when bench/package-lock.json asks for other versions than those installed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const tools = ['lighthouse', 'chrome-launcher'];

/** @param {string} file */
const readJSON = (file) => JSON.parse(readFileSync(file, 'utf8'));

function installedAsLocked() {
	const lock = readJSON(join(benchDir, 'package-lock.json'));
	return tools.every((name) => {
		const installed = join(benchDir, 'node_modules', name, 'package.json');
		return (
			existsSync(installed) &&
			readJSON(installed).version === lock.packages[`node_modules/${name}`]?.version
		);
	});
}

if (!installedAsLocked()) {
	console.error('Installing the bench tools into bench/node_modules (npm ci --prefix bench) …');
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	const result = spawnSync(
		npm,
		['ci', '--prefix', benchDir, '--prefer-offline', '--no-audit', '--no-fund'],
		{ stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8', shell: process.platform === 'win32' }
	);
	if (result.status !== 0) {
		const output = `${result.stderr ?? ''}${result.error?.message ?? ''}`;
		process.stderr.write(output);
		const offline =
			/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|network/i.test(output);
		console.error(
			offline
				? '\nnpm could not reach the registry to install the bench tools (Lighthouse 12, chrome-launcher).\n' +
						'The bench needs them once; the course itself does not. Connect to the network (or point npm at\n' +
						'a registry mirror: npm config set registry <url>) and run `npm run bench` again.'
				: '\nnpm could not install the bench tools (see above). Try `npm ci --prefix bench` by hand.'
		);
		process.exit(1);
	}
}
