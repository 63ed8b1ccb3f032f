/**
 * The course inside an LMS: loaded only when the probe (probe.ts) has found the SCORM API. Every
 * link of the course is a page load, so one LMS session spans many pages: the first page
 * initialises it, the next ones find it open and go on, and it is terminated when the learner
 * leaves the course (a page hidden for good, not for a link of the course).
 *
 * The LMS's copy of the progress is the suspend data (suspend.ts); the browser's is IndexedDB. At
 * start the LMS's is merged into the browser's by the import merge (transfer.ts), and from then on
 * the browser's, merged, is written to the LMS. A refusal of the LMS or its disappearance costs
 * nothing local: the progress store works as without an LMS, the learner is told, and commits
 * are tried again.
 */
import { base } from '$app/paths';
import { untrack } from 'svelte';
import { outline } from 'virtual:course-outline';
import { openProgress } from '$lib/progress/context';
import type { ProgressSession } from '$lib/progress/session.svelte';
import { planMerge } from '$lib/progress/transfer';
import { loadTranslator, type Translate } from '$lib/i18n';
import { preferredLang } from '$lib/i18n/langs';
import { paths } from '$lib/paths';
import { savedLang } from '$lib/prefs';
import { lastFollowedLink } from './links';
import type { FoundLms } from './probe';
import { courseReport, dataModels, locationPattern, type DataModel } from './report';
import { decodeSuspendData, encodeSuspendData } from './suspend';

export type LmsProblem = { kind: 'refused'; code: string } | { kind: 'lost' };

const methods = {
	'1.2': {
		init: 'LMSInitialize',
		finish: 'LMSFinish',
		get: 'LMSGetValue',
		set: 'LMSSetValue',
		commit: 'LMSCommit',
		error: 'LMSGetLastError',
		errorText: 'LMSGetErrorString'
	},
	'2004': {
		init: 'Initialize',
		finish: 'Terminate',
		get: 'GetValue',
		set: 'SetValue',
		commit: 'Commit',
		error: 'GetLastError',
		errorText: 'GetErrorString'
	}
} as const;

type Method = keyof (typeof methods)['1.2'];

class LostError extends Error {}

/** Where the session's start is kept across the pages of one visit (this tab only). */
const sessionKey = 'k8s-course.lms-session-start';
/** A click on a link of the course this recently means the page is hidden for the next page. */
const linkGraceMs = 10_000;
const retryDelaysMs = [2_000, 5_000, 15_000, 30_000, 60_000];

/** One LMS's API, called by name and read from its window on every call. */
class Api {
	readonly #found: FoundLms;
	readonly #api: object;
	readonly model: DataModel;

	constructor(found: FoundLms) {
		this.#found = found;
		this.#api = (found.holder as unknown as Record<string, object>)[found.name]!;
		this.model = dataModels[found.version];
	}

	call(method: Method, ...args: string[]): string {
		let api: unknown;
		try {
			api = this.#found.holder.closed
				? undefined
				: (this.#found.holder as unknown as Record<string, unknown>)[this.#found.name];
		} catch {
			api = undefined;
		}
		const name = methods[this.#found.version][method];
		const fn = api === this.#api ? (api as Record<string, unknown>)[name] : undefined;
		if (typeof fn !== 'function') throw new LostError(name);
		try {
			return String(fn.apply(api, args));
		} catch {
			throw new LostError(name);
		}
	}

	/** The last error, as `code` or `code: text`; `undefined` when there is none. */
	lastError(): string | undefined {
		const code = this.call('error');
		if (code === '' || code === '0') return undefined;
		let text = '';
		try {
			text = this.call('errorText', code);
		} catch {
			// The code alone says enough.
		}
		return text ? `${code}: ${text}` : code;
	}

	/** Opens the session, or finds it open (a later page of the same visit). */
	open(): { ok: true; fresh: boolean } | { ok: false; code: string } {
		if (this.call('init', '') === 'true') return { ok: true, fresh: true };
		const code = this.lastError() ?? 'false';
		// The value read has a default in every session: any answer means the session is open.
		if (this.call('get', this.model.probe) !== '') return { ok: true, fresh: false };
		return { ok: false, code };
	}
}

function sessionStart(fresh: boolean): number {
	const now = Date.now();
	try {
		const kept = Number(sessionStorage.getItem(sessionKey));
		if (!fresh && kept > 0 && kept <= now) return kept;
		sessionStorage.setItem(sessionKey, String(now));
	} catch {
		// No session storage: this page's time only.
	}
	return now;
}

/** This page's place in the package, as the LMS keeps it. */
function pageLocation(): string {
	const path = decodeURI(location.pathname);
	const root = `${base}/`;
	return path.startsWith(root) ? path.slice(root.length) : '';
}

/**
 * Opens the LMS session on the package's first page and returns the page to go to: the learner's
 * place when the LMS has one, else `undefined`. The session stays open for that page.
 */
function resumeLocation(found: FoundLms): string | undefined {
	try {
		const api = new Api(found);
		const opened = api.open();
		if (!opened.ok) return undefined;
		sessionStart(opened.fresh);
		const place = api.call('get', api.model.location);
		return locationPattern.test(place) ? `${base}/${place}` : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The package's first page (its index.html) goes to where the learner was, else to the home in
 * their language; every other page connects.
 */
export async function start(found: FoundLms, session: ProgressSession): Promise<void> {
	const path = location.pathname;
	if (path === `${base}/` || path === `${base}/index.html`) {
		const lang = savedLang() ?? preferredLang(navigator.languages ?? [navigator.language]);
		location.replace(resumeLocation(found) ?? paths.home(lang));
		return;
	}
	const lang = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
	await connectLms(found, session, await loadTranslator(lang));
}

/**
 * Shows a problem with the LMS at the end of the page's header, as the header's other notices
 * are shown, or takes it away (`undefined`). Made here, not in the layout: a page outside an LMS
 * carries none of it.
 */
export function showProblem(t: Translate, problem: LmsProblem | undefined): void {
	let notice = document.getElementById('lms-notice');
	if (!problem) {
		notice?.remove();
		return;
	}
	if (!notice) {
		notice = document.createElement('p');
		notice.id = 'lms-notice';
		notice.className = 'notice error';
		notice.setAttribute('role', 'alert');
		document.querySelector('header.site-header')?.append(notice);
	}
	const text = problem.kind === 'lost' ? t('lms.lost') : t('lms.refused', { reason: problem.code });
	if (notice.textContent !== text) notice.textContent = text;
}

/**
 * Connects this page to the LMS: merges the LMS's copy of the progress into the browser's, tells
 * the LMS the progress, the place and the time, and keeps it told. Refusals and the API going
 * away are shown to the learner, in their language, until the LMS takes the progress again.
 */
export async function connectLms(
	found: FoundLms,
	session: ProgressSession,
	t: Translate
): Promise<void> {
	const onProblem = (problem: LmsProblem | undefined) => showProblem(t, problem);
	const api = new Api(found);
	const { model } = api;
	let started = Date.now();
	let open = false;
	/** The LMS's copy is in the browser's: only then may the browser's replace it. */
	let merged = false;
	let retry: ReturnType<typeof setTimeout> | undefined;
	let failures = 0;

	/** Runs calls; a refusal or a lost API is told, and the next commit is scheduled. */
	const attempt = (work: () => string | undefined): boolean => {
		let problem: LmsProblem | undefined;
		try {
			const refused = work();
			if (refused) problem = { kind: 'refused', code: refused };
		} catch (error) {
			problem =
				error instanceof LostError ? { kind: 'lost' } : { kind: 'refused', code: String(error) };
		}
		onProblem(problem);
		if (problem) scheduleRetry();
		else failures = 0;
		return !problem;
	};

	const scheduleRetry = () => {
		if (retry !== undefined) return;
		const delay = retryDelaysMs[Math.min(failures++, retryDelaysMs.length - 1)]!;
		retry = setTimeout(() => {
			retry = undefined;
			void join().then((joined) => {
				if (!joined) return;
				write();
				commit();
			});
		}, delay);
	};

	const progress = openProgress(session);

	/** Writes every value; the first refusal is the answer. */
	const write = () =>
		open &&
		attempt(() => {
			const report = courseReport(progress, outline);
			const values = model.values(report, Date.now() - started);
			const place = pageLocation();
			if (place.length <= model.locationLimit) values.push([model.location, place]);
			if (merged) {
				values.push([model.suspend, encodeSuspendData(progress, outline, model.suspendLimit)]);
			}
			for (const [element, value] of values) {
				if (api.call('set', element, value) !== 'true')
					return `${element}: ${api.lastError() ?? 'false'}`;
			}
			return undefined;
		});

	const commit = () =>
		open &&
		attempt(() => (api.call('commit', '') === 'true' ? undefined : (api.lastError() ?? 'false')));

	/**
	 * Opens the session and merges the LMS's copy of the progress into the browser's; false while
	 * the LMS refuses, or the browser cannot store the merge (then the LMS's copy stays as it is).
	 */
	const join = async (): Promise<boolean> => {
		if (merged) return true;
		const connected =
			open ||
			attempt(() => {
				const opened = api.open();
				if (!opened.ok) return opened.code;
				started = sessionStart(opened.fresh);
				open = true;
				return undefined;
			});
		let stored: string | undefined;
		if (connected) {
			attempt(() => {
				const value = api.call('get', model.suspend);
				const error = value === '' ? api.lastError() : undefined;
				// SCORM 2004 answers 403 for an element never written: nothing is stored yet. Some
				// run-times keep the error of the call before (Initialize's, on a later page) after an
				// empty answer.
				const code = error?.split(':')[0];
				if (code === undefined || code === '403' || code === String(model.alreadyOpen)) {
					stored = value;
				}
				return stored === undefined ? error : undefined;
			});
		}
		if (stored === undefined) return false;
		const plan = planMerge(progress, decodeSuspendData(stored, outline));
		if (
			plan.records.length > 0 &&
			!(await progress.writeRecords(plan.records, { replace: false }))
		) {
			scheduleRetry();
			return false;
		}
		merged = true;
		return true;
	};

	await progress.load();
	await join();

	// Told at once, then after every change: a finished quiz or exam is committed at once.
	$effect.root(() => {
		$effect(() => {
			void progress.attempts;
			void progress.exams.filter((exam) => exam.finishedAt).length;
			untrack(() => {
				write();
				commit();
			});
		});
		$effect(() => {
			void $state.snapshot(progress.lessons);
			void $state.snapshot(progress.drafts);
			void progress.cards;
			void progress.track;
			void progress.exams;
			untrack(write);
		});
	});

	/** A link to another page of the course was followed lately: the page goes, not the learner. */
	const goingOnInCourse = () => {
		const link = lastFollowedLink();
		if (!link || Date.now() - link.at >= linkGraceMs) return false;
		const { url } = link;
		if (url.origin !== location.origin || !url.pathname.startsWith(`${base}/`)) return false;
		return url.pathname !== location.pathname || url.search !== location.search;
	};
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState !== 'hidden') return;
		write();
		commit();
	});
	addEventListener('pagehide', () => {
		write();
		commit();
		if (!open || goingOnInCourse()) return;
		// The learner leaves the course: the next launch resumes from the suspend data.
		attempt(() => {
			api.call('set', model.exit, 'suspend');
			if (api.call('finish', '') !== 'true') return api.lastError() ?? 'false';
			open = false;
			return undefined;
		});
		clearTimeout(retry);
	});
}
