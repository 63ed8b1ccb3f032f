import { createContext } from 'svelte';
import type { OfflineStatus } from './status.svelte';

export const [getOfflineStatus, setOfflineStatus] = createContext<OfflineStatus>();
