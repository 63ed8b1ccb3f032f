import type { CourseQuestions } from '$lib/review/queue';

/** What the home's live part shows: the course in the page's language (+page.server.ts). */
export interface HomeData {
	lessons: {
		id: string;
		number: number;
		title: string;
		summary: string;
		readingMinutes: number;
		questionCount: number;
	}[];
	tracks: { id: string; title: string; description: string; lessons: string[] }[];
	questions: CourseQuestions;
}

/** The id of the element that carries the home's data in its HTML, as JSON. */
export const homeDataId = 'home-data';

/**
 * The data as a `<script type="application/json">` element: data, not script, for the browser and
 * its Content-Security-Policy. `<` is escaped so that no text in it can end the element.
 */
export function homeDataElement(data: HomeData): string {
	const json = JSON.stringify(data).replaceAll('<', '\\u003c');
	return `<script type="application/json" id="${homeDataId}">${json}</script>`;
}

/** The data back from the page, or nothing if it is missing or not what the build wrote. */
export function readHomeData(document: Document): HomeData | undefined {
	const text = document.getElementById(homeDataId)?.textContent;
	if (!text) return undefined;
	try {
		const data = JSON.parse(text) as Partial<HomeData> | null;
		if (!Array.isArray(data?.lessons) || !Array.isArray(data.tracks)) return undefined;
		if (!Array.isArray(data.questions)) return undefined;
		return data as HomeData;
	} catch {
		return undefined;
	}
}
