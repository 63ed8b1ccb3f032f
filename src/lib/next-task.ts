/**
 * Resolves in a later task of the page, so that the browser can paint and answer input in between:
 * a page's start split at these points is several short tasks, not one long one (a task over
 * 50 ms is what a tap waits behind, and what Lighthouse counts as blocking).
 */
export function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve));
}
