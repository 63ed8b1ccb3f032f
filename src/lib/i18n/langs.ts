export const langs = ['zh', 'en'] as const;
export type Lang = (typeof langs)[number];

export function isLang(value: unknown): value is Lang {
	return value === 'zh' || value === 'en';
}

/** The value of `<html lang>` for each course language. */
export const htmlLang: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

export function otherLang(lang: Lang): Lang {
	return lang === 'zh' ? 'en' : 'zh';
}

/** Any `zh*` preference means Chinese; anything else English. */
export function preferredLang(languages: readonly string[]): Lang {
	const first = languages[0]?.toLowerCase() ?? '';
	return first.startsWith('zh') ? 'zh' : 'en';
}
