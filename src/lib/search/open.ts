import { flushSync, mount } from 'svelte';
import type { I18n } from '$lib/i18n/context';
import SearchDialog from './SearchDialog.svelte';

let dialog: { show: () => void } | undefined;

/** Opens the search dialog; the first time, puts it in the page (it stays, closed, after). */
export function open(i18n: I18n): void {
	if (!dialog) {
		dialog = mount(SearchDialog, { target: document.body, props: { i18n } });
		// Its elements are bound by effects: run them before showing it.
		flushSync();
	}
	dialog.show();
}
