import { isLang, type Lang } from '$lib/i18n/langs';

/** UI preferences read before first paint; they live in localStorage, progress in IndexedDB. */
const langKey = 'k8s-course.lang';
const themeKey = 'k8s-course.theme';

export type Theme = 'light' | 'dark';

function read(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

function write(key: string, value: string): void {
	try {
		localStorage.setItem(key, value);
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

export function saveTheme(theme: Theme): void {
	write(themeKey, theme);
}

/** Shows the page in `theme`; the browser's own bars (and an installed app's) follow it too. */
export function applyTheme(theme: Theme): void {
	document.documentElement.dataset.theme = theme;
	for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
		meta.dataset.media ??= meta.media;
		meta.media = meta.dataset.media.includes(theme) ? 'all' : 'not all';
	}
}
