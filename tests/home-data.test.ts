import { describe, expect, it } from 'vitest';
import { homeDataElement, readHomeData, type HomeData } from '../src/lib/home/data';
import { routeUrl } from '../src/lib/route-url.browser';

const data: HomeData = {
	lessons: [
		{
			id: 'pods',
			number: 1,
			title: 'Pods </script><script>alert(1)</script>',
			summary: '<!-- a & b -->',
			readingMinutes: 5,
			questionCount: 3
		}
	],
	tracks: [{ id: 'dev', title: 'Dev', description: 'd', lessons: ['pods'] }],
	questions: [{ lessonId: 'pods', questionIds: ['q1'] }]
};

/** The page as the browser would parse it: the element's text is what is between its tags. */
function pageWith(html: string): Document {
	const text = /^<script type="application\/json" id="home-data">([\s\S]*)<\/script>$/.exec(
		html
	)?.[1];
	return { getElementById: () => (text === undefined ? null : { textContent: text }) } as never;
}

describe('the home data element', () => {
	it('carries the data back whole, and no text in it can end the element', () => {
		const html = homeDataElement(data);
		expect(html.match(/<\/script/g)).toHaveLength(1);
		expect(html).not.toContain('<!--');
		expect(readHomeData(pageWith(html))).toEqual(data);
	});

	it('reads nothing from a missing, broken or foreign element', () => {
		expect(readHomeData(pageWith(''))).toBeUndefined();
		for (const text of ['{', 'null', '[]', '{"lessons":[],"tracks":[]}', '{"lessons":1}']) {
			const page = { getElementById: () => ({ textContent: text }) } as never;
			expect(readHomeData(page), text).toBeUndefined();
		}
	});
});

describe('routeUrl in the browser', () => {
	// Under Vitest no start script has set a base path: the site's root.
	it('fills in the parameters of a route', () => {
		expect(routeUrl('/[lang=lang]', { lang: 'en' })).toBe('/en');
		expect(routeUrl('/[lang=lang]/exam/[track]/certificate', { lang: 'zh', track: 'ops' })).toBe(
			'/zh/exam/ops/certificate'
		);
	});
});
