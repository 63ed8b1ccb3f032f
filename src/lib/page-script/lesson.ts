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
// in place. That module, and the glossary page it reads, load at idle once the learner starts
// reading (and side by side has both columns), or for the first term clicked or pressed.
function openTermsInPlace(prose: HTMLElement, paired: Promise<void> | undefined) {
	const load = () => import('$lib/lesson/glossary-terms');
	const open = (event: Event) => {
		const link = (event.target as Element).closest?.<HTMLAnchorElement>('a.glossary-term');
		if (!link) return;
		event.preventDefault();
		load()
			.then(({ openTerm }) => openTerm(link))
			.catch(() => location.assign(link.href));
	};
	prose.addEventListener('click', (event) => {
		if (!event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey) open(event);
	});
	// A button opens by Space too.
	prose.addEventListener('keydown', (event) => {
		if (event.key === ' ') open(event);
	});
	// A mouse resting on a term opens it (glossary-hover.ts, loaded when a mouse first moves here).
	const hover = (event: PointerEvent) => {
		if (event.pointerType !== 'mouse') return;
		prose.removeEventListener('pointerover', hover);
		void import('$lib/lesson/glossary-hover').then(({ openTermsOnHover }) =>
			openTermsOnHover(prose, event)
		);
	};
	prose.addEventListener('pointerover', hover);
	const upgrade = () =>
		void load()
			.then(({ upgradeTerms }) => upgradeTerms(prose))
			.catch((error: unknown) => console.warn(error));
	whenReading(
		() =>
			void Promise.resolve(paired).then(() => {
				if ('requestIdleCallback' in window) requestIdleCallback(upgrade, { timeout: 2_000 });
				else setTimeout(upgrade);
			})
	);
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

/** Once the learner starts reading (scrolls, taps, types), or after a while. */
function whenReading(then: () => void) {
	const starters = ['scroll', 'pointerdown', 'keydown'] as const;
	const start = () => {
		for (const type of starters) removeEventListener(type, start);
		clearTimeout(timer);
		then();
	};
	for (const type of starters) addEventListener(type, start, { passive: true, once: true });
	const timer = setTimeout(start, 5_000);
}

// The progress store loads when the learner starts reading: a lesson's first load is its text,
// not its bookkeeping. Time on screen before that counts all the same.
function startReadingTracker(lesson: {
	prose: HTMLElement;
	end: HTMLElement;
	lessonId: string;
	readingMinutes: number;
}) {
	const visibleSince = document.visibilityState === 'visible' ? performance.now() : undefined;
	whenReading(
		() =>
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
			)
	);
}
