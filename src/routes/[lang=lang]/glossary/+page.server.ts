import { getCourse } from '$lib/content/index.server';
import { langs, otherLang } from '$lib/i18n/langs';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => langs.map((lang) => ({ lang }));

export const load: PageServerLoad = ({ params }) => {
	const { glossary, lessons } = getCourse();
	const lang = params.lang;
	const other = otherLang(lang);
	const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en', { sensitivity: 'base' });
	return {
		terms: glossary
			.map((entry) => {
				const lesson = lessons.find((candidate) => candidate.id === entry.lesson)!;
				return {
					id: entry.id,
					term: entry[lang].term,
					aliases: entry[lang].aliases,
					otherTerm: entry[other].term,
					definition: entry[lang].definition,
					lesson: { id: lesson.id, number: lesson.number, title: lesson.text[lang].title }
				};
			})
			.sort((a, b) => collator.compare(a.term, b.term))
	};
};

// Read, not operated: plain HTML and CSS with the page script (src/lib/prerender/page-script.ts).
export const csr = false;
