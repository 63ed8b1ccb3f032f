/** The two builds of the update test, made by global-setup.ts. */
export const updateBuilds = {
	base: '/onboarding/k8s',
	versions: ['e2e-1', 'e2e-2'] as const,
	dir: (version: string) => `build-e2e/${version}`
};
