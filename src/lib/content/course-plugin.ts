import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { parse as parseYaml } from 'yaml';

const courseId = 'virtual:course';
const htmlId = 'virtual:course-html';
const outlineId = 'virtual:course-outline';
const resolved = (id: string) => `\0${id}`;

/**
 * What a prerendered page shows as HTML that no code file may carry: the lesson bodies. The
 * server side reads them from the course; the browser's side of the same module returns a
 * stand-in, since the lesson page loads without SvelteKit's client (`PrerenderedHtml.svelte`),
 * and the client build would otherwise put every lesson's text into the offline copy's code. So a
 * lesson's text travels once, in the page itself.
 */
const browserHtmlModule = `
export const lessonHtml = () => ' ';
`;
const serverHtmlModule = `
import { course } from '${courseId}';
export const lessonHtml = (id, lang) =>
	course.lessons.find((lesson) => lesson.id === id)?.text[lang].html ?? '';
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
	const tracksLoader = resolve('src/lib/content/tracks.server.ts');
	return {
		name: 'course-content',
		resolveId(id) {
			if (id === courseId || id === htmlId || id === outlineId) return resolved(id);
		},
		load(id, options) {
			const server = this.environment?.config.consumer === 'server' || options?.ssr === true;
			if (id === resolved(courseId)) {
				if (!server) this.error(`${courseId} is read at build time only, never in the browser`);
				this.addWatchFile(lessonsDir);
				return `import { loadCourse } from ${JSON.stringify(loader)};
import { loadTracks } from ${JSON.stringify(tracksLoader)};
export const course = loadCourse(${JSON.stringify(lessonsDir)});
export const tracks = loadTracks(${JSON.stringify(lessonsDir)}, course.lessons.map((lesson) => lesson.id));`;
			}
			if (id === resolved(htmlId)) return server ? serverHtmlModule : browserHtmlModule;
			if (id === resolved(outlineId)) {
				this.addWatchFile(lessonsDir);
				return `export const outline = ${JSON.stringify(readOutline(lessonsDir))};`;
			}
		},
		async handleHotUpdate({ file, server }) {
			if (!file.startsWith(lessonsDir + sep)) return;
			await reloadCourse(server, lessonsDir, loader, tracksLoader);
			return [];
		}
	};
}

/**
 * Each lesson's id and question ids, in course order, and each track's lessons: what the LMS's
 * suspend data names and its report follows (src/lib/lms), for the browser. Read from the same
 * files as the course, after the build has validated them; tests/lms.test.ts holds it to the
 * course's own reading.
 */
export function readOutline(lessonsDir: string): {
	lessons: { id: string; questions: string[] }[];
	tracks: { id: string; lessons: string[] }[];
} {
	const folders = readdirSync(lessonsDir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
	const lessons = [];
	for (const folder of folders) {
		const id = /^\d+-(.+)$/.exec(folder)?.[1];
		const file = join(lessonsDir, folder, 'quiz.yaml');
		if (!id || !existsSync(file)) continue;
		const quiz = parseYaml(readFileSync(file, 'utf8')) as { questions?: { id?: unknown }[] } | null;
		const questions = (quiz?.questions ?? []).flatMap((question) =>
			typeof question?.id === 'string' ? [question.id] : []
		);
		lessons.push({ id, questions });
	}
	const tracksFile = join(lessonsDir, 'tracks.yaml');
	const tracks = existsSync(tracksFile)
		? ((parseYaml(readFileSync(tracksFile, 'utf8')) ?? []) as { id: string; lessons: string[] }[])
		: [];
	return { lessons, tracks: tracks.map(({ id, lessons }) => ({ id, lessons })) };
}

async function reloadCourse(
	server: ViteDevServer,
	lessonsDir: string,
	loader: string,
	tracksLoader: string
) {
	for (const environment of Object.values(server.environments)) {
		const module = environment.moduleGraph.getModuleById(resolved(courseId));
		if (module) environment.moduleGraph.invalidateModule(module, new Set(), Date.now(), true);
	}
	try {
		const { loadCourse } = (await server.ssrLoadModule(loader)) as {
			loadCourse: (root: string) => { lessons: { id: string }[] };
		};
		const { loadTracks } = (await server.ssrLoadModule(tracksLoader)) as {
			loadTracks: (root: string, lessonIds: string[]) => unknown;
		};
		const course = loadCourse(lessonsDir);
		loadTracks(
			lessonsDir,
			course.lessons.map((lesson) => lesson.id)
		);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		server.config.logger.error(message);
		server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'course-content' } });
		return;
	}
	server.ws.send({ type: 'full-reload' });
}
