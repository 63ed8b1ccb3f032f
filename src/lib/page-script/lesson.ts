import { otherLang, type Lang } from '$lib/i18n/langs';
import { pageSession } from './session';

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

	const paired =
		document.documentElement.dataset.view === 'both' && otherPage
			? showSideBySide(prose, otherPage, lang).catch((error: unknown) => {
					console.error(error);
					delete document.documentElement.dataset.view;
					article.querySelector<HTMLElement>('.side-by-side-failed')?.removeAttribute('hidden');
				})
			: undefined;
	openTermsInPlace(prose, paired);
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

// A glossary term is a link to its entry; glossary-terms.ts makes it a button that opens the entry
// in place. That module, and the glossary page it reads, load when the page is idle after its own
// load (and once side by side has both columns), or on the first term clicked, pressed or hovered.
function openTermsInPlace(prose: HTMLElement, paired: Promise<void> | undefined) {
	let terms: Promise<typeof import('$lib/lesson/glossary-terms')> | undefined;
	const load = () => (terms ??= import('$lib/lesson/glossary-terms'));
	const linkOf = (event: Event) =>
		event.target instanceof Element
			? event.target.closest<HTMLAnchorElement>('a.glossary-term')
			: null;
	const open = (event: Event, link: HTMLAnchorElement) => {
		event.preventDefault();
		load()
			.then(({ openTerm }) => openTerm(link))
			.catch(() => location.assign(link.href));
	};
	prose.addEventListener('click', (event) => {
		const link = linkOf(event);
		const plain = !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
		if (link && plain && event.button === 0) open(event, link);
	});
	// A button opens by Space too.
	prose.addEventListener('keydown', (event) => {
		const link = linkOf(event);
		if (link && event.key === ' ') open(event, link);
	});
	const hover = (event: PointerEvent) => {
		if (event.pointerType !== 'mouse') return;
		prose.removeEventListener('pointerover', hover);
		void load().then(({ openTermsOnHover }) => openTermsOnHover(prose, event));
	};
	prose.addEventListener('pointerover', hover);

	if (!prose.querySelector('a.glossary-term')) return;
	const idle = () =>
		void load()
			.then(({ upgradeTerms }) => upgradeTerms(prose))
			.catch((error: unknown) => console.warn(error));
	const whenIdle = () => {
		if ('requestIdleCallback' in window) requestIdleCallback(idle, { timeout: 2_000 });
		else setTimeout(idle, 500);
	};
	const afterLoad = () => void (paired ?? Promise.resolve()).then(whenIdle);
	if (document.readyState === 'complete') afterLoad();
	else addEventListener('load', afterLoad, { once: true });
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
