import { isLang, type Lang } from '$lib/i18n/langs';
import { startGlossary } from './glossary';
import { startHeader } from './header';
import { startLesson } from './lesson';

export function startPage(): void {
	const root = document.documentElement;
	const lang = root.lang.slice(0, 2);
	const pageLang: Lang = isLang(lang) ? lang : 'en';
	startHeader(pageLang);
	const lesson = document.querySelector<HTMLElement>('article.lesson');
	if (lesson) startLesson(lesson, pageLang);
	const glossary = document.querySelector<HTMLElement>('.page.glossary');
	if (glossary) startGlossary(glossary, pageLang);
	// Browser tests wait for this rather than guess, as on the other pages.
	root.dataset.started = '';

	// The offline status, the update notice and an LMS come after the page has loaded: the worker's
	// download of the course must not compete with the page's own requests.
	const later = () => void import('./status').then(({ startStatus }) => startStatus(pageLang));
	if (document.readyState === 'complete') later();
	else addEventListener('load', later, { once: true });
}
