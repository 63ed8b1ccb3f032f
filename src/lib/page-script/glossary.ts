import { loadTranslator } from '$lib/i18n';
import type { Lang } from '$lib/i18n/langs';

const normalize = (text: string) => text.normalize('NFKC').toLowerCase();

/** How well an entry matches: a name exactly, then a name that starts so, then contains it. */
function rank(names: string[], definition: string, needle: string): number | undefined {
	const normalized = names.map(normalize);
	if (normalized.some((name) => name === needle)) return 0;
	if (normalized.some((name) => name.startsWith(needle))) return 1;
	if (normalized.some((name) => name.includes(needle))) return 2;
	if (normalize(definition).includes(needle)) return 3;
	return undefined;
}

/** The glossary's filter: the entries that match what is typed, best first. */
export function startGlossary(page: HTMLElement, lang: Lang): void {
	const input = page.querySelector<HTMLInputElement>('#glossary-filter');
	const list = page.querySelector<HTMLElement>('dl.terms');
	const status = page.querySelector<HTMLElement>('.filter-status');
	if (!input || !list || !status) return;
	const entries = [...list.querySelectorAll<HTMLElement>(':scope > .entry')].map((element) => ({
		element,
		names: (element.dataset.names ?? '').split('\n'),
		definition: element.querySelector('dd p')?.textContent ?? ''
	}));
	let run = 0;
	const filter = async () => {
		const query = input.value.trim();
		const needle = normalize(query);
		const ranked = entries
			.map((entry, index) => ({
				entry,
				index,
				rank: needle ? rank(entry.names, entry.definition, needle) : 0
			}))
			.filter((item) => item.rank !== undefined)
			.sort((a, b) => a.rank! - b.rank! || a.index - b.index);
		list.replaceChildren(...ranked.map((item) => item.entry.element));
		const mine = ++run;
		const message =
			query && ranked.length === 0
				? await loadTranslator(lang).then(
						(t) => t('glossary.noMatch', { query }),
						() => ''
					)
				: '';
		if (mine === run) status.textContent = message;
	};
	input.addEventListener('input', () => void filter());
	// Typed before the script ran.
	if (input.value) void filter();
}
