import { resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';

const courseId = 'virtual:course';
const htmlId = 'virtual:course-html';
const resolved = (id: string) => `\0${id}`;

/**
 * What a prerendered page shows as HTML that the browser must not be sent twice: the lesson
 * bodies, alone or beside their translation. The server side reads them from the course; the browser's side
 * of the same module returns a stand-in, and hydration keeps the HTML the page arrived with
 * (`PrerenderedHtml.svelte`). So a lesson's text travels once, in the page itself.
 */
const browserHtmlModule = `
export const lessonHtml = () => ' ';
`;
const serverHtmlModule = `
import { course } from '${courseId}';
import { sideBySideHtml } from ${JSON.stringify(resolve('src/lib/content/side-by-side.server.ts'))};
export const lessonHtml = (id, lang, sideBySide = false) => {
	const lesson = course.lessons.find((lesson) => lesson.id === id);
	if (!lesson) return '';
	return sideBySide ? sideBySideHtml(lesson, lang) : lesson.text[lang].html;
};
`;

/**
 * The lessons as a module of Vite's graph: the pages import the course from `virtual:course`
 * (build-time only), so that under `npm run dev` editing a lesson, its quiz or the glossary
 * reloads the page with the change, and a content error shows in Vite's overlay as
 * `file: field: what is wrong`. `LESSONS_DIR` points it at another copy of the lessons (tests).
 */
export function coursePlugin(): Plugin {
	const lessonsDir = resolve(process.env.LESSONS_DIR ?? 'lessons');
	const loader = resolve('src/lib/content/course.server.ts');
	return {
		name: 'course-content',
		resolveId(id) {
			if (id === courseId || id === htmlId) return resolved(id);
		},
		load(id, options) {
			const server = this.environment?.config.consumer === 'server' || options?.ssr === true;
			if (id === resolved(courseId)) {
				if (!server) this.error(`${courseId} is read at build time only, never in the browser`);
				this.addWatchFile(lessonsDir);
				return `import { loadCourse } from ${JSON.stringify(loader)};
export const course = loadCourse(${JSON.stringify(lessonsDir)});`;
			}
			if (id === resolved(htmlId)) return server ? serverHtmlModule : browserHtmlModule;
		},
		async handleHotUpdate({ file, server }) {
			if (!file.startsWith(lessonsDir + sep)) return;
			await reloadCourse(server, lessonsDir, loader);
			return [];
		}
	};
}

async function reloadCourse(server: ViteDevServer, lessonsDir: string, loader: string) {
	for (const environment of Object.values(server.environments)) {
		const module = environment.moduleGraph.getModuleById(resolved(courseId));
		if (module) environment.moduleGraph.invalidateModule(module, new Set(), Date.now(), true);
	}
	try {
		const { loadCourse } = (await server.ssrLoadModule(loader)) as {
			loadCourse: (root: string) => unknown;
		};
		loadCourse(lessonsDir);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		server.config.logger.error(message);
		server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'course-content' } });
		return;
	}
	server.ws.send({ type: 'full-reload' });
}
