import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The two builds of the update test, made by global-setup.ts. */
export const updateBuilds = {
	base: '/onboarding/k8s',
	versions: ['e2e-1', 'e2e-2'] as const,
	dir: (version: string) => `build-e2e/${version}`
};

/** The SCORM packages of `npm run package`, made by global-setup.ts for scorm.spec.ts. */
export const packages = {
	zips: ['dist/k8s-course-scorm12.zip', 'dist/k8s-course-scorm2004.zip'],
	stamp: 'dist/.source-digest'
};

type BuildState = { state: 'building' | 'ready' } | { state: 'failed'; error: string };

const stateFile = 'build-e2e/update-builds.json';
const packagesStateFile = 'build-e2e/packages.json';

export function writeState(state: BuildState, file = stateFile): void {
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, JSON.stringify(state));
}

/** What global setup says of the SCORM packages (dist/), which it builds after both versions. */
export const writePackagesState = (state: BuildState) => writeState(state, packagesStateFile);

/** Waits until global setup has built both versions; throws its error if a build failed. */
export const updateBuildsReady = (timeoutMs: number) => buildReady(stateFile, timeoutMs);

/** Waits until global setup has built the SCORM packages; throws its error if the build failed. */
export const packagesReady = (timeoutMs: number) => buildReady(packagesStateFile, timeoutMs);

async function buildReady(stateFile: string, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const found = existsSync(stateFile)
			? (JSON.parse(readFileSync(stateFile, 'utf8')) as BuildState)
			: undefined;
		if (found?.state === 'ready') return;
		if (found?.state === 'failed') throw new Error(found.error);
		if (Date.now() > deadline)
			throw new Error(`${stateFile}: the build was not ready in ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
}
