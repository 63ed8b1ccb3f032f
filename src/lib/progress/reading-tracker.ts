import { openProgress } from './context';
import { readLongEnough } from './reading';
import type { ProgressSession } from './session.svelte';

interface Reading {
	session: ProgressSession;
	lessonId: string;
	readingMinutes: number;
	/** The lesson's end: seeing it is half of "read". */
	end: HTMLElement;
	sectionReached: () => string | undefined;
	/** Since when the lesson has been on screen, before this started (`performance.now()`). */
	visibleSince: number | undefined;
}

/**
 * Records the learner's reading of a lesson: opened, time on screen, the section reached, and
 * "read" once the end has been seen after long enough (`readLongEnough`). Loaded by the lesson
 * page when the learner starts reading, with the progress store. Returns the clean-up.
 */
export function trackReading(reading: Reading): () => void {
	const { lessonId: id, readingMinutes, end, sectionReached } = reading;
	const progress = openProgress(reading.session);
	void progress.openLesson(id);
	let endSeen = false;
	let since = reading.visibleSince;
	const finishIfRead = () => {
		if (progress.lessons[id]?.finishedAt) return;
		const unsaved = since === undefined ? 0 : performance.now() - since;
		const spent = (progress.lessons[id]?.timeSpentMs ?? 0) + unsaved;
		if (endSeen && readLongEnough(spent, readingMinutes)) void progress.finishLesson(id);
	};
	const observer = new IntersectionObserver((seen) => {
		if (seen.some((entry) => entry.isIntersecting)) {
			endSeen = true;
			finishIfRead();
			observer.disconnect();
		}
	});
	observer.observe(end);

	// Reading time counts only while the lesson is on screen.
	const flush = () => {
		const now = performance.now();
		const elapsed = since === undefined ? 0 : now - since;
		since = document.visibilityState === 'visible' ? now : undefined;
		void progress.noteReading(id, elapsed, sectionReached()).then(finishIfRead);
	};
	const timer = setInterval(flush, 15_000);
	document.addEventListener('visibilitychange', flush);
	return () => {
		flush();
		clearInterval(timer);
		document.removeEventListener('visibilitychange', flush);
		observer.disconnect();
	};
}
