import { flushSync, mount } from 'svelte';
import type { I18n } from '$lib/i18n/context';
import SearchDialog from './SearchDialog.svelte';
// A file of its own, linked when search first opens: a component's styles would be linked by
// every page that can import it, and no page's first load carries search.
import stylesheet from './search-dialog.css?url';

let dialog: { show: () => void } | undefined;
let styled: Promise<void> | undefined;

const styles = () =>
	(styled ??= new Promise<void>((resolve) => {
		const link = Object.assign(document.createElement('link'), {
			rel: 'stylesheet',
			href: stylesheet
		});
		link.onload = link.onerror = () => resolve();
		document.head.append(link);
	}));

/** Opens the search dialog; the first time, puts it in the page (it stays, closed, after). */
export async function open(i18n: I18n): Promise<void> {
	await styles();
	if (!dialog) {
		dialog = mount(SearchDialog, { target: document.body, props: { i18n } });
		// Its elements are bound by effects: run them before showing it.
		flushSync();
	}
	dialog.show();
}
