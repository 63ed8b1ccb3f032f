import { isLang, type Lang } from '$lib/i18n/langs';

/** UI preferences read before first paint; they live in localStorage, progress in IndexedDB. */
const langKey = 'k8s-course.lang';
const themeKey = 'k8s-course.theme';

export type Theme = 'light' | 'dark';
/** What the learner chose: a theme, or to follow the system's setting (nothing stored). */
export type ThemeChoice = Theme | 'system';

function read(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

function write(key: string, value: string | undefined): void {
	try {
		if (value === undefined) localStorage.removeItem(key);
		else localStorage.setItem(key, value);
	} catch {
		// Storage blocked: the preference lasts for this page only.
	}
}

export function savedLang(): Lang | undefined {
	const value = read(langKey);
	return isLang(value) ? value : undefined;
}

export function saveLang(lang: Lang): void {
	write(langKey, lang);
}

export function savedTheme(): Theme | undefined {
	const value = read(themeKey);
	return value === 'light' || value === 'dark' ? value : undefined;
}

export function saveTheme(choice: ThemeChoice): void {
	write(themeKey, choice === 'system' ? undefined : choice);
}

/**
 * Shows the page in the chosen theme, or as the system says; the browser's own bars (and an
 * installed app's) follow it too.
 */
export function applyTheme(choice: ThemeChoice): void {
	if (choice === 'system') delete document.documentElement.dataset.theme;
	else document.documentElement.dataset.theme = choice;
	for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
		meta.dataset.media ??= meta.media;
		meta.media =
			choice === 'system'
				? meta.dataset.media
				: meta.dataset.media.includes(choice)
					? 'all'
					: 'not all';
	}
}

/** The learner picks a theme: shown at once, kept for the next visits. */
export function chooseTheme(choice: ThemeChoice): void {
	applyTheme(choice);
	saveTheme(choice);
}
