import { loadTranslator } from '$lib/i18n';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ data }) => ({
	...data,
	t: await loadTranslator(data.lang)
});
