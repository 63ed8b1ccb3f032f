import { createContext } from 'svelte';
import type { ProgressStore } from './store.svelte';

/**
 * The page's progress store, made by the first part of the page that needs it (`useProgress`):
 * the store is a quarter of a page's script, and a lesson needs it only once the learner reads,
 * the glossary never. The header reads it from here for its notices, without loading it.
 */
export class ProgressSession {
	current = $state.raw<ProgressStore>();
}

export const [getProgressSession, setProgressSession] = createContext<ProgressSession>();
