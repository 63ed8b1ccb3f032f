import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { updateBuilds } from './update-builds';

/** Everything a build reads besides node_modules (named by the lock file) and its environment. */
const buildInputs = [
	'src',
	'lessons',
	'static',
	'scripts',
	'package-lock.json',
	'svelte.config.js',
	'vite.config.ts',
	'tsconfig.json'
];

/** A digest of the build's inputs, so that a build of the same source is not made twice. */
export function sourceDigest(): string {
	const hash = createHash('sha256').update(`${process.version}\0`);
	const add = (path: string) => {
		if (statSync(path).isDirectory()) {
			for (const name of readdirSync(path).sort()) {
				// Installed tools and scratch files are not source.
				if (name !== 'node_modules' && !name.startsWith('.')) add(join(path, name));
			}
		} else hash.update(`${path}\0`).update(readFileSync(path)).update('\0');
	};
	for (const path of buildInputs) if (existsSync(path)) add(path);
	return hash.digest('hex');
}

/**
 * Builds two versions of the course, under a base path, for the update test: it serves the first,
 * then switches to the second as a deployment would. A version already built from the same source
 * is kept (its digest is written beside it); E2E_REUSE_BUILDS=1 keeps existing ones whatever the
 * source (for running the browser tests again against builds made on purpose).
 */
export default async function globalSetup() {
	const { base, versions } = updateBuilds;
	const built = versions.every((version) => existsSync(`${updateBuilds.dir(version)}/index.html`));
	if (process.env.E2E_REUSE_BUILDS && built) return;
	const digest = sourceDigest();
	const stamp = (version: string) => `${updateBuilds.dir(version)}/.source-digest`;
	const stale = versions.filter(
		(version) => !existsSync(stamp(version)) || readFileSync(stamp(version), 'utf8') !== digest
	);
	if (stale.length === 0) return;
	const started = Date.now();
	await Promise.all(
		stale.map(
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
					build.on('exit', (code) => {
						if (code !== 0) {
							reject(new Error(`The build of version ${version} failed (${code}):\n${errors}`));
							return;
						}
						writeFileSync(stamp(version), digest);
						resolve();
					});
				})
		)
	);
	console.log(
		`Built versions ${stale.join(', ')} for the update test in ${Date.now() - started} ms`
	);
}
