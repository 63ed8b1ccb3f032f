declare module 'virtual:course' {
	export const course: import('./course.server').Course;
	export const tracks: import('./tracks.server').Track[];
}

declare module 'virtual:course-html' {
	import type { Lang } from '$lib/i18n/langs';
	/** The lesson body as HTML while prerendering; a stand-in in the browser (see course-plugin.ts). */
	export function lessonHtml(id: string, lang: Lang): string;
}

declare module 'virtual:course-outline' {
	/** Each lesson's id and question ids, in course order (see course-plugin.ts). */
	export const outline: import('$lib/lms/suspend').CourseOutline;
}
