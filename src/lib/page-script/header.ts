import { loadTranslator } from '$lib/i18n';
import { otherLang, type Lang } from '$lib/i18n/langs';
import { applyTheme, chooseTheme, saveLang, savedTheme, type ThemeChoice } from '$lib/prefs';
import { isSearchKey } from '$lib/search/key';

/**
 * The header of a read page, as `src/routes/[lang=lang]/+layout.svelte` renders it, made to work:
 * theme, search, the language switch. Before this runs they are either plain HTML (the switch is a
 * link) or shown as not ready (search, theme), as on the other pages before hydration.
 */
export function startHeader(lang: Lang): void {
	saveLang(lang);
	document
		.querySelector('a.lang-switch')
		?.addEventListener('click', () => saveLang(otherLang(lang)));

	const themes = document.querySelector<HTMLFieldSetElement>('fieldset.theme-choice');
	if (themes) {
		const choice = savedTheme() ?? 'system';
		// app.html set the page's theme; the browser's bars follow it from here.
		applyTheme(choice);
		for (const input of themes.querySelectorAll<HTMLInputElement>('input[name="theme"]')) {
			input.checked = input.value === choice;
			input.addEventListener('change', () => chooseTheme(input.value as ThemeChoice));
		}
		themes.disabled = false;
	}

	// As on every page: what search needs loads when it is first opened.
	const openSearch = () =>
		void Promise.all([loadTranslator(lang), import('$lib/search/open')]).then(([t, search]) =>
			search.open({ lang, t })
		);
	const button = document.querySelector<HTMLButtonElement>('button.search-button');
	if (button) {
		button.addEventListener('click', openSearch);
		button.disabled = false;
	}
	window.addEventListener('keydown', (event) => {
		if (!isSearchKey(event)) return;
		event.preventDefault();
		openSearch();
	});
}
