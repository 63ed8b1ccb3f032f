import { otherLang, type Lang } from '$lib/i18n/langs';
import { pageSession } from './page';

/** What the lesson page does in the browser; its HTML is `lessons/[id]/+page.svelte`. */
export function startLesson(article: HTMLElement, lang: Lang): void {
	const prose = article.querySelector<HTMLElement>('.prose');
	const end = article.querySelector<HTMLElement>('.takeaways');
	if (!prose || !end) return;
	const lessonId = article.dataset.lesson ?? '';
	const readingMinutes = Number(article.dataset.readingMinutes ?? 0);
	const langSwitch = document.querySelector<HTMLAnchorElement>('a.lang-switch');
	// The same page in the other language, as the build wrote it; the section is added below.
	const otherPage = langSwitch
		? new URL(langSwitch.getAttribute('href') ?? '', location.href)
		: null;
	if (otherPage) otherPage.hash = '';

	if (document.documentElement.dataset.view === 'both' && otherPage) {
		showSideBySide(prose, otherPage, lang).catch((error: unknown) => {
			console.error(error);
			delete document.documentElement.dataset.view;
			article.querySelector<HTMLElement>('.side-by-side-failed')?.removeAttribute('hidden');
		});
	}
	openTermsOnHover(prose);
	followReading(prose, otherPage, langSwitch);
	startReadingTracker({ prose, end, lessonId, readingMinutes });
}

// Side by side (set by app.html), the other language's page (precached) gives each block its
// translation. Its code loads only then.
async function showSideBySide(prose: HTMLElement, otherPage: URL, lang: Lang) {
	const { pairWithTranslation } = await import('$lib/lesson/side-by-side');
	await pairWithTranslation(prose, otherPage, otherLang(lang), prose.dataset.otherLabel ?? '');
	// The blocks moved: the section asked for in the address is elsewhere now.
	if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
}

// A glossary term opens by click, tap or keyboard without any script (popovertarget); a mouse
// resting on it opens it too (glossary-hover.ts, loaded when a mouse first moves here).
function openTermsOnHover(prose: HTMLElement) {
	const start = (event: PointerEvent) => {
		if (event.pointerType !== 'mouse') return;
		prose.removeEventListener('pointerover', start);
		void import('$lib/lesson/glossary-hover').then(({ openTermsOnHover }) =>
			openTermsOnHover(prose, event)
		);
	};
	prose.addEventListener('pointerover', start);
}

/** The last section heading scrolled past the top of the window. */
function sectionReached(prose: HTMLElement): string | undefined {
	const headings = [...prose.querySelectorAll<HTMLElement>('h2[id]')];
	return headings.filter((heading) => heading.getBoundingClientRect().top < 120).at(-1)?.id;
}

/** The last heading, subsections too, scrolled past: where the language switch leads. */
function placeReached(): string {
	const headings = document.querySelectorAll<HTMLElement>('main :is(h2, h3)[id]:not(.toc-heading)');
	const passed = [...headings].filter((heading) => heading.getBoundingClientRect().top < 120);
	return passed.at(-1)?.id ?? '';
}

/** Marks the section being read in the contents, and has the language switch lead to it. */
function followReading(
	prose: HTMLElement,
	otherPage: URL | null,
	langSwitch: HTMLAnchorElement | null
) {
	const links = [...document.querySelectorAll<HTMLAnchorElement>('nav.toc a[href^="#"]')];
	let frame = 0;
	const follow = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => {
			const current = sectionReached(prose);
			for (const link of links) {
				if (link.hash === `#${current}`) link.setAttribute('aria-current', 'location');
				else link.removeAttribute('aria-current');
			}
			if (otherPage && langSwitch) {
				const place = placeReached();
				langSwitch.href = otherPage.pathname + otherPage.search + (place ? `#${place}` : '');
			}
		});
	};
	follow();
	addEventListener('scroll', follow, { passive: true });
	addEventListener('hashchange', follow);
}

// The progress store loads when the learner starts reading (scrolls, taps, types), or after a
// while: a lesson's first load is its text, not its bookkeeping. Time on screen before that
// counts all the same.
function startReadingTracker(lesson: {
	prose: HTMLElement;
	end: HTMLElement;
	lessonId: string;
	readingMinutes: number;
}) {
	const visibleSince = document.visibilityState === 'visible' ? performance.now() : undefined;
	const starters = ['scroll', 'pointerdown', 'keydown'] as const;
	const start = () => {
		for (const type of starters) removeEventListener(type, start);
		clearTimeout(timer);
		void Promise.all([pageSession(), import('$lib/progress/reading-tracker')]).then(
			([session, { trackReading }]) => {
				const stop = trackReading({
					session,
					lessonId: lesson.lessonId,
					readingMinutes: lesson.readingMinutes,
					end: lesson.end,
					sectionReached: () => sectionReached(lesson.prose),
					visibleSince
				});
				// What was read since the last save is saved when the learner leaves.
				addEventListener('pagehide', stop, { once: true });
			}
		);
	};
	for (const type of starters) addEventListener(type, start, { passive: true, once: true });
	const timer = setTimeout(start, 5_000);
}
