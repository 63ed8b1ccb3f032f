import type { Translate } from './index';
import { i18nextTranslator } from './i18next';
import type { Lang } from './langs';

/** For build-time rendering, where both languages are at hand and loading is synchronous. */
export function serverTranslator(lang: Lang): Translate {
	return i18nextTranslator(lang);
}
