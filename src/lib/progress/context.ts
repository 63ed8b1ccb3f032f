import { createContext } from 'svelte';
import type { ProgressStore } from './store.svelte';

export const [getProgress, setProgress] = createContext<ProgressStore>();
