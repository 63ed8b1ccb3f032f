import { downloadText } from './download';
import type { ProgressStore } from './store.svelte';
import { buildExport, exportFileName } from './transfer';

/** Downloads every stored record; resolves to the file's name. */
export async function exportProgress(progress: ProgressStore): Promise<string> {
	const now = Date.now();
	const name = exportFileName(now);
	downloadText(name, buildExport(await progress.snapshot(), now));
	return name;
}
