import { describe, expect, it } from 'vitest';
import { loadCourse } from '../src/lib/content/course.server';
import { renderMarkdown } from '../src/lib/content/markdown.server';

const glossary = [
	{ id: 'container', words: ['container', 'containers', '容器'] },
	{ id: 'container-image', words: ['container image', '容器镜像'] },
	{ id: 'cri', words: ['CRI'] },
	{ id: 'pod', words: ['Pod', 'Pods'] },
	{ id: 'service', words: ['Service'], notIn: ['Service Fabric', 'App Service'] }
];
const render = (source: string, lang: 'zh' | 'en' = 'en') =>
	renderMarkdown(source, lang, { glossary, glossaryHref: (id) => `../../glossary/#${id}` });
const link = (id: string, text: string) =>
	`<a href="../../glossary/#${id}" class="glossary-term">${text}</a>`;

describe('glossary links', () => {
	it('link only the first use of a term in a lesson', () => {
		const html = render('A container runs.\n\nAnother container runs.');
		expect(html).toBe(
			`<p>A ${link('container', 'container')} runs.</p>\n<p>Another container runs.</p>\n`
		);
	});

	it('prefer the longest term and match common nouns in any case', () => {
		expect(render('Container image first. Then a container.')).toBe(
			`<p>${link('container-image', 'Container image')} first. Then a ${link('container', 'container')}.</p>\n`
		);
	});

	it('match whole Latin words only, and names in their own case', () => {
		expect(render('CRIU is not the CRI; pods are not Pods.')).toBe(
			`<p>CRIU is not the ${link('cri', 'CRI')}; pods are not ${link('pod', 'Pods')}.</p>\n`
		);
	});

	it('match Chinese terms inside running text, and Latin terms beside Chinese', () => {
		expect(render('把容器镜像交给运行时。由 CRI 运行。', 'zh')).toBe(
			`<p>把${link('container-image', '容器镜像')}交给运行时。由 ${link('cri', 'CRI')} 运行。</p>\n`
		);
	});

	it('leave names that contain a term but do not mean it, and link the term later', () => {
		expect(render('Service Fabric and Azure App Service are products; a Service is not.')).toBe(
			`<p>Service Fabric and Azure App Service are products; a ${link('service', 'Service')} is not.</p>\n`
		);
	});

	it('never touch headings, code or existing links', () => {
		const html = render(
			'## A container\n\n`container` and [container](https://example.org) and Pod'
		);
		expect(html).toContain('<h2 id="a-container">A container</h2>');
		expect(html).toContain('<code>container</code>');
		expect(html).toContain('<a href="https://example.org">container</a>');
		expect(html).toContain(link('pod', 'Pod'));
		expect(html.match(/glossary-term/g)).toHaveLength(1);
	});
});

describe('fewer glossary marks', () => {
	it('mark at most one term in a sentence; the others wait for their next use', () => {
		const html = render('Containers, Pods and the CRI. A Pod runs on the CRI.\n\nThe CRI again.');
		expect(html).toBe(
			`<p>${link('container', 'Containers')}, Pods and the CRI. A ${link('pod', 'Pod')} runs on the CRI.</p>\n<p>The ${link('cri', 'CRI')} again.</p>\n`
		);
	});
});

describe('the lessons of the course', () => {
	it('link their terms to the glossary and carry none of its definitions', () => {
		const course = loadCourse('lessons');
		for (const lesson of course.lessons) {
			for (const lang of ['zh', 'en'] as const) {
				const html = lesson.text[lang].html;
				expect(html, `${lesson.id} (${lang})`).toMatch(
					/<a href="\.\.\/\.\.\/glossary\/#[^"]+" class="glossary-term">/
				);
				expect(html).not.toContain('popover');
				for (const entry of course.glossary) {
					expect(html, `${lesson.id} (${lang}): ${entry.id}`).not.toContain(entry[lang].definition);
				}
			}
		}
	}, 60_000);
});
