// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** True in the build of `npm run package` (SCORM packages): set by vite.config.ts. */
	const __COURSE_PACKAGE__: boolean;
	/** The client build's output folder, where prerendering finds its manifest: vite.config.ts. */
	const __COURSE_CLIENT_DIR__: string;
	/**
	 * SvelteKit's global for the page's base path (`globalThis.__sveltekit_<hash>`), a name its
	 * Vite plugin defines for every module of the build. The page script sets it, as SvelteKit's
	 * start script does on the other pages; prerendering checks the name was replaced.
	 */
	var __SVELTEKIT_PAYLOAD__: { base: string; assets?: string } | undefined;
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
