/**
 * What the course tells the LMS, worked out from the progress alone: completion, score, progress
 * and the session's time in each standard's format. The LMS run-time data model names are here
 * too, per version, so that the connection (connection.svelte.ts) is the same for both.
 */
import {
	attemptsFor,
	certifiedExam,
	finishedExams,
	hasPassed,
	type ProgressSnapshot
} from '$lib/progress/queries';
import type { LmsVersion } from './probe';
import type { CourseOutline } from './suspend';
import { scorm12SuspendLimit, scorm2004SuspendLimit } from './suspend';

export interface CourseReport {
	/** The chosen track's final exam passed; before any exam, every lesson of the track passed. */
	complete: boolean;
	/** The track's final exam taken and failed, and not passed since: the LMS records a failure. */
	failed: boolean;
	/** 0 to 1: the track's lessons passed, of all (1 once its exam is passed). */
	progress: number;
	/**
	 * 0 to 1: the best passed exam's score, else the latest exam's; before any exam, the mean of the
	 * best scores of the quizzes taken; none before the first.
	 */
	score: number | undefined;
}

/**
 * The course as the learner's track defines it: with a track chosen (and known to the course),
 * its lessons and its final exam, which decides once taken; with none, every lesson, and no exam.
 */
export function courseReport(progress: ProgressSnapshot, outline: CourseOutline): CourseReport {
	const track = outline.tracks.find((candidate) => candidate.id === progress.track?.trackId);
	const known = new Set(outline.lessons.map((lesson) => lesson.id));
	const lessonIds = track
		? track.lessons.filter((id) => known.has(id))
		: outline.lessons.map((lesson) => lesson.id);
	const passed = lessonIds.filter((id) => hasPassed(progress, id));
	const share = lessonIds.length > 0 ? passed.length / lessonIds.length : 0;
	const exams = track ? finishedExams(progress, track.id) : [];
	if (track && exams.length > 0) {
		const certified = certifiedExam(progress, track.id);
		return {
			complete: certified !== undefined,
			failed: certified === undefined,
			progress: certified ? 1 : share,
			score: (certified ?? exams.at(-1)!).score
		};
	}
	const best = lessonIds.flatMap((id) => {
		const scores = attemptsFor(progress, id).map((attempt) => attempt.score);
		return scores.length > 0 ? [Math.max(...scores)] : [];
	});
	return {
		complete: lessonIds.length > 0 && passed.length === lessonIds.length,
		failed: false,
		progress: share,
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
			[
				'cmi.core.lesson_status',
				report.complete ? 'passed' : report.failed ? 'failed' : 'incomplete'
			],
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
			['cmi.success_status', report.complete ? 'passed' : report.failed ? 'failed' : 'unknown'],
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
