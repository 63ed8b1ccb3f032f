import { lessonEntries, lessonPage } from '$lib/content/index.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = lessonEntries;

export const load: PageServerLoad = ({ params }) => lessonPage(params.id, params.lang);

// Read, not operated: plain HTML and CSS with the page script (src/lib/prerender/page-script.ts).
export const csr = false;
