import { createInstance } from 'i18next';
import type { Translate } from './index';
import type { Lang } from './langs';
import en from './locales/en.json';
import zh from './locales/zh.json';

const translators = new Map<Lang, Translate>();

/** i18next itself, for build-time rendering (prerendering, lesson Markdown). */
export function i18nextTranslator(lang: Lang): Translate {
	const cached = translators.get(lang);
	if (cached) return cached;
	const i18n = createInstance();
	void i18n.init({
		resources: { [lang]: { translation: lang === 'zh' ? zh : en } },
		lng: lang,
		fallbackLng: false,
		initAsync: false,
		returnNull: false,
		// Svelte escapes text; HTML is never built from these strings.
		interpolation: { escapeValue: false }
	});
	const fixed = i18n.getFixedT(lang);
	const t: Translate = (key, values) => fixed(key, values ?? {});
	translators.set(lang, t);
	return t;
}
