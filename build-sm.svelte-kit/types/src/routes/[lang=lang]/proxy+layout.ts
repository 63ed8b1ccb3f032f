// @ts-nocheck
import { loadTranslator } from '$lib/i18n';
import type { LayoutLoad } from './$types';

export const load = async ({ data }: Parameters<LayoutLoad>[0]) => ({
	...data,
	t: await loadTranslator(data.lang)
});
