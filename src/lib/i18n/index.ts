import { createInstance, type TFunction } from 'i18next';
import en from './locales/en.json';
import zh from './locales/zh.json';
import type { Lang } from './langs';

export type Translate = TFunction;

const i18n = createInstance();
void i18n.init({
	resources: { zh: { translation: zh }, en: { translation: en } },
	lng: 'zh',
	fallbackLng: false,
	initAsync: false,
	returnNull: false,
	// Svelte escapes text; HTML is never built from these strings.
	interpolation: { escapeValue: false }
});

export function translator(lang: Lang): Translate {
	return i18n.getFixedT(lang);
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
export function formatDuration(milliseconds: number, lang: Lang): string {
	const total = Math.max(0, Math.round(milliseconds / 1000));
	const minutes = Math.floor(total / 60);
	const seconds = total % 60;
	const t = translator(lang);
	return minutes > 0
		? t('time.minutesSeconds', { minutes, seconds })
		: t('time.seconds', { seconds });
}
