import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packages, updateBuilds, writePackagesState, writeState } from './update-builds';

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
 * source (for running the browser tests again against builds made on purpose). Then the SCORM
 * packages (`npm run package`, into dist/), kept likewise when built from the same source.
 *
 * The builds run one after the other beside the first tests, not before them: the browser tests
 * spend half their time waiting on pages, which leaves a core for a build. The update test and the
 * SCORM tests wait for theirs (`updateBuildsReady`, `packagesReady`); the packages come last, as
 * their tests come after the update test. Built in the SCORM tests' own setup instead, they held a
 * worker for the length of a build (a minute on a busy machine), at the end of the run.
 */
export default async function globalSetup() {
	const digest = sourceDigest();
	const jobs: (() => Promise<void>)[] = [];

	const { versions } = updateBuilds;
	const built = versions.every((version) => existsSync(`${updateBuilds.dir(version)}/index.html`));
	const stamp = (version: string) => `${updateBuilds.dir(version)}/.source-digest`;
	const stale =
		process.env.E2E_REUSE_BUILDS && built
			? []
			: versions.filter(
					(version) =>
						!existsSync(stamp(version)) || readFileSync(stamp(version), 'utf8') !== digest
				);
	if (stale.length === 0) writeState({ state: 'ready' });
	else {
		writeState({ state: 'building' });
		jobs.push(async () => {
			const started = Date.now();
			try {
				for (const version of stale) await build(version, digest);
				writeState({ state: 'ready' });
				console.log(
					`Built versions ${stale.join(', ')} for the update test in ${Date.now() - started} ms`
				);
			} catch (error) {
				writeState({ state: 'failed', error: String(error) });
			}
		});
	}

	const packagesFresh =
		existsSync(packages.stamp) &&
		readFileSync(packages.stamp, 'utf8') === digest &&
		packages.zips.every((zip) => existsSync(zip));
	if (packagesFresh) writePackagesState({ state: 'ready' });
	else {
		writePackagesState({ state: 'building' });
		jobs.push(async () => {
			try {
				await run(['scripts/package.js'], {});
				writeFileSync(packages.stamp, digest);
				writePackagesState({ state: 'ready' });
			} catch (error) {
				writePackagesState({ state: 'failed', error: `npm run package failed: ${error}` });
			}
		});
	}

	const builds = jobs.reduce((before, job) => before.then(job), Promise.resolve());
	// The global teardown: a run that ends first (one spec file, say) leaves no build half written.
	return () => builds;
}

function build(version: string, digest: string): Promise<void> {
	return run(['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
		BASE_PATH: updateBuilds.base,
		COURSE_VERSION: version,
		BUILD_DIR: updateBuilds.dir(version)
	}).then(
		() => writeFileSync(`${updateBuilds.dir(version)}/.source-digest`, digest),
		(error: unknown) => {
			throw new Error(`The build of version ${version} failed: ${error}`);
		}
	);
}

/** Runs a Node script; rejects with what it wrote to stderr if it fails. */
function run(args: string[], env: Record<string, string>): Promise<void> {
	return new Promise<void>((resolve, reject) => {
		const child = spawn(process.execPath, args, {
			env: { ...process.env, ...env },
			stdio: ['ignore', 'ignore', 'pipe']
		});
		// Shown only on failure: SvelteKit warns that tsconfig.json extends the working files of the
		// main build, not of these.
		let errors = '';
		child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
		child.on('error', reject);
		child.on('exit', (code) => {
			if (code === 0) resolve();
			else reject(new Error(`exit code ${code}:\n${errors}`));
		});
	});
}
