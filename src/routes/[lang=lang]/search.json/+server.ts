import { json } from '@sveltejs/kit';
import { getCourse } from '$lib/content/index.server';
import { langs } from '$lib/i18n/langs';
import { searchManifest } from '$lib/search/build.server';
import type { EntryGenerator, RequestHandler } from './$types';

// Written at build time, fetched only when the learner first opens search, kept offline by the
// service worker with every prerendered file. Only what the pages do not say: search reads the
// words from the pages themselves.
export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () => langs.map((lang) => ({ lang }));

export const GET: RequestHandler = ({ params }) => json(searchManifest(getCourse(), params.lang));
