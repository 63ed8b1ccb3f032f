// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** True in the build of `npm run package` (SCORM packages): set by vite.config.ts. */
	const __COURSE_PACKAGE__: boolean;
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
