// @ts-nocheck
import { loadTranslator } from '$lib/i18n';
import type { PageLoad } from './$types';

export const load = async () => ({
	t: { zh: await loadTranslator('zh'), en: await loadTranslator('en') }
});
;null as any as PageLoad;