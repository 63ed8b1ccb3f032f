import type { Lang } from '$lib/i18n/langs';

/** A text in both course languages, as authored in the content files. */
export interface BilingualText {
	zh: string;
	en: string;
}

/**
 * The same shape with every bilingual text replaced by the string of one language:
 * what a page in that language receives.
 */
export type Localized<T> = T extends BilingualText
	? string
	: T extends readonly (infer U)[]
		? Localized<U>[]
		: T extends object
			? { [K in keyof T]: Localized<T[K]> }
			: T;

export function isBilingualText(value: unknown): value is BilingualText {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const keys = Object.keys(value);
	return (
		keys.length === 2 &&
		typeof (value as Record<string, unknown>).zh === 'string' &&
		typeof (value as Record<string, unknown>).en === 'string'
	);
}

/** Picks one language out of every bilingual text in `value`, rendering each with `render`. */
export function localize<T>(value: T, lang: Lang, render: (text: string) => string): Localized<T> {
	const walk = (node: unknown): unknown => {
		if (isBilingualText(node)) return render(node[lang]);
		if (Array.isArray(node)) return node.map(walk);
		if (typeof node === 'object' && node !== null) {
			return Object.fromEntries(Object.entries(node).map(([key, inner]) => [key, walk(inner)]));
		}
		return node;
	};
	return walk(value) as Localized<T>;
}
