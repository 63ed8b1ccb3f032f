import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { updateBuilds } from './update-builds';

/**
 * Builds two versions of the course, under a base path, for the update test: it serves the first,
 * then switches to the second as a deployment would. E2E_REUSE_BUILDS=1 keeps existing ones (for
 * running the browser tests again without changing the source).
 */
export default async function globalSetup() {
	const { base, versions } = updateBuilds;
	const built = versions.every((version) => existsSync(`${updateBuilds.dir(version)}/index.html`));
	if (process.env.E2E_REUSE_BUILDS && built) return;
	const started = Date.now();
	await Promise.all(
		versions.map(
			(version) =>
				new Promise<void>((resolve, reject) => {
					const build = spawn(
						process.execPath,
						['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'],
						{
							env: {
								...process.env,
								BASE_PATH: base,
								COURSE_VERSION: version,
								BUILD_DIR: updateBuilds.dir(version)
							},
							stdio: ['ignore', 'ignore', 'pipe']
						}
					);
					// Shown only on failure: SvelteKit warns that tsconfig.json extends the working
					// files of the main build, not of these.
					let errors = '';
					build.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
					build.on('error', reject);
					build.on('exit', (code) =>
						code === 0
							? resolve()
							: reject(new Error(`The build of version ${version} failed (${code}):\n${errors}`))
					);
				})
		)
	);
	console.log(
		`Built versions ${versions.join(', ')} for the update test in ${Date.now() - started} ms`
	);
}
