import { downloadText } from './download';
import type { ProgressStore } from './store.svelte';

/** Downloads every stored record; resolves to the file's name. */
export async function exportProgress(progress: ProgressStore): Promise<string> {
	// Loaded when first needed: most visits never export.
	const { buildExport, exportFileName } = await import('./transfer');
	const now = Date.now();
	const name = exportFileName(now);
	downloadText(name, buildExport(await progress.snapshot(), now));
	return name;
}
