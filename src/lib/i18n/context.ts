import { createContext } from 'svelte';
import type { Translate } from './index';
import type { Lang } from './langs';

/** Read through getters: the same layout serves both languages when the learner switches. */
export interface I18n {
	readonly lang: Lang;
	readonly t: Translate;
}

export const [getI18n, setI18n] = createContext<I18n>();
