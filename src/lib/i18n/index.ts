import { createInstance, type TFunction } from 'i18next';
import type { Lang } from './langs';

export type Translate = TFunction;
export type Translations = typeof import('./locales/en.json');

// Each language's strings are a chunk of their own: a page loads only its language.
const loaders: Record<Lang, () => Promise<{ default: Translations }>> = {
	zh: () => import('./locales/zh.json'),
	en: () => import('./locales/en.json')
};
const translators = new Map<Lang, Translate>();

export function translatorFrom(lang: Lang, translations: Translations): Translate {
	const cached = translators.get(lang);
	if (cached) return cached;
	const i18n = createInstance();
	void i18n.init({
		resources: { [lang]: { translation: translations } },
		lng: lang,
		fallbackLng: false,
		initAsync: false,
		returnNull: false,
		// Svelte escapes text; HTML is never built from these strings.
		interpolation: { escapeValue: false }
	});
	const t = i18n.getFixedT(lang);
	translators.set(lang, t);
	return t;
}

export async function loadTranslator(lang: Lang): Promise<Translate> {
	return translators.get(lang) ?? translatorFrom(lang, (await loaders[lang]()).default);
}

/** A share from 0 to 1 as a whole percentage in the page's language. */
export function formatPercent(share: number, lang: Lang): string {
	return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', {
		style: 'percent',
		maximumFractionDigits: 0
	}).format(share);
}

export function formatDate(iso: string, lang: Lang): string {
	return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', {
		dateStyle: 'medium',
		timeStyle: 'short'
	}).format(new Date(iso));
}

/** A duration as "3 min 20 s" / "3 分 20 秒". */
export function formatDuration(milliseconds: number, t: Translate): string {
	const total = Math.max(0, Math.round(milliseconds / 1000));
	const minutes = Math.floor(total / 60);
	const seconds = total % 60;
	return minutes > 0
		? t('time.minutesSeconds', { minutes, seconds })
		: t('time.seconds', { seconds });
}
