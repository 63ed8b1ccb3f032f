import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../src/lib/content/course.server';
import { langs } from '../src/lib/i18n/langs';

// The real course, as the build reads it: any bad lesson fails here with its file and field.
const course = loadCourse(resolve('lessons'));

describe('the course content', () => {
	// The ids are listed by hand: a renamed id would lose learners' progress, so it must fail here.
	it('has every lesson, in order, under its stable id', () => {
		expect(course.lessons.map((lesson) => lesson.id)).toEqual([
			'containers',
			'kubernetes',
			'kubernetes-architecture',
			'cloud-native',
			'cncf',
			'vms-and-containers',
			'global-cloud-services',
			'china-cloud-services',
			'containerized-applications',
			'troubleshooting'
		]);
	});

	describe.each(course.lessons.map((lesson) => [lesson.id, lesson] as const))('%s', (_, lesson) => {
		it.each(langs)('is complete in %s: objectives, takeaways, text', (lang) => {
			const text = lesson.text[lang];
			expect(text.objectives.length).toBeGreaterThanOrEqual(1);
			expect(text.takeaways.length).toBeGreaterThanOrEqual(1);
			expect(text.html.length).toBeGreaterThan(500);
		});

		it('has a quiz of 6 to 12 questions (room for the artifact questions of the new types)', () => {
			expect(lesson.quiz.questions.length).toBeGreaterThanOrEqual(6);
			expect(lesson.quiz.questions.length).toBeLessThanOrEqual(12);
		});

		it('loads no remote image or resource', () => {
			for (const lang of langs) {
				expect(lesson.text[lang].html).not.toMatch(
					/<(img|script|iframe|link)\b[^>]*(src|href)="(https?:)?\/\//i
				);
			}
		});

		it('has Chinese text in zh.md and little of it in en.md', () => {
			const han = (html: string) => (html.match(/\p{Script=Han}/gu) ?? []).length;
			expect(han(lesson.text.zh.html)).toBeGreaterThan(200);
			// English lessons may quote a Chinese name or two, never whole passages.
			expect(han(lesson.text.en.html)).toBeLessThan(han(lesson.text.zh.html) / 10);
		});
	});

	it('has a glossary of at least 40 terms, each taught by a lesson', () => {
		expect(course.glossary.length).toBeGreaterThanOrEqual(40);
		const ids = new Set(course.lessons.map((lesson) => lesson.id));
		for (const entry of course.glossary) expect(ids.has(entry.lesson), entry.id).toBe(true);
	});
});
