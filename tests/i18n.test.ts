import { describe, expect, it } from 'vitest';
import en from '../src/lib/i18n/locales/en.json';
import zh from '../src/lib/i18n/locales/zh.json';
import { formatPercent, loadTranslator, type TranslationKey } from '../src/lib/i18n';
import { i18nextTranslator } from '../src/lib/i18n/i18next';
import { tableTranslator } from '../src/lib/i18n/table';
import { preferredLang } from '../src/lib/i18n/langs';

function flatten(value: unknown, prefix = ''): Record<string, string> {
	if (typeof value === 'string') return { [prefix]: value };
	return Object.entries(value as Record<string, unknown>).reduce(
		(all, [key, inner]) => ({ ...all, ...flatten(inner, prefix ? `${prefix}.${key}` : key) }),
		{}
	);
}

describe('UI strings', () => {
	const zhKeys = flatten(zh);
	const enKeys = flatten(en);

	it('exist in both languages, every one of them', () => {
		expect(Object.keys(zhKeys).sort()).toEqual(Object.keys(enKeys).sort());
	});

	it('are never empty', () => {
		for (const [key, text] of [...Object.entries(zhKeys), ...Object.entries(enKeys)]) {
			expect(text.trim(), key).not.toBe('');
		}
	});

	it('use the same placeholders in both languages', () => {
		const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
		for (const key of Object.keys(enKeys)) {
			expect(placeholders(zhKeys[key]!), key).toEqual(placeholders(enKeys[key]!));
		}
	});

	it('are looked up per language with plurals and placeholders', async () => {
		const [en, zh] = [await loadTranslator('en'), await loadTranslator('zh')];
		expect(en('home.questions', { count: 1 })).toBe('1 question');
		expect(en('home.questions', { count: 7 })).toBe('7 questions');
		expect(zh('home.questions', { count: 7 })).toBe('7 道题');
		expect(zh('quiz.progress', { n: 2, total: 7 })).toBe('第 2 题，共 7 题');
	});
});

describe('the strings the browser formats', () => {
	const tables = { zh, en };
	const keys = [
		...new Set(Object.keys(flatten(en)).map((key) => key.replace(/_(one|other)$/, '')))
	] as TranslationKey[];

	it('come out exactly as i18next renders them at build time, for every key', () => {
		for (const lang of ['zh', 'en'] as const) {
			const browser = tableTranslator(lang, tables[lang]);
			const i18next = i18nextTranslator(lang);
			const names = new Set(
				[...JSON.stringify(tables[lang]).matchAll(/{{(\w+)}}/g)].map((m) => m[1]!)
			);
			for (const key of keys) {
				for (const count of [0, 1, 2, 21]) {
					const values: Record<string, string | number> = { count };
					for (const name of names) if (name !== 'count') values[name] = `<${name}>`;
					expect(browser(key, values), `${lang} ${key} ${count}`).toBe(i18next(key, values));
				}
				expect(browser(key), `${lang} ${key} without values`).toBe(i18next(key));
			}
		}
	}, 30_000);

	it('fall back to the key for a key that is missing, as i18next does', () => {
		const missing = 'home.noSuchKey' as TranslationKey;
		expect(tableTranslator('en', en)(missing)).toBe(i18nextTranslator('en')(missing));
		expect(tableTranslator('en', en)(missing)).toBe('home.noSuchKey');
	});

	it('choose plurals by the language: English one and other, Chinese one form', () => {
		expect(tableTranslator('en', en)('home.questions', { count: 1 })).toBe('1 question');
		expect(tableTranslator('en', en)('home.questions', { count: 3 })).toBe('3 questions');
		expect(tableTranslator('zh', zh)('home.questions', { count: 1 })).toBe('1 道题');
	});
});

describe('scores as percentages', () => {
	it('read as Intl.NumberFormat writes them in both languages, for every share to a thousandth', () => {
		const intl = ['zh-CN', 'en'].map(
			(locale) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })
		);
		for (let thousandths = 0; thousandths <= 1000; thousandths++) {
			const share = thousandths / 1000;
			for (const format of intl)
				expect(formatPercent(share), `${share}`).toBe(format.format(share));
		}
	});
});

describe('the browser language', () => {
	it('sends any zh* to Chinese and anything else to English', () => {
		expect(preferredLang(['zh-CN', 'en'])).toBe('zh');
		expect(preferredLang(['zh-TW'])).toBe('zh');
		expect(preferredLang(['ZH'])).toBe('zh');
		expect(preferredLang(['en-US', 'zh-CN'])).toBe('en');
		expect(preferredLang(['fr'])).toBe('en');
		expect(preferredLang([])).toBe('en');
	});
});

/**
 * Chinese text takes full-width punctuation （），：； next to Chinese: an ASCII `:`, `(`, `)` or
 * `,` beside a Chinese character (spaces or a {{placeholder}} between count as beside) is a slip.
 * Inline code (`…`) is left alone.
 */
function halfWidthPunctuation(text: string): string[] {
	const plain = text.replace(/`[^`]*`/g, ' ');
	const gap = String.raw`(?:\s|\{\{\w+\}\})*`;
	const han = String.raw`\p{Script=Han}`;
	const pattern = new RegExp(`${han}${gap}[:(),]|[:(),]${gap}${han}`, 'gu');
	return [...plain.matchAll(pattern)].map((match) => match[0]);
}

describe('Chinese UI strings', () => {
	it('use full-width punctuation next to Chinese characters', () => {
		const slips = Object.entries(flatten(zh)).flatMap(([key, text]) =>
			halfWidthPunctuation(text).map((found) => `${key}: "${found}"`)
		);
		expect(slips).toEqual([]);
	});

	it('the rule catches what it is for, and leaves code and full-width text alone', () => {
		expect(halfWidthPunctuation('下一课: {{title}}')).toHaveLength(1);
		expect(halfWidthPunctuation('正确答案: {{answer}}')).toHaveLength(1);
		expect(halfWidthPunctuation('参加测验 ({{count}} 道题)')).toHaveLength(2);
		expect(halfWidthPunctuation('测验已通过 (100%)')).toHaveLength(1);
		expect(halfWidthPunctuation('容器,镜像')).toHaveLength(1);
		expect(halfWidthPunctuation('参加测验（{{count}} 道题）')).toEqual([]);
		expect(halfWidthPunctuation('运行 `kubectl get pods -o wide,name` 查看')).toEqual([]);
		expect(halfWidthPunctuation('{{state}} ({{score}})')).toEqual([]);
	});
});
