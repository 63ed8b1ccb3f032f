import type { Lang } from './langs';
import { stringsUrl, tableTranslator } from './table';

export type Translations = typeof import('./locales/en.json');

type Leaves<T, Prefix extends string = ''> = {
	[K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
type WithoutPlural<Key extends string> = Key extends `${infer Base}_${'one' | 'other'}`
	? Base
	: Key;

/** Every UI string's key; a plural's key without its `_one` / `_other`. */
export type TranslationKey = WithoutPlural<Leaves<Translations>>;
export type TranslationValues = Record<string, string | number> & { count?: number };
export type Translate = (key: TranslationKey, values?: TranslationValues) => string;

/** One request per language, however many parts of a page ask at once; a failed one is retried. */
const translators = new Map<Lang, Promise<Translate>>();

/**
 * i18next renders every string of every prerendered page at build time. The browser only
 * re-renders the same strings while hydrating and formats the few that change on the page
 * (counts, scores, names), from the same resources: the language's JSON, requested by the page's
 * head (see `stringsPreload`). `tests/i18n.test.ts` holds the two to the same output for every key.
 */
export function loadTranslator(lang: Lang): Promise<Translate> {
	let translator = translators.get(lang);
	if (!translator) {
		translator = (async () => {
			if (import.meta.env.SSR) return (await import('./i18next')).i18nextTranslator(lang);
			const response = await fetch(stringsUrl[lang]);
			if (!response.ok) throw new Error(`UI strings: HTTP ${response.status}`);
			return tableTranslator(lang, (await response.json()) as Translations);
		})();
		translators.set(lang, translator);
		void translator.catch(() => translators.delete(lang));
	}
	return translator;
}

/**
 * A share from 0 to 1 as a whole percentage: "80%", as `Intl.NumberFormat` writes it for zh-CN and
 * for en alike (tests/i18n.test.ts holds it to that). Not `Intl.NumberFormat` itself: its first use
 * on a page loads the locale's number formats, 28 ms of the quiz's start on a laptop and four
 * times that on a phone, for a number and a sign.
 */
export function formatPercent(share: number): string {
	// Rounded as a decimal, as Intl does: 0.145 * 100 is 14.499999999999998 in binary.
	return `${Math.round(Number((share * 100).toPrecision(12)))}%`;
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
