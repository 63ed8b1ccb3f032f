import { translatorFrom, type Translate } from './index';
import type { Lang } from './langs';
import en from './locales/en.json';
import zh from './locales/zh.json';

/** For build-time rendering, where both languages are at hand and loading is synchronous. */
export function serverTranslator(lang: Lang): Translate {
	return translatorFrom(lang, lang === 'zh' ? zh : en);
}
