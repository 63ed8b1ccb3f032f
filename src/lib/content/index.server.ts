import { error } from '@sveltejs/kit';
import { course, tracks } from 'virtual:course';
import { version } from '../../../package.json';
import { langs, type Lang } from '$lib/i18n/langs';
import { describeMix, localizeQuiz, type Course, type Lesson } from './course.server';
import type { Track } from './tracks.server';

let reported = false;

/** The course, read from `lessons/` as a module of Vite's graph (see course-plugin.ts). */
export function getCourse(): Course {
	return course;
}

/**
 * Every lesson page in both languages, for prerendering. SvelteKit asks for these once per build
 * (pages are then rendered in another process), so each quiz's question mix is logged here.
 */
export function lessonEntries(): { lang: Lang; id: string }[] {
	const { lessons, warnings } = getCourse();
	if (!reported) {
		reported = true;
		console.info(lessons.map(describeMix).join('\n'));
		for (const warning of warnings) console.warn(`warning: ${warning}`);
	}
	return langs.flatMap((lang) => lessons.map((lesson) => ({ lang, id: lesson.id })));
}

/** A lesson and its neighbours in one language; a 404 for an id that is not a lesson. */
export function lessonAt(id: string, lang: Lang) {
	const { lessons } = getCourse();
	const index = lessons.findIndex((lesson) => lesson.id === id);
	const lesson: Lesson | undefined = lessons[index];
	if (!lesson) error(404, 'Not found');
	const neighbour = (offset: number) => {
		const other = lessons[index + offset];
		return other ? { id: other.id, title: other.text[lang].title } : null;
	};
	return { lesson, previous: neighbour(-1), next: neighbour(1) };
}

/** The lessons as the home and the team page list them: only the pages that list them carry it. */
export function lessonSummaries(lang: Lang) {
	return getCourse().lessons.map((lesson) => ({
		id: lesson.id,
		number: lesson.number,
		title: lesson.text[lang].title,
		summary: lesson.text[lang].summary,
		readingMinutes: lesson.text[lang].readingMinutes,
		questionCount: lesson.quiz.questions.length
	}));
}

/** The course's version as a certificate prints it: the package version (package.json). */
export const courseVersion = version;

/** The role tracks of lessons/tracks.yaml, checked against the lessons at build time. */
export function getTracks(): Track[] {
	return tracks;
}

/** The tracks as the home and the team page show them, in one language. */
export function trackSummaries(lang: Lang) {
	return tracks.map((track) => ({
		id: track.id,
		title: track.title[lang],
		description: track.description[lang],
		lessons: track.lessons,
		timeLimitMinutes: track.time_limit_minutes
	}));
}

export type TrackSummary = ReturnType<typeof trackSummaries>[number];

/** Every lesson's question ids, in course order: what a review card may still ask. */
export function courseQuestions(): { lessonId: string; questionIds: string[] }[] {
	return getCourse().lessons.map((lesson) => ({
		lessonId: lesson.id,
		questionIds: lesson.quiz.questions.map((question) => question.id)
	}));
}

/** Lessons with their quizzes in one language, for pages that ask questions across lessons. */
export function quizzesOf(lessonIds: readonly string[], lang: Lang) {
	return lessonIds.flatMap((id) => {
		const lesson = getCourse().lessons.find((candidate) => candidate.id === id);
		if (!lesson) return [];
		return [
			{
				id: lesson.id,
				number: lesson.number,
				title: lesson.text[lang].title,
				passMark: lesson.quiz.passMark,
				questions: localizeQuiz(lesson.quiz, lang).questions
			}
		];
	});
}

/** A track by id; a 404 for an id that is not one. */
export function trackAt(id: string): Track {
	const track = tracks.find((candidate) => candidate.id === id);
	if (!track) error(404, 'Not found');
	return track;
}

/**
 * What a lesson's page carries as data: everything but the body, which the page holds once, as
 * HTML (see course-plugin.ts).
 */
export function lessonPage(id: string, lang: Lang) {
	const { lesson, previous, next } = lessonAt(id, lang);
	const { html, blocks, ...text } = lesson.text[lang];
	void html;
	void blocks;
	return {
		lesson: {
			id: lesson.id,
			number: lesson.number,
			questionCount: lesson.quiz.questions.length,
			...text
		},
		previous,
		next
	};
}
