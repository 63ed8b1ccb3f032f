import { loadTranslator } from '$lib/i18n';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => ({
	t: { zh: await loadTranslator('zh'), en: await loadTranslator('en') }
});
