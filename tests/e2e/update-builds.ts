import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The two builds of the update test, made by global-setup.ts. */
export const updateBuilds = {
	base: '/onboarding/k8s',
	versions: ['e2e-1', 'e2e-2'] as const,
	dir: (version: string) => `build-e2e/${version}`
};

type BuildState = { state: 'building' | 'ready' } | { state: 'failed'; error: string };

const stateFile = 'build-e2e/update-builds.json';

export function writeState(state: BuildState): void {
	mkdirSync(dirname(stateFile), { recursive: true });
	writeFileSync(stateFile, JSON.stringify(state));
}

/** Waits until global setup has built both versions; throws its error if a build failed. */
export async function updateBuildsReady(timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const found = existsSync(stateFile)
			? (JSON.parse(readFileSync(stateFile, 'utf8')) as BuildState)
			: undefined;
		if (found?.state === 'ready') return;
		if (found?.state === 'failed') throw new Error(found.error);
		if (Date.now() > deadline)
			throw new Error(`the update builds were not ready in ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
}
