/** The `/` key opens search, unless the learner is typing or means a shortcut of the browser. */
export function isSearchKey(event: KeyboardEvent): boolean {
	const typing = (event.target as HTMLElement | null)?.closest?.(
		'input, textarea, select, [contenteditable]'
	);
	return event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
}
