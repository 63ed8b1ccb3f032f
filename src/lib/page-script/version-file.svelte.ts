import { version } from '$app/environment';
import type { UpdateCheck } from '$lib/offline/status.svelte';

/**
 * The build's version file, read as SvelteKit's `updated` reads it, for the pages that load
 * without SvelteKit's client (lessons, the glossary, the home).
 */
export class VersionFile implements UpdateCheck {
	current = $state(false);
	#url: string;

	constructor(url: string) {
		this.#url = url;
	}

	async check(): Promise<boolean> {
		try {
			const response = await fetch(this.#url, { cache: 'no-store' });
			if (!response.ok) return false;
			const file = (await response.json()) as { version?: unknown };
			this.current = typeof file.version === 'string' && file.version !== version;
		} catch {
			// Offline or the server went away: the next check tries again.
		}
		return this.current;
	}
}
