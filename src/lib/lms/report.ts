/**
 * What the course tells the LMS, worked out from the progress alone: completion, score, progress
 * and the session's time in each standard's format. The LMS run-time data model names are here
 * too, per version, so that the connection (connection.svelte.ts) is the same for both.
 */
import { attemptsFor, type ProgressSnapshot } from '$lib/progress/queries';
import type { LmsVersion } from './probe';
import type { CourseOutline } from './suspend';
import { scorm12SuspendLimit, scorm2004SuspendLimit } from './suspend';

export interface CourseReport {
	/** Every lesson's quiz passed. */
	complete: boolean;
	/** Lessons passed, of all: 0 to 1. */
	progress: number;
	/** 0 to 1: the mean of the best scores of the quizzes taken; none before the first. */
	score: number | undefined;
}

/**
 * The course is complete when every lesson's quiz is passed. A final exam (records schema 4) and
 * the learner's track will decide it where they exist; the score then is the exam's.
 */
export function courseReport(progress: ProgressSnapshot, outline: CourseOutline): CourseReport {
	const lessonIds = outline.lessons.map((lesson) => lesson.id);
	const passed = lessonIds.filter((id) => attemptsFor(progress, id).some((a) => a.passed));
	const best = lessonIds.flatMap((id) => {
		const scores = attemptsFor(progress, id).map((attempt) => attempt.score);
		return scores.length > 0 ? [Math.max(...scores)] : [];
	});
	return {
		complete: lessonIds.length > 0 && passed.length === lessonIds.length,
		progress: lessonIds.length > 0 ? passed.length / lessonIds.length : 0,
		score: best.length > 0 ? best.reduce((sum, score) => sum + score, 0) / best.length : undefined
	};
}

/** SCORM 1.2's CMITimespan, HHHH:MM:SS.SS. */
export function scorm12Time(ms: number): string {
	const centis = Math.max(0, Math.round(ms / 10));
	const hours = Math.min(9999, Math.floor(centis / 360_000));
	const minutes = Math.floor((centis % 360_000) / 6000);
	const secs = (centis % 6000) / 100;
	const pad = (n: number, width: number) => String(n).padStart(width, '0');
	return `${pad(hours, 4)}:${pad(minutes, 2)}:${secs.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 2004's timeinterval, ISO 8601: PT1H2M3.45S. */
export function scorm2004Time(ms: number): string {
	const centis = Math.max(0, Math.round(ms / 10));
	const hours = Math.floor(centis / 360_000);
	const minutes = Math.floor((centis % 360_000) / 6000);
	const secs = (centis % 6000) / 100;
	return `PT${hours}H${minutes}M${secs.toFixed(2)}S`;
}

/** The data model's names and limits in each version, and what the course writes to them. */
export interface DataModel {
	suspendLimit: number;
	locationLimit: number;
	/** The error code of Initialize when the session is already open (a page of the same visit). */
	alreadyOpen: number;
	values(report: CourseReport, sessionMs: number): [string, string][];
	location: string;
	suspend: string;
	exit: string;
	/** A value whose read fails only when no session is open. */
	probe: string;
}

const percent = (share: number) => String(Math.round(share * 10000) / 100);

export const dataModels: Record<LmsVersion, DataModel> = {
	'1.2': {
		suspendLimit: scorm12SuspendLimit,
		locationLimit: 255,
		alreadyOpen: 101,
		location: 'cmi.core.lesson_location',
		suspend: 'cmi.suspend_data',
		exit: 'cmi.core.exit',
		probe: 'cmi.core.lesson_status',
		values: (report, sessionMs) => [
			['cmi.core.lesson_status', report.complete ? 'passed' : 'incomplete'],
			...(report.score === undefined
				? []
				: ([
						['cmi.core.score.min', '0'],
						['cmi.core.score.max', '100'],
						['cmi.core.score.raw', percent(report.score)]
					] as [string, string][])),
			['cmi.core.session_time', scorm12Time(sessionMs)]
		]
	},
	'2004': {
		suspendLimit: scorm2004SuspendLimit,
		locationLimit: 1000,
		alreadyOpen: 103,
		location: 'cmi.location',
		suspend: 'cmi.suspend_data',
		exit: 'cmi.exit',
		probe: 'cmi.completion_status',
		values: (report, sessionMs) => [
			['cmi.completion_status', report.complete ? 'completed' : 'incomplete'],
			['cmi.success_status', report.complete ? 'passed' : 'unknown'],
			['cmi.progress_measure', String(Math.round(report.progress * 10000) / 10000)],
			...(report.score === undefined
				? []
				: ([
						['cmi.score.min', '0'],
						['cmi.score.max', '100'],
						['cmi.score.raw', percent(report.score)],
						['cmi.score.scaled', String(Math.round(report.score * 10000) / 10000)]
					] as [string, string][])),
			['cmi.session_time', scorm2004Time(sessionMs)]
		]
	}
};

/**
 * The page's place in the package, as the location: `zh/lessons/kubernetes/index.html`. Read back
 * only if it is one of the course's pages.
 */
export const locationPattern =
	/^(?:zh|en)\/(?:(?:lessons\/[a-z0-9]+(?:-[a-z0-9]+)*\/(?:quiz\/)?|glossary\/|team\/))?(?:index\.html)?$/;
